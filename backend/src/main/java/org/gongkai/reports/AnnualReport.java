package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

import java.time.Instant;

/**
 * The annual report of one agency for one year (at most one): its format and scope, its state, and — once
 * locked — the snapshot of the figures it was locked with, which every later view and document uses.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends BaseEntity {

    @Column(name = "agency_id", nullable = false)
    public Long agencyId;

    @Column(nullable = false)
    public int year;

    @Column(name = "include_subagencies", nullable = false)
    public boolean includeSubagencies;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportStatus status;

    /** JSON of {@link ReportSnapshot}; null while DRAFT. */
    @Column(columnDefinition = "varchar")
    public String snapshot;

    @Column(name = "snapshot_fingerprint", length = 64)
    public String snapshotFingerprint;

    @Column(name = "locked_at")
    public Instant lockedAt;

    @Column(name = "locked_by", length = 50)
    public String lockedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 50)
    public String publishedBy;

    @Column(name = "published_item_id")
    public Long publishedItemId;
}
