package org.gongkai.openstats;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.items.ItemTestSupport;
import org.gongkai.readingpoints.ReadingPointFixtures;
import org.gongkai.support.CrossFeatureRecords;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The portal's open statistics: public, aggregate figures of published items, applications and visits of one
 * agency and year, exactly as recorded below; drafts, items waiting for review and anything about an applicant
 * never appear; the CSV files carry the same figures, UTF-8 with a byte-order mark.
 */
@QuarkusTest
class OpenStatisticsResourceTest {

    private static final String A = "T-OST-A";
    /** A parent with no records of its own, and its sub-agency. */
    private static final String PARENT = "T-OST-P";
    private static final String CHILD = "T-OST-C";
    private static final int YEAR = 2024;
    private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String DRAFT_TITLE = "开放统计不得出现的草稿标题";
    private static final String PENDING_TITLE = "开放统计不得出现的待审查标题";
    private static final String DESCRIPTION = "开放统计测试申请内容描述";

    @Inject
    Fixtures fixtures;

    @Inject
    ItemTestSupport items;

    @Inject
    ReadingPointFixtures points;

    private static long agencyA;
    private static long parent;

    @BeforeEach
    void data() {
        if (agencyA != 0) {
            return;
        }
        agencyA = fixtures.department(A).id;
        // Items: two plans in March, one statistics item in July; a draft and one waiting for review, both in
        // categories that would otherwise show them.
        items.publish(A, written(ItemTestSupport.draft(agencyA, "PLANNING", "开放统计规划一")), LocalDate.of(YEAR, 3, 5));
        items.publish(A, written(ItemTestSupport.draft(agencyA, "PLANNING", "开放统计规划二")), LocalDate.of(YEAR, 3, 20));
        items.publish(A, written(ItemTestSupport.draft(agencyA, "STATISTICS", "开放统计数据")), LocalDate.of(YEAR, 7, 1));
        items.createDraft(A, written(ItemTestSupport.draft(agencyA, "PLANNING", DRAFT_TITLE)));
        long pending = items.createDraft(A, written(ItemTestSupport.draft(agencyA, "STATISTICS", PENDING_TITLE)));
        String editor = items.editor(A);
        items.action(editor, pending, "submission", Map.of("version", items.version(pending, editor))).statusCode(200);

        // Applications: two received in April and decided (disclosed, not held), one received in May still open.
        String caseworker = fixtures.tokenInAgency(Role.CASEWORKER, A);
        long disclosed = CrossFeatureRecords.registerApplication(caseworker, agencyA, LocalDate.of(YEAR, 4, 8), DESCRIPTION);
        CrossFeatureRecords.decide(caseworker, disclosed, LocalDate.of(YEAR, 4, 19), "DISCLOSED");
        long notHeld = CrossFeatureRecords.registerApplication(caseworker, agencyA, LocalDate.of(YEAR, 4, 15), DESCRIPTION);
        CrossFeatureRecords.decide(caseworker, notHeld, LocalDate.of(YEAR, 4, 26), "UNAVAILABLE_NOT_HELD");
        CrossFeatureRecords.registerApplication(caseworker, agencyA, LocalDate.of(YEAR, 5, 6), DESCRIPTION);

        // Visits: a visit and a tally in June, a tally in September at one library; website visits of June and July.
        long point = points.point(A, "LIBRARY");
        String clerk = fixtures.tokenInAgency(Role.CLERK, A);
        CrossFeatureRecords.visit(clerk, point, LocalDate.of(YEAR, 6, 3), 3, 2);
        CrossFeatureRecords.tally(clerk, point, LocalDate.of(YEAR, 6, 4), 10, 4);
        CrossFeatureRecords.tally(clerk, point, LocalDate.of(YEAR, 9, 2), 5, 1);
        CrossFeatureRecords.websiteVisits(editor, agencyA, YEAR, 6, 1200);
        CrossFeatureRecords.websiteVisits(editor, agencyA, YEAR, 7, 1300);

        // The sub-agency publishes two items in May; one is withdrawn in October.
        parent = fixtures.department(PARENT).id;
        long child = fixtures.departmentUnder(CHILD, PARENT).id;
        items.publish(CHILD, written(ItemTestSupport.draft(child, "STATISTICS", "下级单位统计一")), LocalDate.of(YEAR, 5, 10));
        long withdrawn = items.publish(CHILD, written(ItemTestSupport.draft(child, "STATISTICS", "下级单位统计二")),
                LocalDate.of(YEAR, 5, 12));
        items.withdrawnOn(withdrawn, LocalDate.of(YEAR, 10, 1));
    }

