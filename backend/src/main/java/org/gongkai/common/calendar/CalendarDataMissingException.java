package org.gongkai.common.calendar;

import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Text;

/**
 * A computation reached a year whose holiday notice has not been loaded. Guessing weekdays only would give
 * wrong statutory deadlines, so the computation stops and says which year an administrator must add.
 */
public class CalendarDataMissingException extends ApiException {

    private final int year;

    public CalendarDataMissingException(int year) {
        super(409, "CALENDAR_YEAR_MISSING", Text.of(
                year + "年的节假日安排尚未录入，无法计算工作日。请管理员在“节假日日历”中添加该年度数据。",
                "The official holiday calendar for " + year + " has not been loaded, so working days cannot be "
                        + "counted. An administrator must add " + year + " under Holiday calendar."));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
