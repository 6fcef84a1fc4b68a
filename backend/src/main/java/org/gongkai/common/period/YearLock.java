package org.gongkai.common.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A reporting year frozen by a locked annual report: the records of {@code agencyId} (and of the agencies
 * under it when {@code includeSubagencies}) dated in {@code year} can no longer change.
 */
@Entity
@Table(name = "year_lock")
public class YearLock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "agency_id", nullable = false)
    public Long agencyId;

    @Column(nullable = false)
    public int year;

    @Column(name = "include_subagencies", nullable = false)
    public boolean includeSubagencies;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;

    @Column(name = "locked_by", nullable = false, length = 50)
    public String lockedBy;
}
