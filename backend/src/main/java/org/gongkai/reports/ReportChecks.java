package org.gongkai.reports;

import org.gongkai.reports.AppealFigures.AppealBlock;
import org.gongkai.reports.AppealFigures.AppealKind;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.ApplicationFigures.ApplicationControls;
import org.gongkai.reports.Check.Status;
import org.gongkai.reports.ProactiveFigures.CategoryCount;
import org.gongkai.reports.RegulatoryFigures.DocumentFigures;
import org.gongkai.reports.RegulatoryFigures.MatterFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules of a report (domain-cn.md §2.5 and the legacy text), run on its figures and last
 * year's. Arithmetic that cannot hold is FAIL and blocks locking (an administrator may lock anyway, with a
 * reason); what a person should look at — a gap in the data, late items, a carried figure that moved — is
 * WARNING. Every rule yields a check, so a reader sees what was verified and not only what went wrong.
 */
public final class ReportChecks {

    private ReportChecks() {
    }

    /** @param previous last year's figures (its locked snapshot where there is one), or null when unknown */
    public static List<Check> run(ReportFormat format, ReportFigures current, ReportFigures previous) {
        List<Check> out = new ArrayList<>();
        nonNegative(current, out);
        applicationBalance(current.applications(), out);
        applicationTotals(current.applications(), out);
        appealTotals(current.appeals(), out);
        carriedOver(current.applications(), previous == null ? null : previous.applications(), out);
        if (format == ReportFormat.LEGACY) {
            legacyCategories(current.proactive(), out);
        }
        cumulative(current.proactive(), previous == null ? null : previous.proactive(), out);
        if (format == ReportFormat.NATIONAL_2021) {
            inForce("rules", "规章", current.regulatory().rules(),
                    previous == null ? null : previous.regulatory().rules(), out);
            inForce("normative_docs", "行政规范性文件", current.regulatory().normative(),
                    previous == null ? null : previous.regulatory().normative(), out);
        }
        if (format == ReportFormat.NATIONAL_2019) {
            matters(current.regulatory(), out);
        }
        missingInputs(format, current, out);
        decisionsBelowPublished(current, out);
        fees(current.fees(), out);
        readingPoints(current.readingPoints(), out);
        websiteVisits(current, out);
        late(current, out);
        return out;
    }

    public static boolean anyFailed(List<Check> checks) {
        return checks.stream().anyMatch(Check::failed);
    }

    // ---- table 三 -----------------------------------------------------------------------------------------

