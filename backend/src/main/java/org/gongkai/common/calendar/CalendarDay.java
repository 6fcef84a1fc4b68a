package org.gongkai.common.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A date named by a holiday notice (see {@link DayRule}). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    public LocalDate day;

    @Column(name = "notice_year", nullable = false)
    public int noticeYear;

    @Column(name = "off_day", nullable = false)
    public boolean offDay;

    @Column(nullable = false, length = 50)
    public String name;

    public DayRule rule() {
        return new DayRule(day, offDay, name, noticeYear);
    }
}
