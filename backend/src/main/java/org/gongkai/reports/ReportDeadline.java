package org.gongkai.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The statutory publication deadline of a year's report. Under the 2019 Regulation (Art.49; reports from the
 * 2019 year on) a department publishes by 31 January of the next year and a people's government by 31 March;
 * under the 2007 Regulation (Art.31) every agency had until 31 March.
 */
public record ReportDeadline(LocalDate due, long daysLeft, boolean overdue, String ruleZh, String ruleEn) {

    public static ReportDeadline of(int year, boolean government, LocalDate today) {
        boolean newRule = year >= 2019;
        LocalDate due = newRule && !government ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year + 1, 3, 31);
        long left = ChronoUnit.DAYS.between(today, due);
        String zh;
        String en;
        if (!newRule) {
            zh = "《政府信息公开条例》（2007年）第三十一条：每年3月31日前公布上一年度报告";
            en = "2007 Regulation Art.31: every agency publishes by 31 March";
        } else if (government) {
            zh = "《政府信息公开条例》第四十九条：人民政府于每年3月31日前公布上一年度报告";
            en = "Regulation Art.49: a people's government publishes by 31 March";
        } else {
            zh = "《政府信息公开条例》第四十九条：政府部门于每年1月31日前报送并公布上一年度报告";
            en = "Regulation Art.49: a government department publishes by 31 January";
        }
        return new ReportDeadline(due, left, left < 0, zh, en);
    }

    /** Days between the deadline and a publication date: zero or negative is on time. */
    public long daysLate(LocalDate publishedOn) {
        return ChronoUnit.DAYS.between(due, publishedOn);
    }
}
