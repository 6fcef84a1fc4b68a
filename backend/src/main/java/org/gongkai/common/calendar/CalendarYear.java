package org.gongkai.common.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One year's State Council holiday notice as loaded: its source and who last changed it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    @Id
    public Integer year;

    /** Notice addresses, one per line. */
    @Column(nullable = false)
    public String papers = "";

    /** "holiday-cn" for the bundled data, "manual" for an administrator's entry. */
    @Column(nullable = false, length = 30)
    public String source;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
