package org.gongkai.items;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" where the governments are: dates of publication and withdrawal are Beijing dates. */
public final class Today {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(CHINA);
    }
}
