package org.gongkai.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;

/**
 * A reconsideration or lawsuit about an application (行政复议 / 行政诉讼), feeding table 四. {@code result} is
 * null while the case is pending (尚未审结). Counted for the agency that handled the application, also when a
 * reconsideration body is co-defendant (国办公开办函〔2016〕201号).
 */
@Entity
@Table(name = "application_appeal")
public class ApplicationAppeal extends BaseEntity {

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "agency_id", nullable = false)
    public Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public AppealKind kind;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    /** The reconsideration body or court. */
    @Column(nullable = false, length = 200)
    public String body;

    @Column(name = "case_number", length = 100)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public AppealResult result;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(length = 1000)
    public String note;

    @Column(name = "preceding_appeal_id")
    public Long precedingAppealId;
}