    private static void applicationBalance(ApplicationFigures a, List<Check> out) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            balance(c.key(), c.labelZh(), c.labelEn(), a.column(c), out);
        }
        balance(ApplicantColumn.TOTAL_KEY, "总计", "total", a.total(), out);
    }

    private static void balance(String key, String zh, String en, ApplicationColumn col, List<Check> out) {
        long left = col.newReceived() + col.carriedOver();
        long right = col.decided() + col.carriedForward();
        Map<String, Object> f = figures(OutcomeRow.NEW_KEY, col.newReceived(), OutcomeRow.CARRIED_OVER_KEY,
                col.carriedOver(), OutcomeRow.TOTAL_KEY, col.decided(), OutcomeRow.CARRIED_FORWARD_KEY,
                col.carriedForward());
        if (left == right) {
            out.add(new Check("T3_COLUMN_BALANCE", key, Status.PASS,
                    "表三“" + zh + "”列：一 + 二 = 三（七）+ 四（" + col.newReceived() + " + " + col.carriedOver() + " = "
                            + col.decided() + " + " + col.carriedForward() + "）。",
                    "Table 3, column " + en + ": new + carried over = outcomes + carried forward (" + left + ").", f));
        } else {
            out.add(new Check("T3_COLUMN_BALANCE", key, Status.FAIL,
                    "表三“" + zh + "”列不平衡：新收" + col.newReceived() + " + 上年结转" + col.carriedOver() + " = " + left
                            + "，而办理结果总计" + col.decided() + " + 结转下年度" + col.carriedForward() + " = " + right + "。",
                    "Table 3, column " + en + " does not balance: new " + col.newReceived() + " + carried over "
                            + col.carriedOver() + " = " + left + ", but outcomes " + col.decided() + " + carried forward "
                            + col.carriedForward() + " = " + right + ".", f));
        }
    }

    private static void applicationTotals(ApplicationFigures a, List<Check> out) {
        ApplicationColumn total = a.total();
        ApplicationControls c = a.controls();
        counted("T3_OUTCOME_TOTAL", OutcomeRow.TOTAL_KEY, "（七）总计", "total outcomes", c.decided(), total.decided(),
                "办理结果各行之和", "the sum of the outcome rows", out);
        counted("T3_ROW_TOTAL", OutcomeRow.NEW_KEY, "本年新收申请“总计”", "new applications, total column",
                c.newReceived(), total.newReceived(), "各申请人列之和", "the sum of the applicant columns", out);
        counted("T3_ROW_TOTAL", OutcomeRow.CARRIED_OVER_KEY, "上年结转申请“总计”", "carried over, total column",
                c.carriedOver(), total.carriedOver(), "各申请人列之和", "the sum of the applicant columns", out);
        counted("T3_ROW_TOTAL", OutcomeRow.CARRIED_FORWARD_KEY, "结转下年度“总计”", "carried forward, total column",
                c.carriedForward(), total.carriedForward(), "各申请人列之和", "the sum of the applicant columns", out);
    }

    private static void appealTotals(AppealFigures a, List<Check> out) {
        for (AppealKind k : AppealKind.values()) {
            AppealBlock b = a.block(k);
            counted("T4_BLOCK_TOTAL", k.key() + "_total", "表四“" + k.labelZh() + "”总计",
                    "table 4, " + k.labelEn() + " total", b.countedTotal(), b.total(),
                    "维持、纠正、其他结果、尚未审结之和", "upheld + corrected + other + pending", out);
        }
    }

    /** A printed total (the sum of its parts) against the same total counted directly in the records. */
    private static void counted(String code, String subject, String zh, String en, Long counted, long printed,
                                String partsZh, String partsEn, List<Check> out) {
        Map<String, Object> f = figures("printed", printed, "counted", counted);
        if (counted == null) {
            out.add(new Check(code, subject, Status.PASS, zh + "按" + partsZh + "计算（" + printed + "）。",
                    "The " + en + " is computed as " + partsEn + " (" + printed + ").", f));
        } else if (counted == printed) {
            out.add(new Check(code, subject, Status.PASS, zh + "等于" + partsZh + "（" + printed + "），与记录直接统计一致。",
                    "The " + en + " equals " + partsEn + " (" + printed + ") and the direct count of the records.", f));
        } else {
            out.add(new Check(code, subject, Status.FAIL, zh + "：" + partsZh + "为" + printed + "，但直接统计记录为" + counted
                    + "，有" + Math.abs(counted - printed) + "条记录未归入表格的行或列（如缺少申请人类型或办理结果）。",
                    "The " + en + ": " + partsEn + " is " + printed + " but the records count " + counted + "; "
                            + Math.abs(counted - printed) + " record(s) fall outside the table's rows or columns.", f));
        }
    }

    private static void carriedOver(ApplicationFigures now, ApplicationFigures before, List<Check> out) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            continuity(c.key(), c.labelZh(), c.labelEn(), now.column(c).carriedOver(),
                    before == null ? null : before.column(c).carriedForward(), out);
        }
        continuity(ApplicantColumn.TOTAL_KEY, "总计", "total", now.total().carriedOver(),
                before == null ? null : before.total().carriedForward(), out);
    }

    private static void continuity(String key, String zh, String en, long carriedOver, Long lastForward,
                                   List<Check> out) {
        Map<String, Object> f = figures(OutcomeRow.CARRIED_OVER_KEY, carriedOver, "previous_carry_next_year", lastForward);
        if (lastForward == null) {
            out.add(new Check("CONTINUITY_CARRIED_OVER", key, carriedOver == 0 ? Status.PASS : Status.WARNING,
                    "“" + zh + "”列：没有上年度数据可供核对上年结转数（本年上年结转" + carriedOver + "件）。",
                    "Column " + en + ": last year's figures are not available to verify the " + carriedOver
                            + " carried over.", f));
        } else if (lastForward == carriedOver) {
            out.add(new Check("CONTINUITY_CARRIED_OVER", key, Status.PASS,
                    "“" + zh + "”列：上年结转" + carriedOver + "件，与上年度报告的结转下年度数一致。",
                    "Column " + en + ": " + carriedOver + " carried over, as last year's report carried forward.", f));
        } else {
            out.add(new Check("CONTINUITY_CARRIED_OVER", key, Status.FAIL,
                    "“" + zh + "”列：本年上年结转" + carriedOver + "件，但上年度报告结转下年度" + lastForward + "件。",
                    "Column " + en + ": " + carriedOver + " carried over this year, but last year's report carried "
                            + lastForward + " forward.", f));
        }
    }

    // ---- items -----------------------------------------------------------------------------------------------

    private static void legacyCategories(ProactiveFigures p, List<Check> out) {
        List<CategoryCount> cats = p.categories(CategoryCount.LEGACY_2011);
        long sum = cats.stream().mapToLong(CategoryCount::count).sum();
        Map<String, Object> f = figures("published_in_year", p.publishedInYear(), "categories_sum", sum);
        if (sum == p.publishedInYear()) {
            out.add(new Check("LEGACY_CATEGORY_SUM", "published_in_year", Status.PASS,
                    "各类别新增主动公开信息之和等于本年新增总数（" + sum + "条）。",
                    "The categories add up to the items published in the year (" + sum + ").", f));
        } else if (sum > p.publishedInYear()) {
            out.add(new Check("LEGACY_CATEGORY_SUM", "published_in_year", Status.FAIL,
                    "各类别新增主动公开信息之和（" + sum + "条）大于本年新增总数（" + p.publishedInYear() + "条）。",
                    "The categories add up to " + sum + ", more than the " + p.publishedInYear() + " published.", f));
        } else {
            out.add(new Check("LEGACY_CATEGORY_SUM", "published_in_year", Status.WARNING,
                    "本年新增" + p.publishedInYear() + "条中有" + (p.publishedInYear() - sum) + "条未归入任何类别，报告的分类列举之和将小于总数。",
                    (p.publishedInYear() - sum) + " of the " + p.publishedInYear()
                            + " items published have no category; the listed categories add up to less.", f));
        }
    }

    private static void cumulative(ProactiveFigures now, ProactiveFigures before, List<Check> out) {
        if (now.cumulativePublished() < now.publishedInYear()) {
            out.add(new Check("CUMULATIVE_COVERS_YEAR", "cumulative_published", Status.FAIL,
                    "累计主动公开数（" + now.cumulativePublished() + "条）小于本年新增数（" + now.publishedInYear() + "条）。",
                    "Cumulative items (" + now.cumulativePublished() + ") are fewer than those published in the year ("
                            + now.publishedInYear() + ").",
                    figures("cumulative_published", now.cumulativePublished(), "published_in_year", now.publishedInYear())));
        }
        if (before == null) {
            return;
        }
        long expected = before.cumulativePublished() + now.publishedInYear();
        Map<String, Object> f = figures("previous_cumulative", before.cumulativePublished(), "published_in_year",
                now.publishedInYear(), "cumulative_published", now.cumulativePublished());
        if (expected == now.cumulativePublished()) {
            out.add(new Check("CONTINUITY_CUMULATIVE", "cumulative_published", Status.PASS,
                    "累计主动公开数 = 上年累计" + before.cumulativePublished() + " + 本年新增" + now.publishedInYear() + "。",
                    "Cumulative = last year's " + before.cumulativePublished() + " + " + now.publishedInYear() + " this year.", f));
        } else {
            out.add(new Check("CONTINUITY_CUMULATIVE", "cumulative_published", Status.WARNING,
                    "累计主动公开数为" + now.cumulativePublished() + "条，上年累计" + before.cumulativePublished() + "条加本年新增"
                            + now.publishedInYear() + "条应为" + expected + "条（差额通常来自撤回或补录的信息，请核实）。",
                    "Cumulative items are " + now.cumulativePublished() + "; last year's " + before.cumulativePublished()
                            + " plus " + now.publishedInYear() + " would be " + expected
                            + " (usually withdrawn or back-dated items; please verify).", f));
        }
    }

    private static void inForce(String key, String zh, DocumentFigures now, DocumentFigures before, List<Check> out) {
        if (before == null) {
            return;
        }
        long expected = before.inForce() + now.issued() - now.repealed();
        Map<String, Object> f = figures("previous_effective_now", before.inForce(), "issued_this_year", now.issued(),
                "abolished_this_year", now.repealed(), "effective_now", now.inForce());
        boolean ok = expected == now.inForce();
        out.add(new Check("T2_IN_FORCE_CONTINUITY", key, ok ? Status.PASS : Status.WARNING,
                ok ? zh + "现行有效件数 = 上年" + before.inForce() + " + 本年制发" + now.issued() + " − 本年废止" + now.repealed() + "。"
                        : zh + "现行有效" + now.inForce() + "件，按上年" + before.inForce() + "件加制发" + now.issued() + "件减废止"
                        + now.repealed() + "件应为" + expected + "件，请核实（可能有失效或修改的文件）。",
                ok ? "In force = last year's " + before.inForce() + " + issued − repealed."
                        : now.inForce() + " in force, but last year's " + before.inForce() + " + " + now.issued() + " − "
                        + now.repealed() + " = " + expected + "; please verify (expired or amended documents?).", f));
    }

    private static void matters(RegulatoryFigures r, List<Check> out) {
        matter("admin_permission", "行政许可", r.licensing(), out);
        matter("other_admin_services", "其他对外管理服务事项", r.otherServices(), out);
        matter("admin_penalty", "行政处罚", r.penalty(), out);
        matter("admin_compulsion", "行政强制", r.coercion(), out);
        matter("admin_public_fee", "行政事业性收费", new MatterFigures(r.adminFees().previousYearMatters(),
                r.adminFees().matterChange(), null), out);
    }

    private static void matter(String key, String zh, MatterFigures m, List<Check> out) {
        if (m.previousYearMatters() == null || m.matterChange() == null) {
            return;
        }
        long now = m.previousYearMatters() + m.matterChange();
        Map<String, Object> f = figures("previous_year_items", m.previousYearMatters(), "change_this_year", m.matterChange());
        out.add(now >= 0
                ? new Check("T2_MATTERS_NON_NEGATIVE", key, Status.PASS, zh + "：上一年项目数量加本年增/减为" + now + "项。",
                key + ": last year's matters plus the change give " + now + ".", f)
                : new Check("T2_MATTERS_NON_NEGATIVE", key, Status.FAIL, zh + "：本年减少" + (-m.matterChange())
                + "项，多于上一年的" + m.previousYearMatters() + "项。",
                key + ": the decrease of " + (-m.matterChange()) + " exceeds last year's " + m.previousYearMatters()
                        + " matters.", f));
    }

    // ---- inputs, fees, reading points, activities ------------------------------------------------------------

    private static void missingInputs(ReportFormat format, ReportFigures f, List<Check> out) {
        for (ReportInputKey key : ReportInputKey.values()) {
            if (!key.requiredIn().contains(format)) {
                continue;
            }
            boolean present = value(f.regulatory(), key) != null;
            out.add(new Check("INPUT_MISSING", key.name(), present ? Status.PASS : Status.FAIL,
                    present ? "已录入：" + key.label().zh() + "。" : "尚未录入：" + key.label().zh() + "（系统无法统计，表格中将显示“未录入”）。",
                    present ? "Entered: " + key.label().en() + "."
                            : "Not entered yet: " + key.label().en() + " (the system cannot derive it; the table would show a gap).",
                    figures("input", key.name(), "value", value(f.regulatory(), key))));
        }
    }

    static Object value(RegulatoryFigures r, ReportInputKey key) {
        return switch (key) {
            case FEE_INCOME_WAN -> r.adminFees().amountWan();
            case LICENSING_DECISIONS -> r.licensing().decisions();
            case PENALTY_DECISIONS -> r.penalty().decisions();
            case COERCION_DECISIONS -> r.coercion().decisions();
            case LICENSING_MATTERS_PREVIOUS -> r.licensing().previousYearMatters();
            case LICENSING_MATTERS_CHANGE -> r.licensing().matterChange();
            case OTHER_SERVICES_MATTERS_PREVIOUS -> r.otherServices().previousYearMatters();
            case OTHER_SERVICES_MATTERS_CHANGE -> r.otherServices().matterChange();
            case OTHER_SERVICES_DECISIONS -> r.otherServices().decisions();
            case PENALTY_MATTERS_PREVIOUS -> r.penalty().previousYearMatters();
            case PENALTY_MATTERS_CHANGE -> r.penalty().matterChange();
            case COERCION_MATTERS_PREVIOUS -> r.coercion().previousYearMatters();
            case COERCION_MATTERS_CHANGE -> r.coercion().matterChange();
            case FEE_MATTERS_PREVIOUS -> r.adminFees().previousYearMatters();
            case FEE_MATTERS_CHANGE -> r.adminFees().matterChange();
            case PROCUREMENT_PROJECTS -> r.procurement().projects();
            case PROCUREMENT_AMOUNT_WAN -> r.procurement().amountWan();
        };
    }

    private static void decisionsBelowPublished(ReportFigures f, List<Check> out) {
        for (EnteredFigure e : f.entered()) {
            if (!e.key().overridesComputed() || e.computed() == null) {
                continue;
            }
            Map<String, Object> m = figures("entered", e.value(), "published_in_gongkai", e.computed(), "entered_by",
                    e.enteredBy());
            boolean below = e.value().compareTo(e.computed()) < 0;
            out.add(new Check("DECISIONS_BELOW_PUBLISHED", e.key().name(), below ? Status.WARNING : Status.PASS,
                    below ? e.key().label().zh() + "录入为" + e.value().toPlainString() + "件，少于本系统已公开的" + e.computed()
                            .toPlainString() + "件处理决定，请核实（已公开的决定中可能含往年作出的）。"
                            : e.key().label().zh() + "录入为" + e.value().toPlainString() + "件（由" + e.enteredBy()
                            + "录入，替代系统统计的" + e.computed().toPlainString() + "件）。",
                    below ? e.key().label().en() + ": " + e.value().toPlainString() + " entered, fewer than the "
                            + e.computed().toPlainString() + " decisions published in Gongkai; please verify."
                            : e.key().label().en() + ": " + e.value().toPlainString() + " entered by " + e.enteredBy()
                            + ", replacing the computed " + e.computed().toPlainString() + ".", m));
        }
    }

    private static void fees(FeeFigures fees, List<Check> out) {
        boolean charged = fees.charged().signum() > 0;
        boolean counted = fees.applicationsCharged() > 0;
        Map<String, Object> f = figures("charged", fees.charged(), "applications_charged", fees.applicationsCharged());
        if (charged == counted) {
            out.add(new Check("FEES_CONSISTENT", "fees", Status.PASS,
                    "收费金额与收费申请件数一致（" + fees.applicationsCharged() + "件，" + ChineseNumbers.yuan(fees.charged()) + "）。",
                    "Fees and the number of applications charged agree (" + fees.applicationsCharged() + ", "
                            + fees.charged().toPlainString() + " yuan).", f));
        } else {
            out.add(new Check("FEES_CONSISTENT", "fees", Status.FAIL,
                    charged ? "收取了" + ChineseNumbers.yuan(fees.charged()) + "费用，但收费申请件数为0。"
                            : fees.applicationsCharged() + "件申请记为已收费，但收费金额为0。",
                    charged ? fees.charged().toPlainString() + " yuan charged, but no application was charged."
                            : fees.applicationsCharged() + " application(s) marked as charged, but nothing was collected.", f));
        }
    }

    private static void readingPoints(ReadingPointFigures r, List<Check> out) {
        for (ReadingPointFigures.KindFigures k : r.byKind()) {
            if (k.points() == 0 && (k.people() > 0 || k.itemsConsulted() > 0)) {
                out.add(new Check("READING_POINT_WITHOUT_POINTS", k.kind().name(), Status.FAIL,
                        k.kind().labelZh() + "查阅点数量为0，却记录了" + k.people() + "人次接待、" + k.itemsConsulted() + "条查询。",
                        k.kind().labelEn() + ": no reading point, yet " + k.people() + " visitors and "
                                + k.itemsConsulted() + " items consulted were recorded.",
                        figures("points", k.points(), "people", k.people(), "items_consulted", k.itemsConsulted())));
            }
        }
    }

    private static void websiteVisits(ReportFigures f, List<Check> out) {
        ActivityFigures a = f.activities();
        Map<String, Object> m = figures("website_visits", a.websiteVisits(), "months_recorded", a.websiteMonthsRecorded());
        if (a.websiteVisits() == null) {
            out.add(new Check("WEBSITE_VISITS", "website_visits", Status.WARNING,
                    f.year() + "年没有记录网站访问量。报告正文将写明“未作统计”，不会留空；如有数据，请按月录入网站访问量。",
                    "No website visits were recorded for " + f.year() + ". The text will say they were not recorded "
                            + "rather than leave a blank; record them month by month if the figures exist.", m));
        } else if (a.websiteMonthsRecorded() < 12) {
            out.add(new Check("WEBSITE_VISITS", "website_visits", Status.WARNING,
                    "网站访问量只记录了" + a.websiteMonthsRecorded() + "个月（" + a.websiteVisits() + "人次），正文将注明。",
                    "Website visits were recorded for " + a.websiteMonthsRecorded() + " months only ("
                            + a.websiteVisits() + "); the text says so.", m));
        } else {
            out.add(new Check("WEBSITE_VISITS", "website_visits", Status.PASS,
                    "网站访问量已记录全年12个月（" + a.websiteVisits() + "人次）。",
                    "Website visits recorded for all 12 months (" + a.websiteVisits() + ").", m));
        }
    }

    private static void late(ReportFigures f, List<Check> out) {
        ProactiveFigures p = f.proactive();
        Map<String, Object> m = figures("published_late", p.publishedLate(), "late_unknown", p.lateUnknown(),
                "published_in_year", p.publishedInYear());
        if (p.publishedLate() == 0 && p.lateUnknown() == 0) {
            out.add(new Check("ITEMS_PUBLISHED_LATE", "published_late", Status.PASS,
                    "本年新增主动公开信息均在形成或变更之日起20个工作日内公开。",
                    "Every item of the year was published within 20 working days of being formed or changed.", m));
        } else {
            out.add(new Check("ITEMS_PUBLISHED_LATE", "published_late", Status.WARNING,
                    "本年有" + p.publishedLate() + "条信息超过20个工作日才公开"
                            + (p.lateUnknown() > 0 ? "，另有" + p.lateUnknown() + "条因缺少形成日期无法判断" : "") + "。",
                    p.publishedLate() + " item(s) were published more than 20 working days after being formed"
                            + (p.lateUnknown() > 0 ? "; " + p.lateUnknown() + " cannot be judged (no formation date)" : "")
                            + ".", m));
        }
        long late = f.applications().answeredLate();
        Map<String, Object> a = figures("answered_late", late, "decided", f.applications().total().decided());
        out.add(late == 0
                ? new Check("APPLICATIONS_ANSWERED_LATE", "answered_late", Status.PASS,
                "本年办结的申请均在法定期限内答复。", "Every application of the year was answered in time.", a)
                : new Check("APPLICATIONS_ANSWERED_LATE", "answered_late", Status.WARNING,
                "本年有" + late + "件申请超过法定期限答复。", late + " application(s) were answered after the statutory deadline.", a));
    }

    // ---- all counts ----------------------------------------------------------------------------------------

    private static void nonNegative(ReportFigures f, List<Check> out) {
        Map<String, Object> negative = new LinkedHashMap<>();
        ProactiveFigures p = f.proactive();
        neg(negative, "proactive.cumulative_published", p.cumulativePublished());
        neg(negative, "proactive.published_in_year", p.publishedInYear());
        p.publishedInYearByCategory().forEach(c -> neg(negative, "proactive.category." + c.code(), c.count()));
        RegulatoryFigures r = f.regulatory();
        for (ReportInputKey key : ReportInputKey.values()) {
            Object v = value(r, key);
            if (key.kind() != ReportInputKey.Kind.CHANGE && v != null) {
                if (v instanceof BigDecimal d) {
                    neg(negative, "regulatory." + key.name(), d);
                } else {
                    neg(negative, "regulatory." + key.name(), (Long) v);
                }
            }
        }
        for (String doc : List.of("rules", "normative")) {
            DocumentFigures d = doc.equals("rules") ? r.rules() : r.normative();
            neg(negative, "regulatory." + doc + ".issued", d.issued());
            neg(negative, "regulatory." + doc + ".repealed", d.repealed());
            neg(negative, "regulatory." + doc + ".in_force", d.inForce());
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            ApplicationColumn col = f.applications().column(c);
            neg(negative, "applications." + c.key() + "." + OutcomeRow.NEW_KEY, col.newReceived());
            neg(negative, "applications." + c.key() + "." + OutcomeRow.CARRIED_OVER_KEY, col.carriedOver());
            neg(negative, "applications." + c.key() + "." + OutcomeRow.CARRIED_FORWARD_KEY, col.carriedForward());
            col.outcomes().forEach((row, v) -> neg(negative, "applications." + c.key() + "." + row.key(), v));
        }
        for (AppealKind k : AppealKind.values()) {
            AppealBlock b = f.appeals().block(k);
            for (AppealFigures.AppealColumn c : AppealFigures.AppealColumn.values()) {
                neg(negative, "appeals." + k.key() + "_" + c.key(), b.value(c));
            }
        }
        FeeFigures fees = f.fees();
        neg(negative, "fees.charged", fees.charged());
        neg(negative, "fees.waived", fees.waived());
        f.readingPoints().byKind().forEach(k -> {
            neg(negative, "reading_points." + k.kind().name() + ".people", k.people());
            neg(negative, "reading_points." + k.kind().name() + ".items", k.itemsConsulted());
        });
        ActivityFigures a = f.activities();
        neg(negative, "activities.press_conferences", a.pressConferences());
        neg(negative, "activities.trainings", a.trainings());
        neg(negative, "activities.training_participants", a.trainingParticipants());
        if (a.websiteVisits() != null) {
            neg(negative, "activities.website_visits", a.websiteVisits());
        }
        out.add(negative.isEmpty()
                ? new Check("NON_NEGATIVE", "all", Status.PASS, "所有数字均为非负数。", "Every figure is non-negative.", Map.of())
                : new Check("NON_NEGATIVE", "all", Status.FAIL, "以下数字为负数：" + String.join("、", negative.keySet()) + "。",
                "Negative figures: " + String.join(", ", negative.keySet()) + ".", negative));
    }

    private static void neg(Map<String, Object> negative, String key, long v) {
        if (v < 0) {
            negative.put(key, v);
        }
    }

    private static void neg(Map<String, Object> negative, String key, BigDecimal v) {
        if (v.signum() < 0) {
            negative.put(key, v);
        }
    }

    static Map<String, Object> figures(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The worst verdict of a list (PASS for an empty one). */
    public static Status worst(List<Check> checks) {
        return checks.stream().map(Check::status).max(Enum::compareTo).orElse(Status.PASS);
    }
}