    private static Map<String, Object> written(Map<String, Object> item) {
        item.put("writtenDate", LocalDate.of(YEAR, 3, 1).toString());
        return item;
    }

    private static ValidatableResponse stats(Object year) {
        return given().queryParam("agencyId", agencyA).queryParam("year", year)
                .when().get("/api/v1/open-statistics").then();
    }

    private static Response csv(String dataset, String lang) {
        var request = given().queryParam("agencyId", agencyA).queryParam("year", YEAR);
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        return request.when().get("/api/v1/open-statistics/" + dataset + ".csv");
    }

    /** The CSV's rows (after checking the byte-order mark), cells split on commas: no cell here is quoted. */
    private static List<List<String>> rows(Response r) {
        byte[] bytes = r.asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertFalse(text.startsWith("\uFEFF"), "one BOM only");
        return Arrays.stream(text.split("\r\n")).map(l -> Arrays.asList(l.split(",", -1))).toList();
    }

    @Test
    void publishedItemsByCategoryMonthAndYear() {
        stats(YEAR).statusCode(200)
                .body("year", equalTo(YEAR))
                .body("years", contains(THIS_YEAR, YEAR))
                .body("agencyId", equalTo((int) agencyA))
                .body("agencyName", equalTo("测试部门 " + A))
                .body("items.publishedInYear", equalTo(3))
                .body("items.cumulativePublished", equalTo(3))
                .body("items.byCategory.find { it.code == 'PLANNING' }.count", equalTo(2))
                .body("items.byCategory.find { it.code == 'PLANNING' }.nameZh", equalTo("规划计划"))
                .body("items.byCategory.find { it.code == 'STATISTICS' }.count", equalTo(1))
                .body("items.byCategory.findAll { it.code != 'PLANNING' && it.code != 'STATISTICS' }.count.sum()",
                        equalTo(0))
                .body("items.byMonth", contains(0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0))
                .body("items.byYear.year", contains(YEAR))
                .body("items.byYear.count", contains(3));
    }

    @Test
    void anAgencyCountsWithTheAgenciesUnderItAndWithdrawalsLeaveTheYearsCount() {
        given().queryParam("agencyId", parent).queryParam("year", YEAR).when().get("/api/v1/open-statistics").then()
                .statusCode(200)
                .body("agencyName", equalTo("测试部门 " + PARENT))
                .body("items.publishedInYear", equalTo(2))
                .body("items.cumulativePublished", equalTo(1))
                .body("items.byMonth[4]", equalTo(2))
                .body("items.byCategory.find { it.code == 'STATISTICS' }.count", equalTo(2))
                .body("applications.received", equalTo(0));
        given().queryParam("agencyId", parent).queryParam("year", YEAR - 1).when().get("/api/v1/open-statistics").then()
                .statusCode(200).body("items.publishedInYear", equalTo(0)).body("items.cumulativePublished", equalTo(0));
    }

