package org.gongkai.readingpoints;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** "Today" and "now" where the reading points are: a visit at 07:30 Beijing time belongs to that Beijing day. */
public final class ChinaDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalTime now() {
        return LocalTime.now(ZONE).withNano(0);
    }
}
