package org.gongkai.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Formats, deadlines, the life-cycle table, the comparison and the JSON form of the figures. */
class ReportModelTest {

    @Test
    void defaultFormatByYear() {
        assertThat(ReportFormat.defaultFor(2011)).isEqualTo(ReportFormat.LEGACY);
        assertThat(ReportFormat.defaultFor(2018)).isEqualTo(ReportFormat.LEGACY);
        assertThat(ReportFormat.defaultFor(2019)).isEqualTo(ReportFormat.NATIONAL_2019);
        assertThat(ReportFormat.defaultFor(2020)).isEqualTo(ReportFormat.NATIONAL_2019);
        assertThat(ReportFormat.defaultFor(2021)).isEqualTo(ReportFormat.NATIONAL_2021);
        assertThat(ReportFormat.defaultFor(2025)).isEqualTo(ReportFormat.NATIONAL_2021);
    }

    @Test
    void deadlines() {
        ReportDeadline dept = ReportDeadline.of(2024, false, LocalDate.of(2025, 1, 20));
        assertThat(dept.due()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(dept.daysLeft()).isEqualTo(11);
        assertThat(dept.overdue()).isFalse();
        assertThat(dept.ruleZh()).contains("1月31日");
        ReportDeadline gov = ReportDeadline.of(2024, true, LocalDate.of(2025, 4, 2));
        assertThat(gov.due()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(gov.daysLeft()).isEqualTo(-2);
        assertThat(gov.overdue()).isTrue();
        ReportDeadline old = ReportDeadline.of(2011, false, LocalDate.of(2012, 1, 1));
        assertThat(old.due()).as("2007 Regulation: 31 March for every agency").isEqualTo(LocalDate.of(2012, 3, 31));
        assertThat(old.daysLate(LocalDate.of(2012, 10, 22))).isEqualTo(205);
        assertThat(ReportDeadline.of(2019, false, LocalDate.of(2020, 1, 1)).due()).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(ReportDeadline.of(2024, false, LocalDate.of(2025, 1, 31)).daysLeft()).isZero();
    }

    @Test
    void lifeCycleTransitions() {
        assertThat(ReportStatus.DRAFT.after(ReportStatus.Action.LOCK)).contains(ReportStatus.LOCKED);
        assertThat(ReportStatus.DRAFT.after(ReportStatus.Action.EDIT)).contains(ReportStatus.DRAFT);
        assertThat(ReportStatus.DRAFT.allows(ReportStatus.Action.PUBLISH)).isFalse();
        assertThat(ReportStatus.DRAFT.allows(ReportStatus.Action.UNLOCK)).isFalse();
        assertThat(ReportStatus.LOCKED.after(ReportStatus.Action.PUBLISH)).contains(ReportStatus.PUBLISHED);
        assertThat(ReportStatus.LOCKED.after(ReportStatus.Action.UNLOCK)).contains(ReportStatus.DRAFT);
        assertThat(ReportStatus.LOCKED.allows(ReportStatus.Action.EDIT)).isFalse();
        assertThat(ReportStatus.LOCKED.allows(ReportStatus.Action.LOCK)).isFalse();
        assertThat(ReportStatus.PUBLISHED.after(ReportStatus.Action.UNLOCK)).contains(ReportStatus.DRAFT);
        assertThat(ReportStatus.PUBLISHED.allows(ReportStatus.Action.EDIT)).isFalse();
        assertThat(ReportStatus.PUBLISHED.allows(ReportStatus.Action.PUBLISH)).isFalse();
        assertThat(ReportStatus.PUBLISHED.allows(ReportStatus.Action.LOCK)).isFalse();
    }

    @Test
    void comparisonWithLastYear() {
        YearComparison c = YearComparison.of(ReportFormat.NATIONAL_2021, ReportFixtures.busy2021(), ReportFixtures.busy2020());
        assertThat(c.previousAvailable()).isTrue();
        YearComparison.Row items = c.row("proactive.published_in_year");
        assertThat(items.current()).isEqualByComparingTo("5302");
        assertThat(items.previous()).isEqualByComparingTo("4977");
        assertThat(items.difference()).isEqualByComparingTo("325");
        assertThat(items.percentChange()).isEqualByComparingTo("6.5");
        YearComparison.Row apps = c.row("applications.new_requests");
        assertThat(apps.percentChange()).isEqualByComparingTo("66.7");
        YearComparison.Row appeals = c.row("appeals.rev_total");
        assertThat(appeals.previous()).isEqualByComparingTo("0");
        assertThat(appeals.percentChange()).as("no percentage from zero").isNull();
        assertThat(c.row("regulatory.admin_fees.amount_wan").previous()).isNull();
        YearComparison first = YearComparison.of(ReportFormat.LEGACY, ReportFixtures.dongqu2011(), null);
        assertThat(first.previousAvailable()).isFalse();
        assertThat(first.row("proactive.category.NEWS").current()).isEqualByComparingTo("5436");
        assertThat(first.row("activities.website_visits").current()).isNull();
    }

    @Test
    void figuresRoundTripThroughJsonWithStableKeys() throws Exception {
        ReportFigures f = ReportFixtures.busy2021();
        String json = ReportJson.write(f);
        JsonNode tree = ReportJson.MAPPER.readTree(json);
        assertThat(tree.at("/applications/columns/natural_person/newReceived").asLong()).isEqualTo(120);
        assertThat(tree.at("/applications/columns/natural_person/outcomes/result_open").asLong()).isEqualTo(60);
        assertThat(tree.at("/applications/columns/legal_service_org/outcomes/result_not_public_case_file").asLong())
                .isEqualTo(2);
        assertThat(tree.at("/regulatory/adminFees/amountWan").decimalValue()).isEqualByComparingTo("12.35");
        ReportFigures back = ReportJson.read(json, ReportFigures.class);
        assertThat(back).isEqualTo(f);
        assertThat(ReportFingerprint.of(back)).isEqualTo(ReportFingerprint.of(f));
        ReportFigures seed = ReportFixtures.dongqu2011();
        assertThat(ReportJson.read(ReportJson.write(seed), ReportFigures.class)).isEqualTo(seed);
    }

    @Test
    void fingerprintsDifferWithTheData() {
        assertThat(ReportFingerprint.of(ReportFixtures.busy2021())).isNotEqualTo(ReportFingerprint.of(ReportFixtures.busy2020()));
        assertThat(ReportFingerprint.of(java.util.Map.of("a", 1, "b", 2)))
                .isEqualTo(ReportFingerprint.of(new java.util.TreeMap<>(java.util.Map.of("b", 2, "a", 1))));
    }

    @Test
    void monthlyFiguresNeedTwelveValues() {
        assertThatThrownBy(() -> new ProactiveFigures(0, 0, null, java.util.List.of(1L, 2L), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProactiveFigures.none().publishedByMonth()).hasSize(12).containsOnly(0L);
    }

    @Test
    void subjectsNameThemselves() {
        assertThat(ReportFixtures.dongqu(2011).self()).isEqualTo("我区");
        assertThat(ReportFixtures.dongqu(2011).place()).isEqualTo("东区");
        assertThat(ReportFixtures.dongqu(2011).allUnits()).isEqualTo("全区各公开单位");
        assertThat(new ReportSubject(1, "米易县人民政府", null, true, false, 2020).self()).isEqualTo("我县");
        assertThat(new ReportSubject(1, "米易县人民政府", null, true, false, 2020).allUnits()).isEqualTo("我县");
        assertThat(new ReportSubject(1, "东区卫生健康委员会", null, false, false, 2020).self()).isEqualTo("我委");
        assertThat(new ReportSubject(1, "东区政务服务中心", null, false, false, 2020).self()).isEqualTo("我中心");
        assertThat(new ReportSubject(1, "某机构", null, false, false, 2020).self()).isEqualTo("本机关");
    }

    @Test
    void inputsReplaceOrSupplyFiguresAndSayWho() {
        java.time.Instant at = java.time.Instant.parse("2022-01-10T03:00:00Z");
        ReportInputs in = new ReportInputs(java.util.Map.of(
                ReportInputKey.FEE_INCOME_WAN, new ReportInputs.Value(new BigDecimal("3.5"), "editor", at),
                ReportInputKey.COERCION_DECISIONS, new ReportInputs.Value(new BigDecimal("11"), "admin", at),
                ReportInputKey.PROCUREMENT_PROJECTS, new ReportInputs.Value(new BigDecimal("4"), "editor", at)),
                java.util.Map.of());
        ReportFigures f = in.applyTo(ReportFixtures.busy2021());
        assertThat(f.regulatory().adminFees().amountWan()).isEqualByComparingTo("3.5");
        assertThat(f.regulatory().coercion().decisions()).isEqualTo(11L);
        assertThat(f.regulatory().procurement().projects()).isEqualTo(4L);
        assertThat(f.regulatory().penalty().decisions()).isEqualTo(187L);
        assertThat(f.entered()).extracting(EnteredFigure::key).containsExactlyInAnyOrder(ReportInputKey.FEE_INCOME_WAN,
                ReportInputKey.COERCION_DECISIONS, ReportInputKey.PROCUREMENT_PROJECTS);
        EnteredFigure coercion = f.entered().stream().filter(e -> e.key() == ReportInputKey.COERCION_DECISIONS)
                .findFirst().orElseThrow();
        assertThat(coercion.computed()).isEqualByComparingTo("9");
        assertThat(coercion.enteredBy()).isEqualTo("admin");
        assertThat(in.narrative(NarrativeSlot.LEGACY_OTHER)).isEqualTo(NarrativeSlot.LEGACY_OTHER.defaultText());
    }
}