    @Test
    void applicationsAndOutcomesByGroup() {
        stats(YEAR).statusCode(200)
                .body("applications.received", equalTo(3))
                .body("applications.carriedOver", equalTo(0))
                .body("applications.concluded", equalTo(2))
                .body("applications.carriedForward", equalTo(1))
                .body("applications.outcomes.group",
                        contains("DISCLOSED", "PARTIAL", "WITHHELD", "UNAVAILABLE", "NOT_PROCESSED", "OTHER"))
                .body("applications.outcomes.count", contains(1, 0, 0, 1, 0, 0))
                .body("applications.outcomes[3].labelZh", equalTo("无法提供"))
                .body("applications.receivedByMonth.group",
                        contains("PENDING", "DISCLOSED", "PARTIAL", "WITHHELD", "UNAVAILABLE", "NOT_PROCESSED", "OTHER"))
                .body("applications.receivedByMonth.find { it.group == 'PENDING' }.byMonth",
                        contains(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0))
                .body("applications.receivedByMonth.find { it.group == 'DISCLOSED' }.byMonth",
                        contains(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0))
                .body("applications.receivedByMonth.find { it.group == 'UNAVAILABLE' }.byMonth",
                        contains(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void visitsByMonthAndKindWithWebsiteVisits() {
        stats(YEAR).statusCode(200)
                .body("visits.people", equalTo(18))
                .body("visits.itemsConsulted", equalTo(7))
                .body("visits.byMonth.size()", equalTo(12))
                .body("visits.byMonth.people", contains(0, 0, 0, 0, 0, 13, 0, 0, 5, 0, 0, 0))
                .body("visits.byMonth.itemsConsulted", contains(0, 0, 0, 0, 0, 6, 0, 0, 1, 0, 0, 0))
                .body("visits.byMonth.websiteVisits",
                        contains(null, null, null, null, null, 1200, 1300, null, null, null, null, null))
                .body("visits.websiteVisits", equalTo(2500))
                .body("visits.websiteMonthsRecorded", equalTo(2))
                .body("visits.byKind.find { it.kind == 'LIBRARY' }.points", equalTo(1))
                .body("visits.byKind.find { it.kind == 'LIBRARY' }.people", equalTo(18))
                .body("visits.byKind.find { it.kind == 'LIBRARY' }.labelZh", equalTo("公共图书馆"))
                .body("visits.byKind.findAll { it.kind != 'LIBRARY' }.people.sum()", equalTo(0));
    }

    @Test
    void onlyAggregatesNeverARecordADraftOrAnApplicant() {
        String body = stats(YEAR).statusCode(200).extract().asString();
        for (String secret : List.of(DRAFT_TITLE, PENDING_TITLE, "开放统计规划一", CrossFeatureRecords.APPLICANT,
                "13812345678", "510402198001011", "applicant@example.cn", DESCRIPTION, "炳草岗")) {
            assertFalse(body.contains(secret), "the open statistics show " + secret);
        }
        for (String dataset : OpenStatisticsCsv.Dataset.slugs()) {
            String text = csv(dataset, null).then().statusCode(200).extract().asString();
            assertFalse(text.contains(DRAFT_TITLE) || text.contains(CrossFeatureRecords.APPLICANT)
                    || text.contains(DESCRIPTION), dataset + " shows a record");
        }
        // The draft and the item waiting for review are in the categories counted, yet not counted.
        stats(THIS_YEAR).statusCode(200).body("items.publishedInYear", equalTo(0))
                .body("items.cumulativePublished", equalTo(3));
    }

    @Test
    void anyoneMayReadThemAndTheYearDefaultsToThisYear() {
        given().queryParam("agencyId", agencyA).when().get("/api/v1/open-statistics").then().statusCode(200)
                .body("year", equalTo(THIS_YEAR))
                .body("applications.received", equalTo(0))
                .body("applications.carriedOver", equalTo(1));
        // The whole district (no agency): every agency's figures, so at least this agency's.
        given().queryParam("year", YEAR).when().get("/api/v1/open-statistics").then().statusCode(200)
                .body("agencyId", nullValue())
                .body("items.publishedInYear", greaterThanOrEqualTo(3))
                .body("visits.people", greaterThanOrEqualTo(18));
        // A signed-in member of staff gets the same public figures.
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agencyA).queryParam("year", YEAR)
                .when().get("/api/v1/open-statistics").then().statusCode(200).body("items.publishedInYear", equalTo(3));
    }

    @Test
    void badYearAndUnknownAgency() {
        stats(1999).statusCode(400).body("violations[0].field", equalTo("year"));
        stats(THIS_YEAR + 1).statusCode(400).body("violations[0].field", equalTo("year"));
        stats("last").statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        given().header("Accept-Language", "en").queryParam("year", 1999).when().get("/api/v1/open-statistics").then()
                .statusCode(400).body("violations[0].message", equalTo("The year must be between 2000 and " + THIS_YEAR + "."));
        given().queryParam("agencyId", 987_654_321L).when().get("/api/v1/open-statistics").then()
                .statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }

    @Test
    void csvOfItemsByCategoryInChineseWithBomAndTotal() {
        Response r = csv("items-by-category", "zh-CN");
        r.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", allOf(startsWith("attachment"),
                        containsString("%E4%B8%BB%E5%8A%A8%E5%85%AC%E5%BC%80")));
        List<List<String>> rows = rows(r);
        assertEquals(List.of("类别代码", "类别", "目录", "发布数量"), rows.get(0));
        assertEquals(List.of("PLANNING", "规划计划", "法定公开内容", "2"),
                rows.stream().filter(row -> row.get(0).equals("PLANNING")).findFirst().orElseThrow());
        assertEquals(List.of("STATISTICS", "统计信息", "法定公开内容", "1"),
                rows.stream().filter(row -> row.get(0).equals("STATISTICS")).findFirst().orElseThrow());
        assertEquals(List.of("合计", "", "", "3"), rows.get(rows.size() - 1));
        // One row per category of the JSON, between header and total.
        int categories = stats(YEAR).extract().path("items.byCategory.size()");
        assertEquals(categories + 2, rows.size());
    }

