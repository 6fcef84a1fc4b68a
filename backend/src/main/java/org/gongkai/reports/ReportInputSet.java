package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

/**
 * The report inputs of one agency and year. Its version covers its values and narratives together: every
 * save bumps it, so a save based on an older read is refused.
 */
@Entity
@Table(name = "report_input_set")
public class ReportInputSet extends BaseEntity {

    @Column(name = "agency_id", nullable = false)
    public Long agencyId;

    @Column(nullable = false)
    public int year;
}
