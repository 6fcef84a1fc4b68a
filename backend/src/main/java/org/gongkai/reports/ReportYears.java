package org.gongkai.reports;

import org.gongkai.common.error.ApiException;

import java.time.LocalDate;
import java.time.ZoneId;

/** Years a report can be about: from 2008 (the 2007 Regulation took effect on 1 May 2008) to the current year. */
public final class ReportYears {

    public static final int FIRST = 2008;
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ReportYears() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static void require(int year) {
        int current = today().getYear();
        if (year < FIRST || year > current) {
            throw ApiException.invalidField("year", "年度须在" + FIRST + "年至" + current + "年之间。",
                    "The year must be between " + FIRST + " and " + current + ".");
        }
    }
}
