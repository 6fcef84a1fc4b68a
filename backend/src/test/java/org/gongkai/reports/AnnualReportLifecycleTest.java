package org.gongkai.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The report's life through the API: phase 1's real endpoints (status, sections, inputs, unlock) and, for what
 * needs live figures, the test-support endpoints that call the same services with hand-built figures.
 */
@QuarkusTest
class AnnualReportLifecycleTest {

    private static final String SUPPORT = "/test-support/reports/";

    @Inject
    Fixtures fixtures;

    @Inject
    TestReportFigures figures;

    @Inject
    YearLocks yearLocks;

    private static ValidatableResponse start(String token, long agency, int year, String format, boolean sub) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).queryParam("format", format)
                .queryParam("includeSubagencies", sub).when().post(SUPPORT + year + "/start").then();
    }

    private static ValidatableResponse status(String token, long agency, int year) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).when().get("/api/v1/reports/" + year + "/status")
                .then();
    }

    private static int version(String token, long agency, int year) {
        return status(token, agency, year).statusCode(200).extract().path("version");
    }

    private static ValidatableResponse lock(String token, long agency, int year, Object version, String override) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("overrideReason", override);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post(SUPPORT + year + "/locking").then();
    }

    private static ValidatableResponse unlock(String token, long agency, int year, Object version, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post("/api/v1/reports/" + year + "/unlocking").then();
    }

    private static ValidatableResponse edit(String token, long agency, int year, String key, String text, Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().put("/api/v1/reports/" + year + "/sections/" + key).then();
    }

    private static ValidatableResponse resolve(String token, long agency, int year, String key, String choice,
                                               Object version) {
        Map<String, Object> body = new HashMap<>();
        body.put("choice", choice);
        body.put("version", version);
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agency).body(body)
                .when().post("/api/v1/reports/" + year + "/sections/" + key + "/resolution").then();
    }

    private static int sectionVersion(String token, long agency, int year, String key) {
        return given().auth().oauth2(token).queryParam("agencyId", agency).when()
                .get("/api/v1/reports/" + year + "/sections").then().statusCode(200)
                .extract().path("find { it.key == '" + key + "' }.version");
    }

    private static ReportFigures withoutFee(ReportFigures f) {
        RegulatoryFigures r = f.regulatory();
        return f.withRegulatory(new RegulatoryFigures(r.rules(), r.normative(), r.licensing(), r.otherServices(),
                r.penalty(), r.coercion(), null, null));
    }

    @Test
    void theLegacy2011ReportShowsEverySeedFigureAndFlagsTheWebsiteGap() {
        Agency gov = fixtures.agency("T-RPT-2011", "攀枝花市东区人民政府", "东区政府", true);
        figures.put(gov.id, 2011, ReportFixtures.dongqu2011());
        // 2010 as the records will have it: the 64,887 items published before 2011
        figures.put(gov.id, 2010, ReportFigures.empty(2010).withProactive(new ProactiveFigures(64_887, 0, null, null, 0, 0)));
        String editor = fixtures.token(Role.EDITOR);
        given().auth().oauth2(editor).contentType("application/json").queryParam("agencyId", gov.id)
                .body(Map.of("figures", Map.of(), "narratives", Map.of("WEBSITE_NAME", "攀枝花市东区公众信息网"), "version", 0))
                .when().put("/api/v1/reports/2011/inputs").then().statusCode(200);
        start(editor, gov.id, 2011, null, true).statusCode(200)
                .body("status.status", equalTo("DRAFT"))
                .body("status.format", equalTo("LEGACY"))
                .body("document.title", equalTo("攀枝花市东区2011年政府信息公开工作年度报告"))
                .body("document.figures.proactive.cumulativePublished", equalTo(75646))
                .body("document.checks.findAll { it.status == 'FAIL' }", org.hamcrest.Matchers.empty())
                .body("document.checks.findAll { it.status == 'WARNING' }.code", equalTo(List.of("WEBSITE_VISITS")));
        given().auth().oauth2(editor).queryParam("agencyId", gov.id).when().get("/api/v1/reports/2011/sections")
                .then().statusCode(200)
                .body("key", equalTo(List.of("preamble", "overview", "proactive", "on_request", "fees", "appeals",
                        "problems", "other")))
                .body("find { it.key == 'proactive' }.text", containsString("我区累计主动公开政府信息数量达75646条"))
                .body("find { it.key == 'proactive' }.text", containsString("新增主动公开政府信息10759条"))
                .body("find { it.key == 'proactive' }.text", containsString("全年共接待公众查询40余万人次"))
                .body("find { it.key == 'proactive' }.text", containsString("年访问量未作统计"))
                .body("find { it.key == 'overview' }.text", containsString("集中培训2次，培训人员达到116人次"))
                .body("find { it.key == 'on_request' }.text", equalTo("本年度我区未收到政府信息公开申请。"))
                .body("find { it.key == 'fees' }.text", equalTo("目前全区各公开单位均未对依申请提供政府公开信息进行收费。"))
                .body("state", everyItem(equalTo("GENERATED")));
        status(editor, gov.id, 2011).statusCode(200).body("deadline.due", equalTo("2012-03-31"))
                .body("deadline.overdue", equalTo(true));
    }

    @Test
    void aBusyNationalYearBalancesAndPassesEveryCheckThenLocksAndPublishes() {
        Agency dept = fixtures.department("T-RPT-BUSY");
        figures.put(dept.id, 2020, ReportFixtures.busy2020());
        figures.put(dept.id, 2021, withoutFee(ReportFixtures.busy2021()));
        String editor = fixtures.token(Role.EDITOR);
        String reviewer = fixtures.token(Role.REVIEWER);
        start(editor, dept.id, 2021, "NATIONAL_2021", false).statusCode(200)
                .body("document.checks.find { it.code == 'INPUT_MISSING' }.status", equalTo("FAIL"));
        // locking with a failing check is refused, and a reviewer may not override it
        lock(reviewer, dept.id, 2021, version(editor, dept.id, 2021), null).statusCode(409)
                .body("code", equalTo("CHECKS_FAILED")).body("detail", containsString("行政事业性收费"));
        lock(reviewer, dept.id, 2021, version(editor, dept.id, 2021), "赶时间").statusCode(403)
                .body("code", equalTo("OVERRIDE_NEEDS_ADMIN"));
        // the fee income is entered; the drafts are now outdated until regenerated
        given().auth().oauth2(editor).contentType("application/json").queryParam("agencyId", dept.id)
                .body(Map.of("figures", Map.of("FEE_INCOME_WAN", 12.35), "narratives", Map.of(), "version", 0))
                .when().put("/api/v1/reports/2021/inputs").then().statusCode(200);
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).queryParam("format", "NATIONAL_2021")
                .when().get(SUPPORT + "2021/statistics").then().statusCode(200)
                .body("checks.findAll { it.status != 'PASS' }", org.hamcrest.Matchers.empty())
                .body("tables[1].values.new_requests.grand_total", equalTo(150))
                .body("tables[1].values.result_total.grand_total", equalTo(149))
                .body("tables[0].values.admin_public_fee.fee_amount", equalTo(12.35f))
                .body("comparison.rows.find { it.key == 'applications.new_requests' }.previous", equalTo(90));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().post(SUPPORT + "2021/regeneration")
                .then().statusCode(200);
        byte[] docx = given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().get(SUPPORT + "2021/document.docx")
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(1).getRow(3).getCell(7).getText()).isEqualTo("150");
            assertThat(doc.getTables().get(0).getRow(13).getCell(1).getText()).isEqualTo("12.35");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int v = version(editor, dept.id, 2021);
        lock(editor, dept.id, 2021, v, null).statusCode(403);
        lock(reviewer, dept.id, 2021, v, null).statusCode(200).body("status", equalTo("LOCKED"))
                .body("lockedBy", equalTo("reviewer-t"));
        assertThat(yearLocks.findLock(dept.id, 2021)).isPresent();
        assertThat(yearLocks.findLock(dept.id, 2020)).isEmpty();

        int locked = version(editor, dept.id, 2021);
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).queryParam("version", locked)
                .when().post(SUPPORT + "2021/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedItemId", notNullValue())
                .body("deadline.publishedDaysLate", notNullValue())
                .body("events.action", hasItems("START", "REGENERATE", "LOCK", "PUBLISH"));
        TestReportFigures.Published p = figures.lastPublished();
        assertThat(p.document().title()).isEqualTo("测试部门 T-RPT-BUSY2021年政府信息公开工作年度报告");
        assertThat(p.docxBytes()).isGreaterThan(5_000);
        assertThat(p.document().status()).isEqualTo(ReportStatus.LOCKED);
        // publishing twice is not a thing
        given().auth().oauth2(reviewer).queryParam("agencyId", dept.id).queryParam("version", version(editor, dept.id, 2021))
                .when().post(SUPPORT + "2021/publication").then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aLockedYearRefusesChangesUntilAnAdministratorUnlocksWithAReason() {
        Agency dept = fixtures.department("T-RPT-LOCK");
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011());
        String editor = fixtures.token(Role.EDITOR);
        String admin = fixtures.token(Role.ADMIN);
        start(editor, dept.id, 2011, "LEGACY", false).statusCode(200);
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(200).body("status", equalTo("LOCKED"));

        // the year's records: report inputs (and, through YearLocks, every feature's records of 2011)
        given().auth().oauth2(editor).contentType("application/json").queryParam("agencyId", dept.id)
                .body(Map.of("figures", Map.of(), "narratives", Map.of("LEGACY_OTHER", "改一下"), "version", 0))
                .when().put("/api/v1/reports/2011/inputs").then().statusCode(409).body("code", equalTo("YEAR_LOCKED"))
                .body("detail", containsString("2011年度的政府信息公开工作年度报告已于"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().get("/api/v1/reports/2011/inputs")
                .then().statusCode(200).body("locked", equalTo(true));
        // the report's text
        edit(editor, dept.id, 2011, "other", "改一下", sectionVersion(editor, dept.id, 2011, "other")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("管理员先解锁"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().post(SUPPORT + "2011/regeneration")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        status(editor, dept.id, 2011).body("events.find { it.refused }.action", equalTo("EDIT"));

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
        given().auth().oauth2(editor).contentType("application/json").queryParam("agencyId", dept.id)
                .body(Map.of("figures", Map.of(), "narratives", Map.of("LEGACY_OTHER", "改一下"), "version", 0))
                .when().put("/api/v1/reports/2011/inputs").then().statusCode(200);
        unlock(admin, dept.id, 2011, version(editor, dept.id, 2011), "再次解锁").statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void aDistrictReportCoveringItsDepartmentsLocksTheirYearToo() {
        Agency district = fixtures.district();
        Agency dept = fixtures.department("T-RPT-SUB");
        String admin = fixtures.token(Role.ADMIN);
        int year = 2016;
        start(admin, district.id, year, "LEGACY", true).statusCode(200);
        lock(admin, district.id, year, version(admin, district.id, year), null).statusCode(200);
        try {
            assertThat(yearLocks.findLock(dept.id, year)).isPresent();
            given().auth().oauth2(admin).contentType("application/json").queryParam("agencyId", dept.id)
                    .body(Map.of("figures", Map.of(), "narratives", Map.of(), "version", 0))
                    .when().put("/api/v1/reports/" + year + "/inputs").then().statusCode(409)
                    .body("code", equalTo("YEAR_LOCKED"));
        } finally {
            unlock(admin, district.id, year, version(admin, district.id, year), "测试结束").statusCode(200);
        }
        assertThat(yearLocks.findLock(dept.id, year)).isEmpty();
    }

    @Test
    void regeneratingNeverReplacesAnEditButMarksItWhenItsDataChanged() {
        Agency dept = fixtures.department("T-RPT-EDIT");
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011());
        String editor = fixtures.token(Role.EDITOR);
        start(editor, dept.id, 2011, "LEGACY", false).statusCode(200);
        String edited = "（一）主动公开政府信息的数量\n我局本年度新增主动公开政府信息10759条（编辑改写）。";
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
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011().withActivities(
                new ActivityFigures(3, null, 2, 2, 116, 403_517L, 12, null, null, null)));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().post(SUPPORT + "2011/regeneration")
                .then().statusCode(200)
                .body("find { it.key == 'proactive' }.state", equalTo("DATA_CHANGED"))
                .body("find { it.key == 'proactive' }.text", equalTo(edited))
                .body("find { it.key == 'proactive' }.generatedText", containsString("年访问量达40余万人次"))
                .body("find { it.key == 'proactive' }.changedData", hasItems("website_visits", "website_months_recorded"))
                .body("find { it.key == 'overview' }.state", equalTo("GENERATED"));
        String admin = fixtures.token(Role.ADMIN);
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(409)
                .body("code", equalTo("SECTIONS_NEED_REVIEW")).body("detail", containsString("二、政府信息主动公开情况"));
        resolve(editor, dept.id, 2011, "proactive", "KEEP_EDIT", sectionVersion(editor, dept.id, 2011, "proactive"))
                .statusCode(200).body("state", equalTo("EDITED")).body("text", equalTo(edited));

        // the figures move again without a regeneration: locking must not freeze text written from old figures
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011());
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(409)
                .body("code", equalTo("DRAFTS_OUTDATED"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).when().post(SUPPORT + "2011/regeneration")
                .then().statusCode(200).body("find { it.key == 'proactive' }.state", equalTo("DATA_CHANGED"));
        resolve(editor, dept.id, 2011, "proactive", "TAKE_DRAFT", sectionVersion(editor, dept.id, 2011, "proactive"))
                .statusCode(200).body("state", equalTo("GENERATED")).body("editedText", nullValue())
                .body("text", containsString("年访问量未作统计"));
        lock(admin, dept.id, 2011, version(editor, dept.id, 2011), null).statusCode(200);
    }

    @Test
    void aLockedReportKeepsItsFiguresWhenTheRecordsChangeAfterwards() {
        Agency dept = fixtures.department("T-RPT-SNAP");
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011());
        String admin = fixtures.token(Role.ADMIN);
        start(admin, dept.id, 2011, "LEGACY", false).statusCode(200);
        lock(admin, dept.id, 2011, version(admin, dept.id, 2011), null).statusCode(200);
        figures.put(dept.id, 2011, ReportFixtures.dongqu2011().withProactive(new ProactiveFigures(1, 1, null, null, 0, 0)));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get(SUPPORT + "2011/report").then()
                .statusCode(200).body("document.figures.proactive.cumulativePublished", equalTo(75646))
                .body("document.status", equalTo("LOCKED"));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get(SUPPORT + "2011/document.html").then()
                .statusCode(200).body(containsString("累计主动公开政府信息数量达75646条"))
                .body(not(containsString("class=\"draft-mark\"")));
    }

    @Test
    void illegalMovesAndMissingReports() {
        Agency dept = fixtures.department("T-RPT-MOVES");
        String admin = fixtures.token(Role.ADMIN);
        status(admin, dept.id, 2019).statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("format", equalTo("NATIONAL_2019")).body("deadline.due", equalTo("2020-01-31"));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).when().get("/api/v1/reports/2019/sections")
                .then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));
        unlock(admin, dept.id, 2019, 0, "x").statusCode(404);
        start(admin, dept.id, 2019, null, false).statusCode(200).body("status.format", equalTo("NATIONAL_2019"));
        start(admin, dept.id, 2019, null, false).statusCode(409).body("code", equalTo("REPORT_EXISTS"));
        given().auth().oauth2(admin).queryParam("agencyId", dept.id).queryParam("version", version(admin, dept.id, 2019))
                .when().post(SUPPORT + "2019/publication").then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        unlock(admin, dept.id, 2019, version(admin, dept.id, 2019), "x").statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        status(admin, dept.id, 2019).body("events.findAll { it.refused }.action", hasItems("PUBLISH", "UNLOCK"));
        lock(admin, dept.id, 2019, 99, null).statusCode(409).body("code", equalTo("STALE_WRITE"));
        status(admin, dept.id, 2019).body("status", equalTo("DRAFT"));
        status(fixtures.token(Role.CLERK), dept.id, 2019).statusCode(403);
        given().queryParam("agencyId", dept.id).when().get("/api/v1/reports/2019/status").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CASEWORKER)).contentType("application/json")
                .queryParam("agencyId", dept.id).body(Map.of("reason", "x", "version", 0))
                .when().post("/api/v1/reports/2019/unlocking").then().statusCode(403);
    }

    @Test
    void changingTheFormatKeepsEachFormatsEdits() {
        Agency dept = fixtures.department("T-RPT-FMT");
        figures.put(dept.id, 2020, ReportFixtures.busy2020());
        String editor = fixtures.token(Role.EDITOR);
        start(editor, dept.id, 2020, null, false).statusCode(200).body("status.format", equalTo("NATIONAL_2019"));
        edit(editor, dept.id, 2020, "other", "本年度无其他需要报告的事项。", sectionVersion(editor, dept.id, 2020, "other"))
                .statusCode(200);
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).queryParam("format", "LEGACY")
                .queryParam("version", version(editor, dept.id, 2020)).when().put(SUPPORT + "2020/settings")
                .then().statusCode(200).body("status.format", equalTo("LEGACY"))
                .body("sections.key", hasItem("fees")).body("document.tables[0].key", equalTo("LEGACY_STATISTICS"));
        given().auth().oauth2(editor).queryParam("agencyId", dept.id).queryParam("format", "NATIONAL_2019")
                .queryParam("version", version(editor, dept.id, 2020)).when().put(SUPPORT + "2020/settings")
                .then().statusCode(200)
                .body("sections.find { it.key == 'other' }.text", equalTo("本年度无其他需要报告的事项。"));
        BigDecimal fee = ReportFixtures.busy2021().regulatory().adminFees().amountWan();
        assertThat(fee).isNotNull();
    }
}
