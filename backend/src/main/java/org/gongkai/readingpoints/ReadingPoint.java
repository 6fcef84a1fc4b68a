package org.gongkai.readingpoints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;

/** A reading point (查阅点) run by an agency, open to the public between {@code activeFrom} and {@code activeTo}. */
@Entity
@Table(name = "reading_point")
public class ReadingPoint extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ReadingPointKind kind;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(length = 200)
    public String address;

    @Column(name = "opening_hours", length = 200)
    public String openingHours;

    @Column(length = 30)
    public String phone;

    @Column(length = 1000)
    public String description;

    @Column(name = "active_from", nullable = false)
    public LocalDate activeFrom;

    /** Last day open; null while the point is open. */
    @Column(name = "active_to")
    public LocalDate activeTo;

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }
}
