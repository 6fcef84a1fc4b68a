package org.gongkai.reports;

import org.gongkai.reports.AppealFigures.AppealColumn;
import org.gongkai.reports.AppealFigures.AppealKind;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.RegulatoryFigures.DocumentFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The official tables as layouts every output draws the same way: rows of cells with row and column spans
 * (the merged header cells of the template), and the values under stable row and column keys (the JSON
 * contract: {@code values.natural_person} of row {@code new_requests}, …). Table 三 has three label
 * columns — the section (三、本年度办理结果), the group (（三）不予公开) and the item (1.属于国家秘密) — merged
 * where the template merges them, then 自然人, the five 法人或其他组织 columns and 总计.
 */
public final class ReportTables {

    public static final String NOT_ENTERED = "未录入";

    private ReportTables() {
    }

    /** The tables of the formats, with a sheet name for the spreadsheet. */
    public enum TableKey {
        PROACTIVE_2021("table_2", "二、主动公开政府信息情况", "Proactive disclosure", "二、主动公开"),
        PROACTIVE_2019("table_2", "二、主动公开政府信息情况", "Proactive disclosure", "二、主动公开"),
        APPLICATIONS_2021("table_3", "三、收到和处理政府信息公开申请情况", "Applications received and handled", "三、依申请公开"),
        APPLICATIONS_2019("table_3", "三、收到和处理政府信息公开申请情况", "Applications received and handled", "三、依申请公开"),
        APPEALS("table_4", "四、政府信息公开行政复议、行政诉讼情况", "Reconsideration and litigation", "四、复议和诉讼"),
        LEGACY_STATISTICS("legacy_statistics", "政府信息公开工作统计", "Disclosure statistics", "统计数据");

        private final String key;
        private final String titleZh;
        private final String titleEn;
        private final String sheetName;

        TableKey(String key, String titleZh, String titleEn, String sheetName) {
            this.key = key;
            this.titleZh = titleZh;
            this.titleEn = titleEn;
            this.sheetName = sheetName;
        }

        public String key() {
            return key;
        }

        public String titleZh() {
            return titleZh;
        }

        public String titleEn() {
            return titleEn;
        }

        public String sheetName() {
            return sheetName;
        }
    }

    /** One cell: its text, spans, role and (value cells) the key {@code row.column} of its figure. */
    public record Cell(String text, int rowSpan, int colSpan, Kind kind, String key) {
        public enum Kind { HEADER, LABEL, VALUE, NOTE }

        static Cell header(String text, int rowSpan, int colSpan) {
            return new Cell(text, rowSpan, colSpan, Kind.HEADER, null);
        }

        static Cell label(String text, int rowSpan, int colSpan) {
            return new Cell(text, rowSpan, colSpan, Kind.LABEL, null);
        }
    }

