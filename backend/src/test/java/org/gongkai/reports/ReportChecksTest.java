package org.gongkai.reports;

import org.gongkai.reports.AppealFigures.AppealBlock;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.ApplicationFigures.ApplicationControls;
import org.gongkai.reports.Check.Status;
import org.gongkai.reports.ProactiveFigures.CategoryCount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChecksTest {

    private static List<Check> run(ReportFormat format, ReportFigures f, ReportFigures previous) {
        return ReportChecks.run(format, f, previous);
    }

    private static Check one(List<Check> checks, String code, String subject) {
        return checks.stream().filter(c -> c.code().equals(code) && c.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + code + "/" + subject + " in " + checks));
    }

    private static ReportFigures withColumn(ReportFigures f, ApplicantColumn c, ApplicationColumn col,
                                            ApplicationControls controls) {
        Map<ApplicantColumn, ApplicationColumn> cols = new EnumMap<>(f.applications().columns());
        cols.put(c, col);
        return f.withApplications(new ApplicationFigures(cols, controls, null, null, f.applications().answeredLate()));
    }

    private static ReportFigures complete2021() {
        return ReportFixtures.busy2021();
    }

    @Test
    void aBusyBalancedYearPassesEveryCheck() {
        List<Check> checks = run(ReportFormat.NATIONAL_2021, complete2021(), ReportFixtures.busy2020());
        assertThat(checks).filteredOn(c -> c.status() != Status.PASS).isEmpty();
        assertThat(checks).extracting(Check::code).contains("T3_COLUMN_BALANCE", "T3_OUTCOME_TOTAL", "T3_ROW_TOTAL",
                "T4_BLOCK_TOTAL", "CONTINUITY_CARRIED_OVER", "CONTINUITY_CUMULATIVE", "T2_IN_FORCE_CONTINUITY",
                "INPUT_MISSING", "FEES_CONSISTENT", "WEBSITE_VISITS", "ITEMS_PUBLISHED_LATE",
                "APPLICATIONS_ANSWERED_LATE", "NON_NEGATIVE");
        assertThat(checks.stream().filter(c -> c.code().equals("T3_COLUMN_BALANCE"))).hasSize(7);
        assertThat(one(checks, "T3_COLUMN_BALANCE", "grand_total").figures())
                .containsEntry("new_requests", 150L).containsEntry("carried_over", 2L)
                .containsEntry("result_total", 149L).containsEntry("carry_next_year", 3L);
    }

    @Test
    void anUnbalancedColumnFailsNamingItsFigures() {
        ReportFigures f = withColumn(complete2021(), ApplicantColumn.RESEARCH,
                ReportFixtures.column(2, 0, 1, Map.of(OutcomeRow.DISCLOSED, 2L)), null);
        List<Check> checks = run(ReportFormat.NATIONAL_2021, f, null);
        Check research = one(checks, "T3_COLUMN_BALANCE", "research_org");
        assertThat(research.status()).isEqualTo(Status.FAIL);
        assertThat(research.messageZh()).contains("科研机构", "新收2", "结转下年度1");
        assertThat(research.messageEn()).contains("does not balance");
        assertThat(one(checks, "T3_COLUMN_BALANCE", "grand_total").status()).isEqualTo(Status.FAIL);
        assertThat(one(checks, "T3_COLUMN_BALANCE", "natural_person").status()).isEqualTo(Status.PASS);
        assertThat(ReportChecks.anyFailed(checks)).isTrue();
        assertThat(ReportChecks.worst(checks)).isEqualTo(Status.FAIL);
    }

    @Test
    void printedTotalsAreComparedWithTheRecordsCountedDirectly() {
        ReportFigures ok = complete2021();
        assertThat(one(run(ReportFormat.NATIONAL_2021, ok, null), "T3_OUTCOME_TOTAL", "result_total").status())
                .isEqualTo(Status.PASS);
        // one decided application has no outcome row: the direct count is one higher than the rows add up to
        ReportFigures missing = withColumn(ok, ApplicantColumn.NATURAL_PERSON,
                ok.applications().column(ApplicantColumn.NATURAL_PERSON), new ApplicationControls(151L, 2L, 150L, 3L));
        List<Check> checks = run(ReportFormat.NATIONAL_2021, missing, null);
        Check outcome = one(checks, "T3_OUTCOME_TOTAL", "result_total");
        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.figures()).containsEntry("printed", 149L).containsEntry("counted", 150L);
        assertThat(one(checks, "T3_ROW_TOTAL", "new_requests").status()).isEqualTo(Status.FAIL);
        assertThat(one(checks, "T3_ROW_TOTAL", "carried_over").status()).isEqualTo(Status.PASS);
        assertThat(one(checks, "T3_ROW_TOTAL", "carry_next_year").status()).isEqualTo(Status.PASS);
        // without controls the total is computed and says so
        ReportFigures uncounted = withColumn(ok, ApplicantColumn.NATURAL_PERSON,
                ok.applications().column(ApplicantColumn.NATURAL_PERSON), null);
        Check computed = one(run(ReportFormat.NATIONAL_2021, uncounted, null), "T3_OUTCOME_TOTAL", "result_total");
        assertThat(computed.status()).isEqualTo(Status.PASS);
        assertThat(computed.messageEn()).contains("computed as");
    }

    @Test
    void tableFourBlocksAgainstTheirCountedTotals() {
        ReportFigures f = complete2021().withAppeals(new AppealFigures(new AppealBlock(3, 1, 0, 1, 6L), null,
                new AppealBlock(0, 0, 1, 0, 1L)));
        List<Check> checks = run(ReportFormat.NATIONAL_2021, f, null);
        assertThat(one(checks, "T4_BLOCK_TOTAL", "rev_total").status()).isEqualTo(Status.FAIL);
        assertThat(one(checks, "T4_BLOCK_TOTAL", "rev_total").figures()).containsEntry("printed", 5L)
                .containsEntry("counted", 6L);
        assertThat(one(checks, "T4_BLOCK_TOTAL", "lit_direct_total").status()).isEqualTo(Status.PASS);
        assertThat(one(checks, "T4_BLOCK_TOTAL", "lit_after_rev_total").status()).isEqualTo(Status.PASS);
    }

    @Test
    void carriedOverMustEqualLastYearsCarriedForward() {
        ReportFigures last = ReportFixtures.busy2020();
        assertThat(one(run(ReportFormat.NATIONAL_2021, complete2021(), last), "CONTINUITY_CARRIED_OVER", "natural_person")
                .status()).isEqualTo(Status.PASS);
        ReportFigures wrongLast = withColumn(last, ApplicantColumn.NATURAL_PERSON,
                ReportFixtures.column(90, 1, 4, Map.of(OutcomeRow.DISCLOSED, 80L, OutcomeRow.PARTIAL, 7L)), null);
        List<Check> checks = run(ReportFormat.NATIONAL_2021, complete2021(), wrongLast);
        Check c = one(checks, "CONTINUITY_CARRIED_OVER", "natural_person");
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.messageZh()).contains("本年上年结转2件", "上年度报告结转下年度4件");
        assertThat(one(checks, "CONTINUITY_CARRIED_OVER", "grand_total").status()).isEqualTo(Status.FAIL);
        // no last year: a warning when something was carried over, a pass when nothing was
        List<Check> unknown = run(ReportFormat.NATIONAL_2021, complete2021(), null);
        assertThat(one(unknown, "CONTINUITY_CARRIED_OVER", "natural_person").status()).isEqualTo(Status.WARNING);
        assertThat(one(unknown, "CONTINUITY_CARRIED_OVER", "business_corp").status()).isEqualTo(Status.PASS);
    }

    @Test
    void websiteVisitsMissingIsFlaggedNeverBlank() {
        Check missing = one(run(ReportFormat.LEGACY, ReportFixtures.dongqu2011(), null), "WEBSITE_VISITS", "website_visits");
        assertThat(missing.status()).isEqualTo(Status.WARNING);
        assertThat(missing.messageZh()).contains("没有记录网站访问量", "不会留空");
        ReportFigures partial = ReportFixtures.dongqu2011().withActivities(
                new ActivityFigures(3, null, 2, 2, 116, 120_000L, 7, null, null, null));
        Check p = one(run(ReportFormat.LEGACY, partial, null), "WEBSITE_VISITS", "website_visits");
        assertThat(p.status()).isEqualTo(Status.WARNING);
        assertThat(p.figures()).containsEntry("months_recorded", 7);
        assertThat(one(run(ReportFormat.NATIONAL_2021, complete2021(), null), "WEBSITE_VISITS", "website_visits")
                .status()).isEqualTo(Status.PASS);
    }

    @Test
    void theSeedYearPassesItsArithmeticAndOnlyWarnsAboutTheWebsite() {
        List<Check> checks = run(ReportFormat.LEGACY, ReportFixtures.dongqu2011(), null);
        assertThat(checks).filteredOn(c -> c.status() == Status.FAIL).isEmpty();
        assertThat(checks).filteredOn(c -> c.status() == Status.WARNING).extracting(Check::code)
                .containsExactly("WEBSITE_VISITS");
        assertThat(one(checks, "LEGACY_CATEGORY_SUM", "published_in_year").figures()).containsEntry("categories_sum", 10_759L);
    }

    @Test
    void legacyCategoriesMustAddUp() {
        ReportFigures f = ReportFixtures.dongqu2011();
        ProactiveFigures p = f.proactive();
        ReportFigures fewer = f.withProactive(new ProactiveFigures(p.cumulativePublished(), 10_800,
                p.publishedInYearByCategory(), null, 0, 0));
        assertThat(one(run(ReportFormat.LEGACY, fewer, null), "LEGACY_CATEGORY_SUM", "published_in_year").status())
                .isEqualTo(Status.WARNING);
        ReportFigures more = f.withProactive(new ProactiveFigures(p.cumulativePublished(), 10_000,
                p.publishedInYearByCategory(), null, 0, 0));
        assertThat(one(run(ReportFormat.LEGACY, more, null), "LEGACY_CATEGORY_SUM", "published_in_year").status())
                .isEqualTo(Status.FAIL);
        assertThat(run(ReportFormat.NATIONAL_2021, f, null)).extracting(Check::code).doesNotContain("LEGACY_CATEGORY_SUM");
    }

    @Test
    void cumulativeItemsContinueFromLastYear() {
        ReportFigures now = complete2021();
        Check ok = one(run(ReportFormat.NATIONAL_2021, now, ReportFixtures.busy2020()), "CONTINUITY_CUMULATIVE",
                "cumulative_published");
        assertThat(ok.status()).isEqualTo(Status.PASS);
        ReportFigures withdrawn = now.withProactive(new ProactiveFigures(48_200, 5_302, null, null, 0, 0));
        Check w = one(run(ReportFormat.NATIONAL_2021, withdrawn, ReportFixtures.busy2020()), "CONTINUITY_CUMULATIVE",
                "cumulative_published");
        assertThat(w.status()).isEqualTo(Status.WARNING);
        assertThat(w.messageZh()).contains("应为48210条");
        ReportFigures impossible = now.withProactive(new ProactiveFigures(100, 5_302, null, null, 0, 0));
        assertThat(one(run(ReportFormat.NATIONAL_2021, impossible, null), "CUMULATIVE_COVERS_YEAR",
                "cumulative_published").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void documentsInForceFollowFromLastYear() {
        ReportFigures now = complete2021();
        List<Check> ok = run(ReportFormat.NATIONAL_2021, now, ReportFixtures.busy2020());
        assertThat(one(ok, "T2_IN_FORCE_CONTINUITY", "rules").status()).isEqualTo(Status.PASS);
        assertThat(one(ok, "T2_IN_FORCE_CONTINUITY", "normative_docs").status()).isEqualTo(Status.PASS);
        RegulatoryFigures r = now.regulatory();
        ReportFigures off = now.withRegulatory(new RegulatoryFigures(r.rules(),
                new RegulatoryFigures.DocumentFigures(8, 3, 44, 8, 44), r.licensing(), r.otherServices(), r.penalty(),
                r.coercion(), r.adminFees(), r.procurement()));
        Check c = one(run(ReportFormat.NATIONAL_2021, off, ReportFixtures.busy2020()), "T2_IN_FORCE_CONTINUITY",
                "normative_docs");
        assertThat(c.status()).isEqualTo(Status.WARNING);
        assertThat(c.messageZh()).contains("应为41件");
    }

    @Test
    void requiredInputsOfTheFormat() {
        ReportFigures noFee = complete2021().withRegulatory(ReportFixtures.busy2021().regulatory())
                .withRegulatory(new RegulatoryFigures(null, null, null, null, null, null, null, null));
        Check fee = one(run(ReportFormat.NATIONAL_2021, noFee, null), "INPUT_MISSING", "FEE_INCOME_WAN");
        assertThat(fee.status()).isEqualTo(Status.FAIL);
        assertThat(fee.messageZh()).contains("尚未录入", "行政事业性收费");
        assertThat(one(run(ReportFormat.NATIONAL_2021, complete2021(), null), "INPUT_MISSING", "FEE_INCOME_WAN")
                .status()).isEqualTo(Status.PASS);
        List<Check> trial = run(ReportFormat.NATIONAL_2019, ReportFigures.empty(2019), null);
        assertThat(trial).filteredOn(c -> c.code().equals("INPUT_MISSING")).hasSize(13)
                .allMatch(c -> c.status() == Status.FAIL);
        assertThat(run(ReportFormat.LEGACY, ReportFigures.empty(2011), null)).extracting(Check::code)
                .doesNotContain("INPUT_MISSING");
    }

    @Test
    void enteredDecisionsBelowWhatWasPublishedAreQuestioned() {
        ReportInputs in = new ReportInputs(Map.of(ReportInputKey.LICENSING_DECISIONS,
                new ReportInputs.Value(new BigDecimal("2000"), "editor", Instant.now()),
                ReportInputKey.PENALTY_DECISIONS, new ReportInputs.Value(new BigDecimal("200"), "editor", Instant.now())),
                Map.of());
        ReportFigures f = in.applyTo(complete2021());
        assertThat(f.regulatory().licensing().decisions()).isEqualTo(2000L);
        List<Check> checks = run(ReportFormat.NATIONAL_2021, f, null);
        Check licensing = one(checks, "DECISIONS_BELOW_PUBLISHED", "LICENSING_DECISIONS");
        assertThat(licensing.status()).isEqualTo(Status.WARNING);
        assertThat(licensing.messageZh()).contains("2000", "2310");
        assertThat(one(checks, "DECISIONS_BELOW_PUBLISHED", "PENALTY_DECISIONS").status()).isEqualTo(Status.PASS);
    }

    @Test
    void mattersCannotShrinkBelowZero() {
        ReportFigures f = ReportFigures.empty(2019).withRegulatory(new RegulatoryFigures(null, null,
                new RegulatoryFigures.MatterFigures(10L, -12L, 5L), new RegulatoryFigures.MatterFigures(4L, -1L, 0L),
                null, null, null, null));
        List<Check> checks = run(ReportFormat.NATIONAL_2019, f, null);
        assertThat(one(checks, "T2_MATTERS_NON_NEGATIVE", "admin_permission").status()).isEqualTo(Status.FAIL);
        assertThat(one(checks, "T2_MATTERS_NON_NEGATIVE", "other_admin_services").status()).isEqualTo(Status.PASS);
    }

    @Test
    void feesAndTheirApplicationsAgree() {
        ReportFigures charged = complete2021().withFees(new FeeFigures(new BigDecimal("100"), null, 0, null, null, null));
        assertThat(one(run(ReportFormat.NATIONAL_2021, charged, null), "FEES_CONSISTENT", "fees").status())
                .isEqualTo(Status.FAIL);
        ReportFigures counted = complete2021().withFees(new FeeFigures(null, null, 2, null, null, null));
        assertThat(one(run(ReportFormat.NATIONAL_2021, counted, null), "FEES_CONSISTENT", "fees").status())
                .isEqualTo(Status.FAIL);
        assertThat(one(run(ReportFormat.NATIONAL_2021, complete2021(), null), "FEES_CONSISTENT", "fees").status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void lateItemsAndLateAnswersAreWarnedWithTheirCounts() {
        ReportFigures f = complete2021().withProactive(new ProactiveFigures(48_210, 5_302, null, null, 17, 2));
        f = f.withApplications(new ApplicationFigures(f.applications().columns(), f.applications().controls(), null, null, 4));
        List<Check> checks = run(ReportFormat.NATIONAL_2021, f, null);
        Check items = one(checks, "ITEMS_PUBLISHED_LATE", "published_late");
        assertThat(items.status()).isEqualTo(Status.WARNING);
        assertThat(items.figures()).containsEntry("published_late", 17L).containsEntry("late_unknown", 2L);
        assertThat(items.messageZh()).contains("17条", "另有2条");
        Check answers = one(checks, "APPLICATIONS_ANSWERED_LATE", "answered_late");
        assertThat(answers.status()).isEqualTo(Status.WARNING);
        assertThat(answers.figures()).containsEntry("answered_late", 4L);
    }

    @Test
    void negativeFiguresFail() {
        ReportFigures f = complete2021().withActivities(new ActivityFigures(-1, null, 0, 0, 0, null, 0, null, null, null))
                .withFees(new FeeFigures(new BigDecimal("-5"), null, 1, null, null, null));
        Check c = one(run(ReportFormat.NATIONAL_2021, f, null), "NON_NEGATIVE", "all");
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.figures()).containsKeys("activities.press_conferences", "fees.charged");
        ReportFigures change = ReportFigures.empty(2019).withRegulatory(new RegulatoryFigures(null, null,
                new RegulatoryFigures.MatterFigures(10L, -2L, 5L), null, null, null, null, null));
        assertThat(one(run(ReportFormat.NATIONAL_2019, change, null), "NON_NEGATIVE", "all").status())
                .as("本年增/减 may be negative").isEqualTo(Status.PASS);
    }

    @Test
    void visitsAtNoReadingPointFail() {
        ReportFigures f = complete2021().withReadingPoints(new ReadingPointFigures(List.of(
                new ReadingPointFigures.KindFigures(ReadingPointKind.ARCHIVES, 0, 30, 10)), null, null, null));
        assertThat(one(run(ReportFormat.NATIONAL_2021, f, null), "READING_POINT_WITHOUT_POINTS", "ARCHIVES").status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void categoryCountsOfOtherSchemesDoNotCountForTheLegacyList() {
        ReportFigures f = ReportFixtures.dongqu2011();
        List<CategoryCount> cats = new java.util.ArrayList<>(f.proactive().publishedInYearByCategory());
        cats.add(new CategoryCount("RULES", "规章", CategoryCount.NATIONAL, 3));
        ReportFigures g = f.withProactive(new ProactiveFigures(75_646, 10_759, cats, null, 0, 0));
        assertThat(one(run(ReportFormat.LEGACY, g, null), "LEGACY_CATEGORY_SUM", "published_in_year").status())
                .isEqualTo(Status.PASS);
    }
}
