package org.gongkai.activities;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;

/**
 * A dated record of an agency's disclosure work. Each table names its date column after what the date means
 * (held_on, adopted_on, effective_date) through {@code @AttributeOverride}; lists, scope and year locks only
 * need "the date".
 */
@MappedSuperclass
public abstract class ActivityRecord extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(nullable = false)
    public LocalDate date;
}