    /**
     * A table: {@link #columns} grid columns, the first {@link #headerRows} rows repeat on every printed page,
     * {@link #rows} hold only the cells that start in the row (spanned positions are left out, as in HTML).
     */
    public record Table(TableKey key, int columns, int headerRows, List<List<Cell>> rows,
                        Map<String, Map<String, Object>> values) {

        /** The figure under a row and column key (null when absent or not entered). */
        public Object value(String row, String column) {
            Map<String, Object> r = values.get(row);
            return r == null ? null : r.get(column);
        }

        /** Cells placed on the full grid: {@code grid[r][c]} is the cell covering that position. */
        public Placed[][] grid() {
            Placed[][] g = new Placed[rows.size()][columns];
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Cell cell : rows.get(r)) {
                    while (c < columns && g[r][c] != null) {
                        c++;
                    }
                    if (c + cell.colSpan() > columns || r + cell.rowSpan() > rows.size()) {
                        throw new IllegalStateException("Cell '" + cell.text() + "' does not fit table " + key);
                    }
                    Placed p = new Placed(cell, r, c);
                    for (int dr = 0; dr < cell.rowSpan(); dr++) {
                        for (int dc = 0; dc < cell.colSpan(); dc++) {
                            if (g[r + dr][c + dc] != null) {
                                throw new IllegalStateException("Overlapping cells in table " + key);
                            }
                            g[r + dr][c + dc] = p;
                        }
                    }
                    c += cell.colSpan();
                }
            }
            for (Placed[] row : g) {
                for (Placed p : row) {
                    if (p == null) {
                        throw new IllegalStateException("Table " + key + " has a hole");
                    }
                }
            }
            return g;
        }
    }

    /** A cell with the grid position of its top-left corner. */
    public record Placed(Cell cell, int row, int column) {
    }

    public static List<Table> of(ReportFormat format, ReportFigures f) {
        return switch (format) {
            case LEGACY -> List.of(legacy(f));
            case NATIONAL_2019 -> List.of(proactive2019(f.regulatory()), applications(f.applications(), true),
                    appeals(f.appeals()));
            case NATIONAL_2021 -> List.of(proactive2021(f.regulatory()), applications(f.applications(), false),
                    appeals(f.appeals()));
        };
    }

    public static Table of(TableKey key, ReportFigures f) {
        return switch (key) {
            case PROACTIVE_2021 -> proactive2021(f.regulatory());
            case PROACTIVE_2019 -> proactive2019(f.regulatory());
            case APPLICATIONS_2021 -> applications(f.applications(), false);
            case APPLICATIONS_2019 -> applications(f.applications(), true);
            case APPEALS -> appeals(f.appeals());
            case LEGACY_STATISTICS -> legacy(f);
        };
    }

    // ---- table 二 -------------------------------------------------------------------------------------------

    static Table proactive2021(RegulatoryFigures r) {
        Builder b = new Builder(TableKey.PROACTIVE_2021, 4, 0);
        b.row(Cell.header("第二十条第（一）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("本年制发件数", 1, 1), Cell.header("本年废止件数", 1, 1),
                Cell.header("现行有效件数", 1, 1));
        documents2021(b, "regulations", "规章", r.rules());
        documents2021(b, "normative_docs", "行政规范性文件", r.normative());
        b.row(Cell.header("第二十条第（五）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("本年处理决定数量", 1, 3));
        b.row(Cell.label("行政许可", 1, 1), b.value("admin_permission", "decisions", r.licensing().decisions(), 3));
        b.row(Cell.header("第二十条第（六）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("本年处理决定数量", 1, 3));
        b.row(Cell.label("行政处罚", 1, 1), b.value("admin_penalty", "decisions", r.penalty().decisions(), 3));
        b.row(Cell.label("行政强制", 1, 1), b.value("admin_compulsion", "decisions", r.coercion().decisions(), 3));
        b.row(Cell.header("第二十条第（八）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("本年收费金额（单位：万元）", 1, 3));
        b.row(Cell.label("行政事业性收费", 1, 1), b.value("admin_public_fee", "fee_amount", r.adminFees().amountWan(), 3));
        return b.build();
    }

    private static void documents2021(Builder b, String key, String label, DocumentFigures d) {
        b.row(Cell.label(label, 1, 1), b.value(key, "issued_this_year", d.issued(), 1),
                b.value(key, "abolished_this_year", d.repealed(), 1), b.value(key, "effective_now", d.inForce(), 1));
    }

    static Table proactive2019(RegulatoryFigures r) {
        Builder b = new Builder(TableKey.PROACTIVE_2019, 4, 0);
        b.row(Cell.header("第二十条第（一）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("本年新制作数量", 1, 1), Cell.header("本年新公开数量", 1, 1),
                Cell.header("对外公开总数量", 1, 1));
        documents2019(b, "regulations", "规章", r.rules());
        documents2019(b, "normative_docs", "规范性文件", r.normative());
        b.row(Cell.header("第二十条第（五）项", 1, 4));
        matterHeader(b);
        matter2019(b, "admin_permission", "行政许可", r.licensing());
        matter2019(b, "other_admin_services", "其他对外管理服务事项", r.otherServices());
        b.row(Cell.header("第二十条第（六）项", 1, 4));
        matterHeader(b);
        matter2019(b, "admin_penalty", "行政处罚", r.penalty());
        matter2019(b, "admin_compulsion", "行政强制", r.coercion());
        b.row(Cell.header("第二十条第（八）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("上一年项目数量", 1, 1), Cell.header("本年增/减", 1, 2));
        b.row(Cell.label("行政事业性收费", 1, 1),
                b.value("admin_public_fee", "previous_year_items", r.adminFees().previousYearMatters(), 1),
                b.value("admin_public_fee", "change_this_year", r.adminFees().matterChange(), 2));
        b.row(Cell.header("第二十条第（九）项", 1, 4));
        b.row(Cell.header("信息内容", 1, 1), Cell.header("采购项目数量", 1, 1), Cell.header("采购总金额", 1, 2));
        b.row(Cell.label("政府集中采购", 1, 1),
                b.value("government_procurement", "procurement_projects", r.procurement().projects(), 1),
                b.value("government_procurement", "procurement_amount", r.procurement().amountWan(), 2));
        return b.build();
    }

    private static void documents2019(Builder b, String key, String label, DocumentFigures d) {
        b.row(Cell.label(label, 1, 1), b.value(key, "made_this_year", d.issued(), 1),
                b.value(key, "published_this_year", d.publishedInYear(), 1),
                b.value(key, "total_published", d.totalPublished(), 1));
    }

    private static void matterHeader(Builder b) {
        b.row(Cell.header("信息内容", 1, 1), Cell.header("上一年项目数量", 1, 1), Cell.header("本年增/减", 1, 1),
                Cell.header("处理决定数量", 1, 1));
    }

    private static void matter2019(Builder b, String key, String label, RegulatoryFigures.MatterFigures m) {
        b.row(Cell.label(label, 1, 1), b.value(key, "previous_year_items", m.previousYearMatters(), 1),
                b.value(key, "change_this_year", m.matterChange(), 1), b.value(key, "decisions", m.decisions(), 1));
    }

    // ---- table 三 -------------------------------------------------------------------------------------------

    static Table applications(ApplicationFigures a, boolean trial2019) {
        Builder b = new Builder(trial2019 ? TableKey.APPLICATIONS_2019 : TableKey.APPLICATIONS_2021, 10, 3);
        b.row(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, Cell.Kind.NOTE, null),
                Cell.header("申请人情况", 1, 7));
        b.row(Cell.header("自然人", 2, 1), Cell.header("法人或其他组织", 1, 5), Cell.header("总计", 2, 1));
        List<Cell> orgs = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.organisation()) {
                orgs.add(Cell.header(c.labelZh(), 1, 1));
            }
        }
        b.row(orgs);
        b.row(withValues(b, List.of(Cell.label("一、本年新收政府信息公开申请数量", 1, 3)), OutcomeRow.NEW_KEY, a,
                ApplicationColumn::newReceived));
        b.row(withValues(b, List.of(Cell.label("二、上年结转政府信息公开申请数量", 1, 3)), OutcomeRow.CARRIED_OVER_KEY, a,
                ApplicationColumn::carriedOver));
        int outcomeRows = 0;
        for (OutcomeRow.Group g : OutcomeRow.Group.values()) {
            outcomeRows += g == OutcomeRow.Group.OTHER && trial2019 ? 1 : g.rows().size();
        }
        outcomeRows += 1;
        boolean first = true;
        for (OutcomeRow.Group g : OutcomeRow.Group.values()) {
            List<OutcomeRow> rows = g.rows();
            if (rows.size() == 1 || (g == OutcomeRow.Group.OTHER && trial2019)) {
                List<Cell> lead = new ArrayList<>();
                if (first) {
                    lead.add(Cell.label("三、本年度办理结果", outcomeRows, 1));
                    first = false;
                }
                lead.add(Cell.label(g.labelZh(), 1, 2));
                String key = rows.size() == 1 ? rows.get(0).key() : OutcomeRow.OTHER_TOTAL_KEY;
                b.row(withValues(b, lead, key, a, col -> col.group(g)));
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                OutcomeRow row = rows.get(i);
                List<Cell> lead = new ArrayList<>();
                if (first) {
                    lead.add(Cell.label("三、本年度办理结果", outcomeRows, 1));
                    first = false;
                }
                if (i == 0) {
                    lead.add(Cell.label(g.labelZh(), rows.size(), 1));
                }
                lead.add(Cell.label(row.itemZh(), 1, 1));
                b.row(withValues(b, lead, row.key(), a, col -> col.outcome(row)));
            }
        }
        b.row(withValues(b, List.of(Cell.label("（七）总计", 1, 2)), OutcomeRow.TOTAL_KEY, a, ApplicationColumn::decided));
        b.row(withValues(b, List.of(Cell.label("四、结转下年度继续办理", 1, 3)), OutcomeRow.CARRIED_FORWARD_KEY, a,
                ApplicationColumn::carriedForward));
        return b.build();
    }

    private static List<Cell> withValues(Builder b, List<Cell> lead, String rowKey, ApplicationFigures a,
                                         Function<ApplicationColumn, Long> figure) {
        List<Cell> cells = new ArrayList<>(lead);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            cells.add(b.value(rowKey, c.key(), figure.apply(a.column(c)), 1));
        }
        cells.add(b.value(rowKey, ApplicantColumn.TOTAL_KEY, figure.apply(a.total()), 1));
        return cells;
    }

    // ---- table 四 -------------------------------------------------------------------------------------------

    static Table appeals(AppealFigures a) {
        Builder b = new Builder(TableKey.APPEALS, 15, 3);
        b.row(Cell.header("行政复议", 2, 5), Cell.header("行政诉讼", 1, 10));
        b.row(Cell.header(AppealKind.LITIGATION_DIRECT.labelZh(), 1, 5),
                Cell.header(AppealKind.LITIGATION_AFTER_RECONSIDERATION.labelZh(), 1, 5));
        List<Cell> heads = new ArrayList<>();
        List<Cell> values = new ArrayList<>();
        for (AppealKind k : AppealKind.values()) {
            for (AppealColumn c : AppealColumn.values()) {
                heads.add(Cell.header(c.labelZh(), 1, 1));
                values.add(b.value("cases", k.key() + "_" + c.key(), a.block(k).value(c), 1));
            }
        }
        b.row(heads);
        b.row(values);
        return b.build();
    }

    // ---- legacy statistics ----------------------------------------------------------------------------------

    static Table legacy(ReportFigures f) {
        Builder b = new Builder(TableKey.LEGACY_STATISTICS, 3, 1);
        b.row(Cell.header("指标", 1, 1), Cell.header("单位", 1, 1), Cell.header("数值", 1, 1));
        ProactiveFigures p = f.proactive();
        b.stat("proactive", "cumulative_published", "累计主动公开政府信息", "条", p.cumulativePublished());
        b.stat("proactive", "published_in_year", "本年新增主动公开政府信息", "条", p.publishedInYear());
        for (ProactiveFigures.CategoryCount c : p.categories(ProactiveFigures.CategoryCount.LEGACY_2011)) {
            b.stat("category", c.code(), "　其中：" + c.nameZh(), "条", c.count());
        }
        ActivityFigures a = f.activities();
        b.row(Cell.label("政府网站年访问量", 1, 1), Cell.label("人次", 1, 1), a.websiteVisits() == null
                ? new Cell("未统计", 1, 1, Cell.Kind.VALUE, "activities.website_visits")
                : b.value("activities", "website_visits", a.websiteVisits(), 1));
        if (a.websiteVisits() == null) {
            b.values.computeIfAbsent("activities", k -> new LinkedHashMap<>()).put("website_visits", null);
        }
        b.stat("activities", "press_conferences", "新闻发布活动", "次", a.pressConferences());
        ReadingPointFigures r = f.readingPoints();
        for (ReadingPointKind k : ReadingPointKind.values()) {
            ReadingPointFigures.KindFigures kf = r.kind(k);
            if (kf.points() == 0 && kf.people() == 0) {
                continue;
            }
            b.stat("reading_points", k.name() + ".points", k.labelZh() + "查阅点", k.measureWord(), kf.points());
            b.stat("reading_points", k.name() + ".people", "　接待公众", "人次", kf.people());
            b.stat("reading_points", k.name() + ".items", "　查询信息", "条", kf.itemsConsulted());
        }
        b.stat("activities", "trainings", "信息公开业务集中培训", "次", a.trainings());
        b.stat("activities", "training_participants", "培训人员", "人次", a.trainingParticipants());
        ApplicationColumn t = f.applications().total();
        b.stat("applications", "new_requests", "收到政府信息公开申请", "件", t.newReceived());
        b.stat("applications", "result_total", "办结政府信息公开申请", "件", t.decided());
        b.stat("fees", "charged", "依申请公开收费", "元", f.fees().charged());
        b.stat("appeals", "rev_total", "行政复议", "件", f.appeals().reconsideration().total());
        b.stat("appeals", "lit_total", "行政诉讼", "件", f.appeals().litigationTotal());
        return b.build();
    }

    // ---- building -------------------------------------------------------------------------------------------

    private static final class Builder {
        private final TableKey key;
        private final int columns;
        private final int headerRows;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();

        Builder(TableKey key, int columns, int headerRows) {
            this.key = key;
            this.columns = columns;
            this.headerRows = headerRows;
        }

        void row(Cell... cells) {
            rows.add(List.of(cells));
        }

        void row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
        }

        Cell value(String row, String column, Object figure, int colSpan) {
            values.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, figure);
            return new Cell(text(figure), 1, colSpan, Cell.Kind.VALUE, row + "." + column);
        }

        void stat(String group, String name, String label, String unit, Object figure) {
            row(Cell.label(label, 1, 1), Cell.label(unit, 1, 1), value(group, name, figure, 1));
        }

        Table build() {
            Table t = new Table(key, columns, headerRows, List.copyOf(rows), values);
            t.grid();
            return t;
        }
    }

    /** Exact figure as printed in a table: whole numbers as they are, amounts with up to four decimals. */
    public static String text(Object figure) {
        if (figure == null) {
            return NOT_ENTERED;
        }
        if (figure instanceof BigDecimal d) {
            BigDecimal s = d.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        return figure.toString();
    }
}
