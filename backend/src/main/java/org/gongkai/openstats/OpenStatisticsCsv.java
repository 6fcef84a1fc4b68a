package org.gongkai.openstats;

import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.common.text.Text;
import org.gongkai.items.Category;
import org.gongkai.openstats.dto.OpenStatisticsView;
import org.gongkai.openstats.dto.OpenStatisticsView.CategoryCount;
import org.gongkai.openstats.dto.OpenStatisticsView.KindVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.MonthVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.OutcomeCount;
import org.gongkai.openstats.dto.OpenStatisticsView.YearCount;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The open statistics as CSV files for spreadsheets: written from the same {@link OpenStatisticsView} the page
 * shows, in the caller's language, UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
 * CRLF line ends (RFC 4180) and a total row where the figures add up.
 */
public final class OpenStatisticsCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One downloadable table: its name in URLs, its file name and how to write it. */
    public enum Dataset {
        ITEMS_BY_CATEGORY("items-by-category", Text.of("%d年主动公开信息数量（按类别）", "items-published-by-category-%d"),
                OpenStatisticsCsv::itemsByCategory),
        ITEMS_BY_MONTH("items-by-month", Text.of("%d年主动公开信息数量（按月）", "items-published-by-month-%d"),
                OpenStatisticsCsv::itemsByMonth),
        ITEMS_BY_YEAR("items-by-year", Text.of("历年主动公开信息数量", "items-published-by-year"),
                OpenStatisticsCsv::itemsByYear),
        APPLICATIONS_BY_MONTH("applications-by-month",
                Text.of("%d年收到政府信息公开申请（按月）", "applications-received-by-month-%d"),
                OpenStatisticsCsv::applicationsByMonth),
        APPLICATION_OUTCOMES("application-outcomes", Text.of("%d年政府信息公开申请办理结果", "application-outcomes-%d"),
                OpenStatisticsCsv::applicationOutcomes),
        VISITS_BY_MONTH("visits-by-month", Text.of("%d年查阅点接待和网站访问（按月）", "visits-by-month-%d"),
                OpenStatisticsCsv::visitsByMonth),
        VISITS_BY_KIND("visits-by-kind", Text.of("%d年查阅点接待（按类型）", "visits-by-kind-%d"),
                OpenStatisticsCsv::visitsByKind);

        private final String slug;
        private final Text fileName;
        private final BiFunction<OpenStatisticsView, Boolean, List<List<String>>> table;

        Dataset(String slug, Text fileName, BiFunction<OpenStatisticsView, Boolean, List<List<String>>> table) {
            this.slug = slug;
            this.fileName = fileName;
            this.table = table;
        }

        public String slug() {
            return slug;
        }

        public static Optional<Dataset> bySlug(String slug) {
            return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
        }

        public static List<String> slugs() {
            return Arrays.stream(values()).map(Dataset::slug).toList();
        }

        public String fileName(int year, Locale locale) {
            return fileName.in(locale).formatted(year) + ".csv";
        }

        /** The table as rows of cells, header first. */
        public List<List<String>> rows(OpenStatisticsView view, boolean english) {
            return table.apply(view, english);
        }
    }

    private OpenStatisticsCsv() {
    }

    public static byte[] write(Dataset dataset, OpenStatisticsView view, boolean english) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : dataset.rows(view, english)) {
            sb.append(String.join(",", row.stream().map(OpenStatisticsCsv::cell).toList())).append("\r\n");
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /**
     * Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula (a category an
     * administrator named "=…").
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String h(boolean english, String zh, String en) {
        return english ? en : zh;
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static List<List<String>> itemsByCategory(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "类别代码", "Code"), h(en, "类别", "Category"), h(en, "目录", "Catalogue"),
                h(en, "发布数量", "Items published")));
        for (CategoryCount c : v.items().byCategory()) {
            rows.add(List.of(c.code(), en ? c.nameEn() : c.nameZh(), scheme(c.scheme(), en), n(c.count())));
        }
        rows.add(List.of(h(en, "合计", "Total"), "", "", n(v.items().publishedInYear())));
        return rows;
    }

    private static String scheme(Category.Scheme scheme, boolean en) {
        return switch (scheme) {
            case NATIONAL -> h(en, "法定公开内容", "Statutory content");
            case LEGACY_2011 -> h(en, "原公开目录（2011年版）", "2011 catalogue");
            case CUSTOM -> h(en, "本级增设", "Local additions");
        };
    }

    private static List<List<String>> itemsByMonth(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "月份", "Month"), h(en, "发布数量", "Items published")));
        long[] months = v.items().byMonth();
        for (int m = 0; m < 12; m++) {
            rows.add(List.of(n(m + 1), n(months[m])));
        }
        rows.add(List.of(h(en, "合计", "Total"), n(v.items().publishedInYear())));
        return rows;
    }

    private static List<List<String>> itemsByYear(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "年度", "Year"), h(en, "发布数量", "Items published")));
        long total = 0;
        for (YearCount y : v.items().byYear()) {
            rows.add(List.of(n(y.year()), n(y.count())));
            total += y.count();
        }
        rows.add(List.of(h(en, "合计", "Total"), n(total)));
        return rows;
    }

    private static List<List<String>> applicationsByMonth(OpenStatisticsView v, boolean en) {
        List<ApplicationStatistics.GroupByMonth> series = v.applications().receivedByMonth();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(h(en, "月份", "Month"), h(en, "收到申请", "Received")));
        series.forEach(s -> header.add(en ? s.labelEn() : s.labelZh()));
        rows.add(header);
        long[] totals = new long[series.size() + 1];
        for (int m = 0; m < 12; m++) {
            final int month = m;
            long received = series.stream().mapToLong(s -> s.byMonth()[month]).sum();
            List<String> row = new ArrayList<>(List.of(n(m + 1), n(received)));
            totals[0] += received;
            for (int i = 0; i < series.size(); i++) {
                row.add(n(series.get(i).byMonth()[m]));
                totals[i + 1] += series.get(i).byMonth()[m];
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of(h(en, "合计", "Total")));
        Arrays.stream(totals).forEach(t -> total.add(n(t)));
        rows.add(total);
        return rows;
    }

    private static List<List<String>> applicationOutcomes(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "办理结果", "Outcome"), h(en, "数量", "Applications")));
        for (OutcomeCount o : v.applications().outcomes()) {
            rows.add(List.of(en ? o.labelEn() : o.labelZh(), n(o.count())));
        }
        rows.add(List.of(h(en, "合计", "Total"), n(v.applications().concluded())));
        return rows;
    }

    private static List<List<String>> visitsByMonth(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "月份", "Month"), h(en, "查阅点接待人次", "People received"),
                h(en, "查阅信息数", "Items consulted"), h(en, "网站公开专栏访问量", "Website visits")));
        for (MonthVisits m : v.visits().byMonth()) {
            rows.add(List.of(n(m.month()), n(m.people()), n(m.itemsConsulted()),
                    m.websiteVisits() == null ? "" : n(m.websiteVisits())));
        }
        rows.add(List.of(h(en, "合计", "Total"), n(v.visits().people()), n(v.visits().itemsConsulted()),
                v.visits().websiteVisits() == null ? "" : n(v.visits().websiteVisits())));
        return rows;
    }

    private static List<List<String>> visitsByKind(OpenStatisticsView v, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(h(en, "查阅点类型", "Kind of reading point"), h(en, "查阅点数", "Points"),
                h(en, "接待人次", "People received"), h(en, "查阅信息数", "Items consulted")));
        int points = 0;
        for (KindVisits k : v.visits().byKind()) {
            rows.add(List.of(en ? k.labelEn() : k.labelZh(), n(k.points()), n(k.people()), n(k.itemsConsulted())));
            points += k.points();
        }
        rows.add(List.of(h(en, "合计", "Total"), n(points), n(v.visits().people()), n(v.visits().itemsConsulted())));
        return rows;
    }
}
