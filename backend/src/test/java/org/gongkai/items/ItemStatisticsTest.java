package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The annual report's proactive-disclosure figures, on a small catalogue whose answers are known. */
@QuarkusTest
class ItemStatisticsTest {

    @Inject
    ItemStatistics statistics;

    @Inject
    ItemBulkLoader loader;

    @Inject
    ItemTestSupport items;

    private static long agency;
    private static long other;
    private static List<String> numbers;

    private static HistoricalItem row(String category, String written, String published) {
        return HistoricalItem.of(agency, category, category + " " + published, LocalDate.parse(written),
                LocalDate.parse(published));
    }

    private static HistoricalItem rule(String category, String written, String published, Validity v, String repeal) {
        return new HistoricalItem(agency, category, category + " " + published, null, LocalDate.parse(written),
                LocalDate.parse(published), null, null, null, null, v, repeal == null ? null : LocalDate.parse(repeal),
                null);
    }

    @BeforeEach
    void catalogue() {
        if (numbers != null) {
            return;
        }
        agency = items.agency("T-ITM-STAT").id;
        other = items.agency("T-ITM-STAT-B").id;
        List<HistoricalItem> rows = new ArrayList<>(List.of(
                rule("NORMATIVE", "2018-04-02", "2018-04-04", Validity.REPEALED, "2021-03-01"),
                rule("NORMATIVE", "2019-05-01", "2019-05-03", Validity.REPEALED, "2020-08-01"),
                row("NEWS", "2019-03-01", "2019-03-04"),
                row("NEWS", "2019-09-02", "2019-09-03"),
                row("NEWS", "2020-01-02", "2020-01-06"),
                row("NEWS", "2019-11-01", "2020-01-07"),
                row("NEWS", "2020-03-02", "2020-03-03"),
                rule("RULES", "2020-06-01", "2020-06-02", Validity.IN_FORCE, null),
                rule("NORMATIVE", "2020-02-03", "2020-02-03", Validity.IN_FORCE, null),
                row("LICENSING", "2020-04-01", "2020-04-01"),
                row("LICENSING", "2020-04-01", "2020-04-02"),
                row("PENALTY", "2020-05-06", "2020-05-06"),
                row("COERCION", "2020-12-29", "2020-12-30"),
                row("NEWS", "2021-01-04", "2021-01-05"),
                row("NEWS", "2006-03-01", "2006-04-20")));
        rows.add(HistoricalItem.of(other, "NEWS", "另一机关", LocalDate.parse("2020-03-02"), LocalDate.parse("2020-03-03")));
        numbers = loader.loadPublished(rows).indexNumbers();
    }

    @Test
    void yearFiguresCountWhatTheReportNeeds() {
        long withdrawnEarly = items.idOf(numbers.get(2));
        items.withdrawnOn(withdrawnEarly, LocalDate.of(2020, 6, 1));
        long withdrawnLate = items.idOf(numbers.get(3));
        items.withdrawnOn(withdrawnLate, LocalDate.of(2022, 1, 10));

        ItemYearFigures f = statistics.forYear(List.of(agency), 2020);
        assertThat(f.publishedInYear()).isEqualTo(9);
        // 2006, 2018, 2019 (3 of them) and 2020 (9), less the one withdrawn on 1 June 2020.
        assertThat(f.cumulativePublished()).isEqualTo(13);
        assertThat(f.publishedByMonth()).containsExactly(2, 1, 1, 2, 1, 1, 0, 0, 0, 0, 0, 1);
        assertThat(f.inCategory("NEWS")).isEqualTo(3);
        assertThat(f.rulesIssued()).isEqualTo(1);
        assertThat(f.rulesRepealed()).isZero();
        assertThat(f.rulesInForce()).isEqualTo(1);
        assertThat(f.normativeIssued()).isEqualTo(1);
        assertThat(f.normativeRepealed()).isEqualTo(1);
        assertThat(f.normativeInForce()).isEqualTo(2);
        assertThat(f.licensingPublished()).isEqualTo(2);
        assertThat(f.penaltyPublished()).isEqualTo(1);
        assertThat(f.coercionPublished()).isEqualTo(1);
        assertThat(f.publishedLate()).isEqualTo(1);
        assertThat(f.lateUnknown()).isZero();
        assertThat(f.publishedInYearByCategory()).extracting(ItemYearFigures.CategoryCount::code)
                .contains("OVERVIEW", "PLANS", "REGULATIONS", "NEWS", "PERSONNEL", "FINANCE", "OTHER", "RULES",
                        "NORMATIVE", "ANNUAL_REPORT");
        assertThat(f.publishedInYearByCategory()).filteredOn(c -> c.code().equals("OVERVIEW"))
                .singleElement().satisfies(c -> {
                    assertThat(c.count()).isZero();
                    assertThat(c.nameZh()).isEqualTo("概况信息");
                    assertThat(c.scheme()).isEqualTo(Category.Scheme.LEGACY_2011);
                });

        ItemYearFigures y2021 = statistics.forYear(List.of(agency), 2021);
        assertThat(y2021.publishedInYear()).isEqualTo(1);
        assertThat(y2021.normativeRepealed()).isEqualTo(1);
        assertThat(y2021.normativeInForce()).isEqualTo(1);
        assertThat(y2021.cumulativePublished()).isEqualTo(14);

        assertThat(statistics.forYear(List.of(agency), 2006).lateUnknown()).isEqualTo(1);
        assertThat(statistics.forYear(List.of(agency, other), 2020).publishedInYear()).isEqualTo(10);
        assertThat(statistics.forYear(List.of(), 2020).publishedInYear()).isZero();

        given().queryParam("agencyId", agency).when().get("/api/v1/items/statistics/2020").then().statusCode(200)
                .body("publishedInYear", equalTo(9)).body("normativeInForce", equalTo(2))
                .body("publishedByMonth[0]", equalTo(2));
        given().when().get("/api/v1/items/statistics/1800").then().statusCode(400);
        given().queryParam("agencyId", 987654321).when().get("/api/v1/items/statistics/2020").then().statusCode(400);
    }
}
