package org.gongkai.applications;

import org.gongkai.common.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 信息处理费 under 国办函〔2020〕109号, both methods progressive (超额累进):
 * <ul>
 *   <li>按件 (per application, same applicant, cumulative within a calendar month): applications 1–10 free,
 *   11–30 at 100 元, then bands of ten each 100 元 dearer (31–40: 200, 41–50: 300, …);</li>
 *   <li>按量 (per page of one application): pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元.</li>
 * </ul>
 * The agency uses one method per application, never both. Every result lists its bands, so the fee notice
 * and the console can show how the amount was reached.
 */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    /** One band of the computation: units {@code from}–{@code to} at {@code rate} each. */
    public record Band(int from, int to, int units, BigDecimal rate, BigDecimal amount) {
    }

    public record Fee(FeeMethod method, int units, BigDecimal amount, List<Band> bands, List<Text> explanation) {
    }

    /** The fee for {@code pages} pages of one application. */
    public static Fee perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        List<Band> bands = new ArrayList<>();
        band(bands, pages, 1, 30, 0);
        band(bands, pages, 31, 100, 10);
        band(bands, pages, 101, 200, 20);
        band(bands, pages, 201, Integer.MAX_VALUE, 40);
        return result(FeeMethod.PER_PAGE, pages, bands, "页", "page");
    }

    /** The fee for the applicant's {@code rank}-th application of the calendar month (1 = the first). */
    public static Fee perApplication(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1");
        }
        BigDecimal rate = BigDecimal.valueOf(ratePerApplication(rank));
        List<Band> bands = List.of(new Band(rank, rank, 1, rate, rate));
        Fee fee = result(FeeMethod.PER_APPLICATION, rank, bands, "件", "application");
        List<Text> explanation = new ArrayList<>();
        explanation.add(Text.of("本申请为该申请人本自然月内第" + rank + "件申请。",
                "This is the applicant's application no. " + rank + " in the calendar month."));
        explanation.add(Text.of("按件计收标准：1—10件免费；11—30件每件100元；31件起每10件为一档，每档每件递增100元（31—40件200元，41—50件300元……）。",
                "Per-application rates: 1–10 free; 11–30 at 100 yuan; from 31 on, bands of ten each 100 yuan dearer "
                        + "(31–40: 200, 41–50: 300, …)."));
        explanation.add(Text.of("本件收费：" + plain(rate) + "元。", "Fee for this application: " + plain(rate) + " yuan."));
        return new Fee(fee.method(), fee.units(), fee.amount(), fee.bands(), explanation);
    }

    /** The month's total for an applicant's first {@code applications} applications (for the worked examples). */
    public static BigDecimal monthTotal(int applications) {
        BigDecimal total = BigDecimal.ZERO;
        for (int n = 1; n <= applications; n++) {
            total = total.add(BigDecimal.valueOf(ratePerApplication(n)));
        }
        return total;
    }

    static int ratePerApplication(int rank) {
        if (rank <= 10) {
            return 0;
        }
        if (rank <= 30) {
            return 100;
        }
        return 100 * (2 + (rank - 31) / 10);
    }

    private static void band(List<Band> bands, int units, int from, int to, int rate) {
        if (units < from) {
            return;
        }
        int upper = Math.min(units, to);
        int n = upper - from + 1;
        BigDecimal r = BigDecimal.valueOf(rate);
        bands.add(new Band(from, upper, n, r, r.multiply(BigDecimal.valueOf(n))));
    }

    private static Fee result(FeeMethod method, int units, List<Band> bands, String unitZh, String unitEn) {
        BigDecimal total = bands.stream().map(Band::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        List<Text> explanation = new ArrayList<>();
        for (Band b : bands) {
            explanation.add(Text.of("第" + b.from() + "—" + b.to() + unitZh + "：" + b.units() + unitZh + " × "
                            + plain(b.rate()) + "元 = " + plain(b.amount()) + "元",
                    unitEn + "s " + b.from() + "–" + b.to() + ": " + b.units() + " × " + plain(b.rate()) + " yuan = "
                            + plain(b.amount()) + " yuan"));
        }
        explanation.add(Text.of("合计：" + plain(total) + "元", "Total: " + plain(total) + " yuan"));
        return new Fee(method, units, total, List.copyOf(bands), explanation);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