    @Test
    void csvInEnglishByAcceptLanguage() {
        Response r = given().header("Accept-Language", "en").queryParam("agencyId", agencyA).queryParam("year", YEAR)
                .when().get("/api/v1/open-statistics/application-outcomes.csv");
        r.then().statusCode(200).header("Content-Disposition", containsString("application-outcomes-2024.csv"));
        List<List<String>> rows = rows(r);
        assertEquals(List.of("Outcome", "Applications"), rows.get(0));
        assertEquals(List.of("Disclosed", "1"), rows.get(1));
        assertEquals(List.of("Cannot be provided", "1"), rows.get(4));
        assertEquals(List.of("Total", "2"), rows.get(rows.size() - 1));
    }

    @Test
    void csvValuesMatchTheFigures() {
        List<List<String>> months = rows(csv("items-by-month", "zh-CN"));
        assertEquals(List.of("月份", "发布数量"), months.get(0));
        List<Integer> byMonth = stats(YEAR).extract().path("items.byMonth");
        for (int m = 1; m <= 12; m++) {
            assertEquals(List.of(String.valueOf(m), String.valueOf(byMonth.get(m - 1))), months.get(m));
        }
        assertEquals(List.of("合计", "3"), months.get(13));

        List<List<String>> applications = rows(csv("applications-by-month", "en"));
        assertEquals(List.of("Month", "Received", "Not concluded yet", "Disclosed", "Partly disclosed", "Withheld",
                "Cannot be provided", "Not processed", "Other handling"), applications.get(0));
        assertEquals(List.of("4", "2", "0", "1", "0", "0", "1", "0", "0"), applications.get(4));
        assertEquals(List.of("5", "1", "1", "0", "0", "0", "0", "0", "0"), applications.get(5));
        assertEquals(List.of("Total", "3", "1", "1", "0", "0", "1", "0", "0"), applications.get(13));

        List<List<String>> visits = rows(csv("visits-by-month", "zh-CN"));
        assertEquals(List.of("月份", "查阅点接待人次", "查阅信息数", "网站公开专栏访问量"), visits.get(0));
        assertEquals(List.of("1", "0", "0", ""), visits.get(1));
        assertEquals(List.of("6", "13", "6", "1200"), visits.get(6));
        assertEquals(List.of("7", "0", "0", "1300"), visits.get(7));
        assertEquals(List.of("合计", "18", "7", "2500"), visits.get(13));

        List<List<String>> kinds = rows(csv("visits-by-kind", "zh-CN"));
        assertEquals(List.of("公共图书馆", "1", "18", "7"),
                kinds.stream().filter(row -> row.get(0).equals("公共图书馆")).findFirst().orElseThrow());
        assertEquals(List.of("合计", "1", "18", "7"), kinds.get(kinds.size() - 1));

        List<List<String>> years = rows(csv("items-by-year", "zh-CN"));
        assertEquals(List.of(List.of("年度", "发布数量"), List.of("2024", "3"), List.of("合计", "3")), years);
    }

    @Test
    void csvErrors() {
        given().queryParam("year", YEAR).when().get("/api/v1/open-statistics/applicants.csv").then()
                .statusCode(404).body("code", equalTo("DATASET_NOT_FOUND"))
                .body("detail", containsString("items-by-category"));
        given().queryParam("year", 1999).when().get("/api/v1/open-statistics/items-by-month.csv").then()
                .statusCode(400).body("violations[0].field", equalTo("year"));
        given().queryParam("year", YEAR).queryParam("lang", "fr").when()
                .get("/api/v1/open-statistics/items-by-month.csv").then()
                .statusCode(400).body("violations[0].field", equalTo("lang"));
        given().queryParam("agencyId", 987_654_321L).when().get("/api/v1/open-statistics/items-by-month.csv").then()
                .statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }
}
