package org.gongkai.reports;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * This year's headline figures next to last year's: the difference and the change in per cent (one decimal;
 * none when last year's figure was zero or unknown). Last year's figures are its locked snapshot where there
 * is one — what was published — else recomputed from the records.
 */
public record YearComparison(int year, int previousYear, boolean previousAvailable, List<Row> rows) {

    /** One compared figure under a stable key. */
    public record Row(String key, String labelZh, String labelEn, BigDecimal current, BigDecimal previous,
                      BigDecimal difference, BigDecimal percentChange) {
    }

    public static YearComparison of(ReportFormat format, ReportFigures now, ReportFigures before) {
        List<Row> rows = new ArrayList<>();
        Rows r = new Rows(rows, now, before);
        r.add("proactive.cumulative_published", "累计主动公开政府信息（条）", "Items published, cumulative",
                f -> f.proactive().cumulativePublished());
        r.add("proactive.published_in_year", "本年新增主动公开政府信息（条）", "Items published in the year",
                f -> f.proactive().publishedInYear());
        if (format == ReportFormat.LEGACY) {
            for (ProactiveFigures.CategoryCount c : now.proactive().categories(ProactiveFigures.CategoryCount.LEGACY_2011)) {
                r.add("proactive.category." + c.code(), "　" + c.nameZh() + "（条）", "Category " + c.code(),
                        f -> f.proactive().category(ProactiveFigures.CategoryCount.LEGACY_2011, c.code()));
            }
        } else {
            r.add("regulatory.rules.issued", "制发规章（件）", "Rules issued", f -> f.regulatory().rules().issued());
            r.add("regulatory.normative.issued", "制发行政规范性文件（件）", "Normative documents issued",
                    f -> f.regulatory().normative().issued());
            r.add("regulatory.licensing.decisions", "行政许可处理决定（件）", "Licensing decisions",
                    f -> f.regulatory().licensing().decisions());
            r.add("regulatory.penalty.decisions", "行政处罚处理决定（件）", "Penalty decisions",
                    f -> f.regulatory().penalty().decisions());
            r.add("regulatory.coercion.decisions", "行政强制处理决定（件）", "Coercive-measure decisions",
                    f -> f.regulatory().coercion().decisions());
            r.amount("regulatory.admin_fees.amount_wan", "行政事业性收费金额（万元）", "Administrative-fee income (10k yuan)",
                    f -> f.regulatory().adminFees().amountWan());
        }
        r.add("applications.new_requests", "新收政府信息公开申请（件）", "Applications received",
                f -> f.applications().total().newReceived());
        r.add("applications.carried_over", "上年结转申请（件）", "Carried over", f -> f.applications().total().carriedOver());
        for (OutcomeRow.Group g : OutcomeRow.Group.values()) {
            r.add("applications.group." + g.name().toLowerCase(), "　" + g.shortZh() + "（件）", g.labelEn(),
                    f -> f.applications().total().group(g));
        }
        r.add("applications.result_total", "办结申请（件）", "Applications decided", f -> f.applications().total().decided());
        r.add("applications.carry_next_year", "结转下年度（件）", "Carried forward",
                f -> f.applications().total().carriedForward());
        r.add("applications.answered_late", "超期答复（件）", "Answered late", f -> f.applications().answeredLate());
        for (AppealFigures.AppealKind k : AppealFigures.AppealKind.values()) {
            r.add("appeals." + k.key() + "_total", k.labelZh() + "（件）", k.labelEn(), f -> f.appeals().block(k).total());
        }
        r.amount("fees.charged", "依申请公开收费（元）", "Fees charged (yuan)", f -> f.fees().charged());
        r.add("reading_points.people", "查阅点接待公众（人次）", "Reading points: people received",
                f -> f.readingPoints().totalPeople());
        r.add("reading_points.items", "查阅点查询信息（条）", "Reading points: items consulted",
                f -> f.readingPoints().totalItems());
        r.add("activities.press_conferences", "新闻发布会（场）", "Press conferences", f -> f.activities().pressConferences());
        r.add("activities.trainings", "业务培训（次）", "Trainings", f -> f.activities().trainings());
        r.add("activities.training_participants", "参训人员（人次）", "Training participants",
                f -> f.activities().trainingParticipants());
        r.add("activities.website_visits", "网站访问量（人次）", "Website visits", f -> f.activities().websiteVisits());
        return new YearComparison(now.year(), now.year() - 1, before != null, List.copyOf(rows));
    }

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    private record Rows(List<Row> rows, ReportFigures now, ReportFigures before) {

        void add(String key, String zh, String en, java.util.function.Function<ReportFigures, Long> figure) {
            amount(key, zh, en, f -> {
                Long v = figure.apply(f);
                return v == null ? null : BigDecimal.valueOf(v);
            });
        }

        void amount(String key, String zh, String en, java.util.function.Function<ReportFigures, BigDecimal> figure) {
            BigDecimal current = figure.apply(now);
            BigDecimal previous = before == null ? null : figure.apply(before);
            BigDecimal difference = current == null || previous == null ? null : current.subtract(previous);
            BigDecimal percent = difference == null || previous.signum() == 0 ? null
                    : difference.multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
            rows.add(new Row(key, zh, en, current, previous, difference, percent));
        }
    }

}
