package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in a report's life (append-only): who did what, from which state to which, and why. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 50)
    public String actor;

    @Column(nullable = false, length = 30)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    public ReportStatus toStatus;

    /** An attempted move the life cycle refused (recorded all the same). */
    @Column(nullable = false)
    public boolean refused;

    @Column(columnDefinition = "varchar")
    public String reason;

    @Column(columnDefinition = "varchar")
    public String details;
}
