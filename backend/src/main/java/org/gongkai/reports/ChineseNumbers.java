package org.gongkai.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are written in the running text of a report. Tables always carry exact figures; the text
 * follows the habits of real reports (the Dongqu 2011 report: "累计主动公开政府信息数量达75646条" but
 * "全年共接待公众查询40余万人次", "1100余人次"):
 * <ul>
 *   <li>{@link #exact}: counts of records — items, applications, decisions, conferences, trainings, people
 *   trained — are written as they are, Arabic digits without grouping (75646).</li>
 *   <li>{@link #approx}: tallies of people received, items consulted and website visits. Below 1,000 exact.
 *   From 1,000 the figure keeps two significant digits, truncated (never rounded up, so the text never
 *   claims more than happened), and "余" marks that something was cut off: 1,126 → 1100余, 1,318 → 1300余;
 *   from 10,000 in 万 with at most one decimal: 75,646 → 7.5万余, 30,400 → 3万余; from 100,000 in whole 万
 *   with 余 before 万: 403,517 → 40余万, 201,846 → 20余万, 1,234,567 → 120余万; from 100,000,000 in 亿:
 *   123,456,789 → 1.2亿余. A figure that loses nothing in truncation has no 余 (1,100 → 1100, 400,000 → 40万).</li>
 *   <li>{@link #wan}: money in 万元 with up to four decimals, trailing zeros dropped (12.5万元, 0.0125万元).</li>
 * </ul>
 */
public final class ChineseNumbers {

    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private ChineseNumbers() {
    }

    public static String exact(long n) {
        return Long.toString(n);
    }

    public static String approx(long n) {
        if (n < 0) {
            return "-" + approx(-n);
        }
        if (n < 1_000) {
            return Long.toString(n);
        }
        long kept = truncateToTwoDigits(n);
        String more = kept == n ? "" : "余";
        if (n < 10 * WAN) {
            if (n < WAN) {
                return kept + more;
            }
            return decimalOf(kept, WAN) + "万" + more;
        }
        if (n < YI) {
            return (kept / WAN) + more + "万";
        }
        return decimalOf(kept, YI) + "亿" + more;
    }

    /** An amount already in 万元, written with at most four decimals ("12.5万元"). */
    public static String wan(BigDecimal amountWan) {
        return plain(amountWan.setScale(4, RoundingMode.HALF_UP)) + "万元";
    }

    /** An amount in 元, written in 万元 ("0.12万元" for 1,200 元). */
    public static String yuanAsWan(BigDecimal yuan) {
        return wan(yuan.movePointLeft(4));
    }

    /** An amount in 元 with at most two decimals ("35.5元"). */
    public static String yuan(BigDecimal yuan) {
        return plain(yuan.setScale(2, RoundingMode.HALF_UP)) + "元";
    }

    /** Chinese numeral for section and item numbering: 1 → 一, 11 → 十一 (up to 99). */
    public static String numeral(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numeral out of range: " + n);
        }
        if (n < 10) {
            return d[n];
        }
        return (n / 10 == 1 ? "" : d[n / 10]) + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }

    private static long truncateToTwoDigits(long n) {
        long unit = 1;
        while (n / unit >= 100) {
            unit *= 10;
        }
        return n / unit * unit;
    }

    private static String decimalOf(long kept, long unit) {
        return plain(BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(unit)));
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
