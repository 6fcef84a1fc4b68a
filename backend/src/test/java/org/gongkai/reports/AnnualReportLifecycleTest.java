package org.gongkai.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.agencies.Agency;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.reports.ReportRecords.application;
import static org.gongkai.reports.ReportRecords.decided;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The report's life through the real endpoints, over records entered through the features (catalogue bulk
 * loader, applications import, activities and website statistics): statistics, start, sections, regeneration,
 * settings, lock, publish (into the catalogue and the public pages), unlock, and every refusal.
 */
@QuarkusTest
class AnnualReportLifecycleTest {

    private static final String API = "/api/v1/reports/";

    @Inject
    Fixtures fixtures;

    @Inject
    ReportRecords records;

    @Inject
    YearLocks yearLocks;

    static ValidatableResponse start(String token, long agency, int year, String format, Boolean sub) {
        Map<String, Object> body = new HashMap<>();
        body.put("format", format);
        body.put("includeSubagencies", sub);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(API + year + "/draft").then();
    }

    static ValidatableResponse statistics(String token, long agency, int year, String format) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).queryParam("format", format)
                .when().get(API + year).then();
    }

    static ValidatableResponse status(String token, long agency, int year) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).when().get(API + year + "/status").then();
    }

    static int version(String token, long agency, int year) {
        return status(token, agency, year).statusCode(200).extract().path("version");
    }

    static ValidatableResponse lock(String token, long agency, int year, Object version, String override) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("overrideReason", override);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(API + year + "/locking").then();
    }

    static ValidatableResponse publish(String token, long agency, int year, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(API + year + "/publication").then();
    }

    static ValidatableResponse regenerate(String token, long agency, int year) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).when().post(API + year + "/regeneration").then();
    }

    static ValidatableResponse unlock(String token, long agency, int year, Object version, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(API + year + "/unlocking").then();
    }

    static ValidatableResponse settings(String token, long agency, int year, Boolean sub, String format, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("includeSubagencies", sub);
        body.put("format", format);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().put(API + year + "/settings").then();
    }

    private static ValidatableResponse edit(String token, long agency, int year, String key, String text, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().put(API + year + "/sections/" + key).then();
    }

    private static ValidatableResponse resolve(String token, long agency, int year, String key, String choice,
                                               Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("choice", choice);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(API + year + "/sections/" + key + "/resolution").then();
    }

    private static int sectionVersion(String token, long agency, int year, String key) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).when()
                .get(API + year + "/sections").then().statusCode(200)
                .extract().path("find { it.key == '" + key + "' }.version");
    }

    private static ValidatableResponse putInputs(String token, long agency, int year, Map<String, Object> figures,
                                                 Map<String, Object> narratives) {
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency)
                .body(Map.of("figures", figures, "narratives", narratives, "version", 0))
                .when().put(API + year + "/inputs").then();
    }

    /**
     * A 2021 department year: 7 items (5 the year before), four applications — one carried over from 2020, one
     * carried into 2022 —, a press conference and website visits in every month.
     */
    private Agency busyYear(String code) {
        Agency dept = fixtures.department(code);
        records.items(dept.id, "NEWS", 2020, 5);
        records.items(dept.id, "NEWS", 2021, 7);
        records.applications(List.of(
                application(code, "NATURAL_PERSON", "2020-12-21", List.of(decided("2021-01-08", "DISCLOSED"))),
                application(code, "NATURAL_PERSON", "2021-03-04", List.of(decided("2021-03-19", "UNAVAILABLE_NOT_HELD"))),
                application(code, "BUSINESS", "2021-05-10", List.of(decided("2021-05-24", "DISCLOSED"))),
                application(code, "NATURAL_PERSON", "2021-12-27", List.of(decided("2022-01-10", "DISCLOSED")))));
        records.pressConference(dept.id, LocalDate.of(2021, 6, 15), "测试新闻发布会 " + code);
        for (int m = 1; m <= 12; m++) {
            records.websiteVisits(dept.id, 2021, m, 1_000 + m);
        }
        return dept;
    }

    @Test
    void aNationalYearFromTheRecordsBalancesLocksPublishesIntoTheCatalogueAndTheNoticeBoard() throws IOException {
        Agency dept = busyYear("T-RPT-BUSY");
        String editor = fixtures.token(Role.EDITOR);
        String reviewer = fixtures.token(Role.REVIEWER);
        String admin = fixtures.token(Role.ADMIN);

        // the statistics before anything is started: counted from the records, nothing stored
        statistics(reviewer, dept.id, 2021, null).statusCode(200)
                .body("reportStatus", equalTo("NOT_STARTED")).body("format", equalTo("NATIONAL_2021"))
                .body("includeSubagencies", equalTo(false))
                .body("deadline.due", equalTo("2022-01-31"))
                .body("checks.fail", equalTo(1))
                .body("document.figures.proactive.cumulativePublished", equalTo(12))
                .body("document.figures.proactive.publishedInYear", equalTo(7))
                .body("document.tables[1].values.new_requests.natural_person", equalTo(2))
                .body("document.tables[1].values.new_requests.business_corp", equalTo(1))
                .body("document.tables[1].values.new_requests.grand_total", equalTo(3))
                .body("document.tables[1].values.carried_over.grand_total", equalTo(1))
                .body("document.tables[1].values.result_open.grand_total", equalTo(2))
                .body("document.tables[1].values.result_cannot_provide_not_held.natural_person", equalTo(1))
                .body("document.tables[1].values.result_total.grand_total", equalTo(3))
                .body("document.tables[1].values.carry_next_year.grand_total", equalTo(1))
                .body("document.figures.activities.pressConferences", equalTo(1))
                .body("document.figures.activities.websiteVisits", equalTo(12_078))
                .body("document.checks.find { it.code == 'INPUT_MISSING' }.status", equalTo("FAIL"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).queryParam("summary", true)
                .when().get(API + "2021").then().statusCode(200)
                .body("document", nullValue()).body("checks.pass", greaterThan(5));

        start(editor, dept.id, 2021, "NATIONAL_2021", null).statusCode(201)
                .header("Location", endsWith("/api/v1/reports/2021/report?agencyId=" + dept.id))
                .body("status.status", equalTo("DRAFT")).body("status.includeSubagencies", equalTo(false))
                .body("document.figures.proactive.publishedInYear", equalTo(7));
        statistics(reviewer, dept.id, 2021, null).statusCode(200).body("reportStatus", equalTo("DRAFT"));
        // locking with a failing check is refused, and a reviewer may not override it
        lock(reviewer, dept.id, 2021, version(editor, dept.id, 2021), null).statusCode(409)
                .body("code", equalTo("CHECKS_FAILED")).body("detail", containsString("行政事业性收费"));
        lock(reviewer, dept.id, 2021, version(editor, dept.id, 2021), "赶时间").statusCode(403)
                .body("code", equalTo("OVERRIDE_NEEDS_ADMIN"));
        // the fee income is entered: every check passes; the drafts are outdated until regenerated
        putInputs(editor, dept.id, 2021, Map.of("FEE_INCOME_WAN", 12.35), Map.of()).statusCode(200);
        statistics(editor, dept.id, 2021, "NATIONAL_2021").statusCode(200)
                .body("checks.fail", equalTo(0)).body("checks.warning", equalTo(0))
                .body("document.checks.findAll { it.status != 'PASS' }", empty())
                .body("document.tables[0].values.admin_public_fee.fee_amount", equalTo(12.35f))
                .body("document.comparison.rows.find { it.key == 'applications.new_requests' }.previous", equalTo(1));
        lock(reviewer, dept.id, 2021, version(editor, dept.id, 2021), null).statusCode(409)
                .body("code", equalTo("DRAFTS_OUTDATED"));
        regenerate(editor, dept.id, 2021).statusCode(200).body("state", everyItem(equalTo("GENERATED")));

        byte[] docx = given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2021/document.docx")
                .then().statusCode(200).contentType(ReportResource.DOCX)
                .header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(1).getRow(3).getCell(7).getText()).isEqualTo("3");
            assertThat(doc.getTables().get(0).getRow(13).getCell(1).getText()).isEqualTo("12.35");
        }
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2021/document.xlsx")
                .then().statusCode(200).contentType(ReportResource.XLSX).header("Content-Disposition", containsString(".xlsx"));
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2021/document.json")
                .then().statusCode(200).header("Content-Disposition", containsString(".json"))
                .body("schema", equalTo("gongkai.annual-report/1")).body("status", equalTo("DRAFT"));
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2021/document.html")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Disposition", startsWith("inline")).body(containsString("依申请公开"));

        int v = version(editor, dept.id, 2021);
        lock(editor, dept.id, 2021, v, null).statusCode(403);
        lock(reviewer, dept.id, 2021, v, null).statusCode(200).body("status", equalTo("LOCKED"))
                .body("lockedBy", equalTo("reviewer-t"));
        assertThat(yearLocks.findLock(dept.id, 2021)).isPresent();
        assertThat(yearLocks.findLock(dept.id, 2020)).isEmpty();
        // nothing of a locked report is public yet
        given().queryParam("agencyId", dept.id).when().get("/api/v1/published-reports").then().statusCode(200)
                .body("items", empty());

        publish(editor, dept.id, 2021, version(editor, dept.id, 2021)).statusCode(403);
        publish(reviewer, dept.id, 2021, 99).statusCode(409).body("code", equalTo("STALE_WRITE"));
        int itemId = publish(reviewer, dept.id, 2021, version(editor, dept.id, 2021)).statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedItemId", notNullValue())
                .body("events.action", hasItems("START", "REGENERATE", "LOCK", "PUBLISH"))
                .extract().path("publishedItemId");
        publish(reviewer, dept.id, 2021, version(editor, dept.id, 2021)).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));

        // the catalogue item: 年度报告, published, the DOCX attached
        given().auth().oauth2(admin).when().get("/api/v1/items/" + itemId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("category.code", equalTo("ANNUAL_REPORT"))
                .body("title", equalTo("测试部门 T-RPT-BUSY2021年政府信息公开工作年度报告"))
                .body("attachments[0].fileName", endsWith(".docx"));
        // the public pages: list, report, print page and DOCX, from the snapshot, without the staff's checks
        int reportId = given().queryParam("agencyId", dept.id).queryParam("year", 2021)
                .when().get("/api/v1/published-reports").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].itemId", equalTo(itemId))
                .body("items[0].title", equalTo("测试部门 T-RPT-BUSY2021年政府信息公开工作年度报告"))
                .extract().path("items[0].id");
        given().when().get("/api/v1/published-reports/" + reportId).then().statusCode(200)
                .body("report.year", equalTo(2021)).body("document.checks", empty())
                .body("document.figures.entered", empty())
                .body("document.tables[1].values.new_requests.grand_total", equalTo(3));
        given().when().get("/api/v1/published-reports/" + reportId + "/document.html").then().statusCode(200)
                .body(containsString("政府信息公开工作年度报告")).body(not(containsString("class=\"checks")));
        byte[] publicDocx = given().when().get("/api/v1/published-reports/" + reportId + "/document.docx").then()
                .statusCode(200).contentType(ReportResource.DOCX).extract().asByteArray();
        assertThat(publicDocx.length).isGreaterThan(5_000);

        // unlocked again: gone from the public pages; locked and published again: the same catalogue item
        unlock(admin, dept.id, 2021, version(admin, dept.id, 2021), "更正一处笔误").statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().when().get("/api/v1/published-reports/" + reportId).then().statusCode(404)
                .body("code", equalTo("REPORT_NOT_FOUND"));
        lock(admin, dept.id, 2021, version(admin, dept.id, 2021), null).statusCode(200);
        publish(admin, dept.id, 2021, version(admin, dept.id, 2021)).statusCode(200)
                .body("publishedItemId", equalTo(itemId));
        given().when().get("/api/v1/published-reports/" + reportId).then().statusCode(200);
    }

    @Test
    void theStatisticsEndpointRefusesWhatItCannotAnswer() {
        Agency dept = fixtures.department("T-RPT-STAT");
        String admin = fixtures.token(Role.ADMIN);
        statistics(admin, dept.id, 1999, null).statusCode(400);
        statistics(admin, dept.id, 2021, "NATIONAL_2030").statusCode(400).body("violations[0].field", equalTo("format"));
        statistics(admin, 987_654_321L, 2021, null).statusCode(404);
        given().queryParam("agencyId", dept.id).when().get(API + "2021").then().statusCode(401);
        statistics(fixtures.token(Role.CLERK), dept.id, 2021, null).statusCode(403);
        statistics(fixtures.tokenInAgency(Role.ADMIN, "T-RPT-ELSEWHERE"), dept.id, 2021, null).statusCode(403)
                .body("code", equalTo("AGENCY_SCOPE"));
        // an agency's own staff need not name it
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-RPT-STAT")).when().get(API + "2021")
                .then().statusCode(200).body("agencyId", equalTo(dept.id.intValue()));
    }

    @Test
    void documentsAndReportNeedAStartedReport() {
        Agency dept = fixtures.department("T-RPT-DOCS");
        String reviewer = fixtures.token(Role.REVIEWER);
        for (String path : List.of("report", "document.html", "document.docx", "document.xlsx", "document.json")) {
            given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2018/" + path)
                    .then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));
            given().queryParam("agencyId", dept.id).when().get(API + "2018/" + path).then().statusCode(401);
            given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", dept.id).when()
                    .get(API + "2018/" + path).then().statusCode(403);
            given().auth().oauth2(fixtures.tokenInAgency(Role.REVIEWER, "T-RPT-ELSEWHERE")).queryParam("agencyId", dept.id)
                    .when().get(API + "2018/" + path).then().statusCode(403);
        }
        regenerate(fixtures.token(Role.EDITOR), dept.id, 2018).statusCode(404);
        regenerate(reviewer, dept.id, 2018).statusCode(403);
        given().when().post(API + "2018/regeneration?agencyId=" + dept.id).then().statusCode(401);
        start(fixtures.token(Role.REVIEWER), dept.id, 2018, null, null).statusCode(403);
        start(fixtures.tokenInAgency(Role.EDITOR, "T-RPT-ELSEWHERE"), dept.id, 2018, null, null).statusCode(403);
        start(fixtures.token(Role.EDITOR), dept.id, 2018, "OLD", null).statusCode(400);
        start(fixtures.token(Role.EDITOR), 987_654_321L, 2018, null, null).statusCode(404);
        given().contentType("application/json").body("{}").when().post(API + "2018/draft?agencyId=" + dept.id)
                .then().statusCode(401);
        lock(fixtures.token(Role.ADMIN), dept.id, 2018, 0, null).statusCode(404);
        publish(fixtures.token(Role.ADMIN), dept.id, 2018, 0).statusCode(404);
        settings(fixtures.token(Role.ADMIN), dept.id, 2018, false, null, 0).statusCode(404);
        // a started report's documents
        start(fixtures.token(Role.EDITOR), dept.id, 2018, null, null).statusCode(201)
                .body("status.format", equalTo("LEGACY"));
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2018/report")
                .then().statusCode(200).body("status.status", equalTo("DRAFT")).body("sections.key", hasItem("fees"))
                .body("document.tables[0].key", equalTo("LEGACY_STATISTICS"));
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).when().get(API + "2018/document.json")
                .then().statusCode(200).contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
    }

    @Test
    void aLockedYearRefusesChangesUntilAnAdministratorUnlocksWithAReason() {
        Agency dept = fixtures.department("T-RPT-LOCK");
        records.items(dept.id, "NEWS", 2011, 4);
        String editor = fixtures.token(Role.EDITOR);
        String admin = fixtures.token(Role.ADMIN);
        start(editor, dept.id, 2011, "LEGACY", false).statusCode(201);
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(200).body("status", equalTo("LOCKED"));
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));

        // the year's records: report inputs (the other features: YearLockedFeaturesTest)
        putInputs(editor, dept.id, 2011, Map.of(), Map.of("LEGACY_OTHER", "改一下")).statusCode(409)
                .body("code", equalTo("YEAR_LOCKED")).body("detail", containsString("2011年度的政府信息公开工作年度报告已于"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().get(API + "2011/inputs")
                .then().statusCode(200).body("locked", equalTo(true));
        // the report's text, settings and regeneration
        edit(editor, dept.id, 2011, "other", "改一下", sectionVersion(editor, dept.id, 2011, "other")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("管理员先解锁"));
        regenerate(editor, dept.id, 2011).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        settings(editor, dept.id, 2011, false, "NATIONAL_2021", version(editor, dept.id, 2011)).statusCode(409);
        status(editor, dept.id, 2011).body("events.findAll { it.refused }.action", hasItems("LOCK", "EDIT"));

        int v = version(editor, dept.id, 2011);
        unlock(editor, dept.id, 2011, v, "要改").statusCode(403);
        unlock(admin, dept.id, 2011, v, "  ").statusCode(400).body("violations[0].field", equalTo("reason"));
        unlock(admin, dept.id, 2011, v - 1, "要改").statusCode(409).body("code", equalTo("STALE_WRITE"));
        unlock(fixtures.tokenInAgency(Role.ADMIN, "T-RPT-ELSEWHERE"), dept.id, 2011, v, "要改").statusCode(403)
                .body("code", equalTo("AGENCY_SCOPE"));
        unlock(admin, dept.id, 2011, v, "档案馆补报了12月的查阅登记").statusCode(200).body("status", equalTo("DRAFT"))
                .body("lockedAt", nullValue())
                .body("events.find { it.action == 'UNLOCK' }.reason", equalTo("档案馆补报了12月的查阅登记"));
        assertThat(yearLocks.findLock(dept.id, 2011)).isEmpty();
        given().auth().oauth2(admin).queryParam("entityType", "AnnualReport").when().get("/api/v1/audit-log")
                .then().statusCode(200).body("items.changes.reason", hasItem("档案馆补报了12月的查阅登记"));
        putInputs(editor, dept.id, 2011, Map.of(), Map.of("LEGACY_OTHER", "改一下")).statusCode(200);
        unlock(admin, dept.id, 2011, version(editor, dept.id, 2011), "再次解锁").statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aGovernmentReportCoveringItsDepartmentsLocksTheirYearToo() {
        Agency district = fixtures.district();
        Agency dept = fixtures.department("T-RPT-SUB");
        String admin = fixtures.token(Role.ADMIN);
        int year = 2016;
        // whatever other tests put into the district's 2016, an administrator may lock it with a reason
        start(admin, district.id, year, "LEGACY", null).statusCode(201).body("status.includeSubagencies", equalTo(true));
        lock(admin, district.id, year, version(admin, district.id, year), "测试：锁定全区").statusCode(200);
        try {
            assertThat(yearLocks.findLock(dept.id, year)).isPresent();
            putInputs(admin, dept.id, year, Map.of(), Map.of()).statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        } finally {
            unlock(admin, district.id, year, version(admin, district.id, year), "测试结束").statusCode(200);
        }
        assertThat(yearLocks.findLock(dept.id, year)).isEmpty();
    }

    @Test
    void regeneratingNeverReplacesAnEditButMarksItWhenItsDataChanged() {
        Agency dept = fixtures.department("T-RPT-EDIT");
        records.items(dept.id, "NEWS", 2011, 3);
        String editor = fixtures.token(Role.EDITOR);
        start(editor, dept.id, 2011, "LEGACY", false).statusCode(201);
        String edited = "（一）主动公开政府信息的数量\n我局本年度新增主动公开政府信息3条（编辑改写）。";
        edit(editor, dept.id, 2011, "proactive", edited, sectionVersion(editor, dept.id, 2011, "proactive"))
                .statusCode(200).body("state", equalTo("EDITED")).body("text", equalTo(edited))
                .body("editedBy", equalTo("editor-t")).body("generatedText", containsString("年访问量未作统计"));
        edit(editor, dept.id, 2011, "appeals", "改", 99).statusCode(409).body("code", equalTo("STALE_WRITE"));
        edit(editor, dept.id, 2011, "appeals", " ", 0).statusCode(400).body("violations[0].field", equalTo("text"));
        edit(editor, dept.id, 2011, "nonsense", "x", 0).statusCode(404).body("code", equalTo("SECTION_NOT_FOUND"));
        edit(fixtures.token(Role.REVIEWER), dept.id, 2011, "appeals", "改", 0).statusCode(403);
        resolve(editor, dept.id, 2011, "appeals", "KEEP_EDIT", sectionVersion(editor, dept.id, 2011, "appeals"))
                .statusCode(409).body("code", equalTo("NOTHING_TO_RESOLVE"));

        // the website visits turn up: the draft of 二 changes, the edit stays, and is marked
        records.websiteVisits(dept.id, 2011, 1, 403_517);
        regenerate(editor, dept.id, 2011).statusCode(200)
                .body("find { it.key == 'proactive' }.state", equalTo("DATA_CHANGED"))
                .body("find { it.key == 'proactive' }.text", equalTo(edited))
                .body("find { it.key == 'proactive' }.generatedText", containsString("有记录的1个月访问量达40余万人次，其余11个月未作统计"))
                .body("find { it.key == 'proactive' }.changedData", hasItems("website_visits", "website_months_recorded"))
                .body("find { it.key == 'overview' }.state", equalTo("GENERATED"));
        String admin = fixtures.token(Role.ADMIN);
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(409)
                .body("code", equalTo("SECTIONS_NEED_REVIEW")).body("detail", containsString("二、政府信息主动公开情况"));
        resolve(editor, dept.id, 2011, "proactive", "KEEP_EDIT", sectionVersion(editor, dept.id, 2011, "proactive"))
                .statusCode(200).body("state", equalTo("EDITED")).body("text", equalTo(edited));

        // the records move again without a regeneration: locking must not freeze text written from old figures
        records.deleteWebsiteVisits(dept.id, 2011, 1);
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(409)
                .body("code", equalTo("DRAFTS_OUTDATED"));
        regenerate(editor, dept.id, 2011).statusCode(200).body("find { it.key == 'proactive' }.state", equalTo("DATA_CHANGED"));
        resolve(editor, dept.id, 2011, "proactive", "TAKE_DRAFT", sectionVersion(editor, dept.id, 2011, "proactive"))
                .statusCode(200).body("state", equalTo("GENERATED")).body("editedText", nullValue())
                .body("text", containsString("年访问量未作统计"));
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(200);
    }

    @Test
    void aLockedReportKeepsItsFiguresWhenTheRecordsChangeAfterwards() {
        Agency dept = fixtures.department("T-RPT-SNAP");
        records.items(dept.id, "NEWS", 2010, 2);
        records.items(dept.id, "NEWS", 2011, 3);
        String admin = fixtures.token(Role.ADMIN);
        start(admin, dept.id, 2011, "LEGACY", false).statusCode(201)
                .body("document.figures.proactive.cumulativePublished", equalTo(5));
        lock(admin, dept.id, 2011, version(admin, dept.id, 2011), null).statusCode(200);
        // 2010 is open: items published then still change the live count at the end of 2011
        records.items(dept.id, "NEWS", 2010, 6);
        statistics(admin, dept.id, 2011, null).statusCode(200).body("reportStatus", equalTo("LOCKED"))
                .body("document.figures.proactive.cumulativePublished", equalTo(11));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get(API + "2011/report").then()
                .statusCode(200).body("document.figures.proactive.cumulativePublished", equalTo(5))
                .body("document.status", equalTo("LOCKED"));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get(API + "2011/document.html").then()
                .statusCode(200).body(containsString("累计主动公开政府信息数量达5条"))
                .body(not(containsString("class=\"draft-mark\"")));
    }

    @Test
    void illegalMovesAndMissingReports() {
        Agency dept = fixtures.department("T-RPT-MOVES");
        String admin = fixtures.token(Role.ADMIN);
        status(admin, dept.id, 2019).statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("format", equalTo("NATIONAL_2019")).body("deadline.due", equalTo("2020-01-31"));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get(API + "2019/sections")
                .then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));
        unlock(admin, dept.id, 2019, 0, "x").statusCode(404);
        start(admin, dept.id, 2019, null, null).statusCode(201).body("status.format", equalTo("NATIONAL_2019"));
        start(admin, dept.id, 2019, null, null).statusCode(409).body("code", equalTo("REPORT_EXISTS"));
        publish(admin, dept.id, 2019, version(admin, dept.id, 2019)).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        unlock(admin, dept.id, 2019, version(admin, dept.id, 2019), "x").statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        status(admin, dept.id, 2019).body("events.findAll { it.refused }.action", hasItems("PUBLISH", "UNLOCK"));
        lock(admin, dept.id, 2019, 99, null).statusCode(409).body("code", equalTo("STALE_WRITE"));
        lock(admin, dept.id, 2019, null, null).statusCode(400);
        lock(admin, dept.id, 2019, version(admin, dept.id, 2019), "x".repeat(501)).statusCode(400);
        lock(fixtures.tokenInAgency(Role.ADMIN, "T-RPT-ELSEWHERE"), dept.id, 2019, version(admin, dept.id, 2019), null)
                .statusCode(403);
        given().contentType("application/json").body(Map.of("version", 0)).queryParam("agencyId", dept.id)
                .when().post(API + "2019/locking").then().statusCode(401);
        publish(fixtures.tokenInAgency(Role.REVIEWER, "T-RPT-ELSEWHERE"), dept.id, 2019, version(admin, dept.id, 2019))
                .statusCode(403);
        publish(admin, dept.id, 2019, null).statusCode(400);
        given().contentType("application/json").body(Map.of("version", 0)).queryParam("agencyId", dept.id)
                .when().post(API + "2019/publication").then().statusCode(401);
        status(admin, dept.id, 2019).body("status", equalTo("DRAFT"));
        status(fixtures.token(Role.CLERK), dept.id, 2019).statusCode(403);
        given().queryParam("agencyId", dept.id).when().get(API + "2019/status").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CASEWORKER)).contentType("application/json")
                .queryParam("agencyId", dept.id).body(Map.of("reason", "x", "version", 0))
                .when().post(API + "2019/unlocking").then().statusCode(403);
    }

    @Test
    void changingTheFormatKeepsEachFormatsEdits() {
        Agency dept = fixtures.department("T-RPT-FMT");
        records.items(dept.id, "NEWS", 2020, 2);
        String editor = fixtures.token(Role.EDITOR);
        start(editor, dept.id, 2020, null, null).statusCode(201).body("status.format", equalTo("NATIONAL_2019"));
        edit(editor, dept.id, 2020, "other", "本年度无其他需要报告的事项。", sectionVersion(editor, dept.id, 2020, "other"))
                .statusCode(200);
        settings(editor, dept.id, 2020, false, "LEGACY", version(editor, dept.id, 2020)).statusCode(200)
                .body("status.format", equalTo("LEGACY"))
                .body("sections.key", hasItem("fees")).body("document.tables[0].key", equalTo("LEGACY_STATISTICS"));
        settings(editor, dept.id, 2020, false, "NATIONAL_2019", version(editor, dept.id, 2020)).statusCode(200)
                .body("sections.find { it.key == 'other' }.text", equalTo("本年度无其他需要报告的事项。"));
        settings(editor, dept.id, 2020, false, "NATIONAL_2019", 99).statusCode(409).body("code", equalTo("STALE_WRITE"));
        settings(editor, dept.id, 2020, null, null, version(editor, dept.id, 2020)).statusCode(400)
                .body("violations[0].field", equalTo("includeSubagencies"));
        settings(editor, dept.id, 2020, false, "LATEST", version(editor, dept.id, 2020)).statusCode(400);
        settings(fixtures.token(Role.REVIEWER), dept.id, 2020, false, null, version(editor, dept.id, 2020)).statusCode(403);
        settings(fixtures.tokenInAgency(Role.EDITOR, "T-RPT-ELSEWHERE"), dept.id, 2020, false, null,
                version(editor, dept.id, 2020)).statusCode(403);
        given().contentType("application/json").body(Map.of("includeSubagencies", false)).queryParam("agencyId", dept.id)
                .when().put(API + "2020/settings").then().statusCode(401);
    }
}
