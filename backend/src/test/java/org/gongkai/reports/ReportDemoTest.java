package org.gongkai.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The demonstration as the demo profile loads it — every {@link DemoSeeder} in order, each in its own transaction,
 * as {@code DemoDataLoader} runs them (a {@code @QuarkusTest} runs without the demo profile, so the test calls
 * them itself) — read back through the real report endpoint: the 东区 2011 legacy report computed from the
 * 2011 records gives every figure and paragraph of the published 2011 report, and the national-format reports of
 * the applications demo years balance and pass every check.
 */
@QuarkusTest
class ReportDemoTest {

    private static final Logger LOG = Logger.getLogger(ReportDemoTest.class);
    private static boolean seeded;

    @Inject
    Instance<DemoSeeder> seeders;

    @Inject
    AgencyRepository agencies;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void seedTheDemoOnce() {
        if (seeded) {
            return;
        }
        seedAll();
        seeded = true;
    }

    private void seedAll() {
        for (DemoSeeder s : seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList()) {
            long start = System.nanoTime();
            QuarkusTransaction.requiringNew().timeout(600).run(s::seed);
            LOG.infof("Demo seeder %s (%d): %d ms", s.name(), s.order(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private long district() {
        return QuarkusTransaction.requiringNew().call(() ->
                agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElseThrow().id);
    }

    private JsonPath legacy2011() {
        return given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", district())
                .queryParam("includeSubagencies", true).queryParam("format", "LEGACY")
                .when().get("/api/v1/reports/2011").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the2011LegacyReportOfTheDemoRecordsShowsEveryFigureOfTheSeed() {
        JsonPath r = legacy2011();
        assertThat(r.getString("agencyName")).isEqualTo("攀枝花市东区人民政府");
        assertThat(r.getString("reportStatus")).isEqualTo("DRAFT");
        assertThat(r.getBoolean("includeSubagencies")).isTrue();
        assertThat(r.getInt("checks.fail")).isZero();
        assertThat(r.getList("document.checks.findAll { it.status == 'WARNING' }.code")).containsExactly("WEBSITE_VISITS");
        assertThat(r.getString("document.title")).isEqualTo("攀枝花市东区2011年政府信息公开工作年度报告");
        assertThat(r.getInt("document.figures.proactive.cumulativePublished")).isEqualTo(75_646);
        assertThat(r.getInt("document.figures.proactive.publishedInYear")).isEqualTo(10_759);
        // the seven categories of the 2011 catalogue, in the report's order, as the seed counts them
        List<Map<String, Object>> cats = r.getList(
                "document.figures.proactive.publishedInYearByCategory.findAll { it.scheme == 'LEGACY_2011' }");
        assertThat(cats).extracting(c -> c.get("code") + "=" + c.get("count")).containsExactly("OVERVIEW=113",
                "PLANS=105", "REGULATIONS=376", "NEWS=5436", "PERSONNEL=36", "FINANCE=21", "OTHER=4672");
        String kinds = "document.figures.readingPoints.byKind.find { it.kind == '%s' }.%s";
        assertThat(r.getInt(kinds.formatted("SERVICE_CENTRE", "people"))).isEqualTo(403_517);
        assertThat(r.getInt(kinds.formatted("SERVICE_CENTRE", "itemsConsulted"))).isEqualTo(201_846);
        assertThat(r.getInt(kinds.formatted("SERVICE_CENTRE", "points"))).isEqualTo(2);
        assertThat(r.getInt(kinds.formatted("ARCHIVES", "people")) + r.getInt(kinds.formatted("LIBRARY", "people")))
                .isEqualTo(1_126);
        assertThat(r.getInt(kinds.formatted("ARCHIVES", "itemsConsulted"))
                + r.getInt(kinds.formatted("LIBRARY", "itemsConsulted"))).isEqualTo(1_318);
        assertThat(r.getInt("document.figures.activities.pressConferences")).isEqualTo(3);
        assertThat(r.getInt("document.figures.activities.trainings")).isEqualTo(2);
        assertThat(r.getInt("document.figures.activities.trainingParticipants")).isEqualTo(116);
        assertThat(r.<Object>get("document.figures.activities.websiteVisits")).isNull();
        // no applications, fees or appeals in 2011: the sections say so, as the seed does
        assertThat(r.getString("document.sections.find { it.key == 'on_request' }.text"))
                .startsWith("本年度我区未收到政府信息公开申请。");
        assertThat(r.getString("document.sections.find { it.key == 'fees' }.text"))
                .isEqualTo("目前全区各公开单位均未对依申请提供政府公开信息进行收费。");
    }

    /**
     * The sections computed from the demo records, with the narrative the demo entered, are the published report
     * paragraph by paragraph, with two differences: the one sentence that went out with a blank now says the figure
     * was not recorded (the website-visits warning), and the paragraph on the guide and catalogue, which the seed
     * says were updated, adds the date of their 2011 versions from the records.
     */
    @Test
    void the2011ReportReadsLikeTheSeedParagraphByParagraph() throws IOException, URISyntaxException {
        Path seedFile = Path.of(ReportDemoTest.class.getResource("/seed/dongqu-2011-annual-report.txt").toURI());
        List<String> seed = Files.readAllLines(seedFile, StandardCharsets.UTF_8).stream().skip(3)
                .map(l -> l.replace('\u00a0', ' ').strip())
                .filter(l -> !l.isEmpty() && !l.equals("点击下载此文件")).map(ReportDraftsTest::normalise).toList();
        List<String> report = new ArrayList<>();
        List<Map<String, Object>> sections = legacy2011().getList("document.sections");
        for (Map<String, Object> s : sections) {
            String title = (String) s.get("title");
            if (title != null && !title.isEmpty()) {
                report.add(title);
            }
            ((String) s.get("text")).lines().forEach(report::add);
        }
        assertThat(report).hasSameSizeAs(seed);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).equals(report.get(i))) {
                differences.add(seed.get(i) + "\n=> " + report.get(i));
            }
        }
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).startsWith("（二）不断更新完善信息公开指南和目录。")
                .endsWith("向社会公开本区应该和可以公开的信息。政府信息公开指南最近一次更新于2011年3月15日，"
                        + "政府信息公开目录最近一次更新于2011年3月15日。");
        assertThat(differences.get(1)).contains("2011年攀枝花市东区公众信息网年访问量达（）万余人次。")
                .contains("=> ").contains("2011年攀枝花市东区公众信息网年访问量未作统计。");
        // the stored report the demo started says the same
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", district())
                .when().get("/api/v1/reports/2011/report").then().statusCode(200)
                .body("status.format", equalTo("LEGACY")).body("status.includeSubagencies", equalTo(true))
                .body("document.figures.proactive.cumulativePublished", equalTo(75_646))
                .body("sections.find { it.key == 'proactive' }.text",
                        org.hamcrest.Matchers.containsString("全年共接待公众查询40余万人次"));
    }

    /** The applications demo years in the 2021 national format: every column balances, no check fails or warns. */
    @ParameterizedTest
    @ValueSource(ints = {2024, 2025})
    void theNationalReportsOfTheApplicationsDemoYearsBalanceAndPassEveryCheck(int year) {
        JsonPath r = given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", district())
                .queryParam("includeSubagencies", true).queryParam("format", "NATIONAL_2021")
                .when().get("/api/v1/reports/" + year).then().statusCode(200)
                .body("document.checks.findAll { it.status == 'FAIL' }", empty())
                .extract().jsonPath();
        assertThat(r.getInt("checks.fail")).isZero();
        Map<String, Map<String, Integer>> t3 = r.get("document.tables[1].values");
        assertThat(t3.get("new_requests").get("grand_total")).isGreaterThan(100);
        for (String column : List.of("natural_person", "business_corp", "research_org", "social_org",
                "legal_service_org", "other_org", "grand_total")) {
            int in = t3.get("new_requests").get(column) + t3.get("carried_over").get(column);
            int out = t3.get("result_total").get(column) + t3.get("carry_next_year").get(column);
            assertThat(out).as(column).isEqualTo(in);
        }
        assertThat(r.getList("document.checks.findAll { it.code == 'T3_COLUMN_BALANCE' }.status")).doesNotContain("FAIL");
        LOG.infof("%d national report: %s", year, r.getString("checks"));
    }

    @Test
    void seedingAgainLoadsNothingTwice() {
        seedAll();
        JsonPath r = legacy2011();
        assertThat(r.getInt("document.figures.proactive.cumulativePublished")).isEqualTo(75_646);
        assertThat(r.getInt("document.figures.activities.pressConferences")).isEqualTo(3);
        assertThat(r.getInt("document.figures.readingPoints.byKind.find { it.kind == 'SERVICE_CENTRE' }.people"))
                .isEqualTo(403_517);
        assertThat(r.<Object>get("document.figures.activities.websiteVisits")).isNull();
    }
}
