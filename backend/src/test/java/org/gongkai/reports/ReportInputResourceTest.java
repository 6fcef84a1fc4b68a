package org.gongkai.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReportInputResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> body(Map<String, Object> figures, Map<String, Object> narratives, Long version) {
        Map<String, Object> b = new HashMap<>();
        b.put("figures", figures);
        b.put("narratives", narratives);
        b.put("version", version);
        return b;
    }

    private ValidatableResponse put(String token, long agencyId, int year, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").queryParam("agencyId", agencyId).body(body)
                .when().put("/api/v1/reports/" + year + "/inputs").then();
    }

    @Test
    void editorEntersFiguresAndNarrativesWhichAreShownWithWhoEnteredThem() {
        long agency = fixtures.department("T-RIN-A").id;
        String editor = fixtures.token(Role.EDITOR);
        given().auth().oauth2(editor).queryParam("agencyId", agency).when().get("/api/v1/reports/2021/inputs")
                .then().statusCode(200).body("version", equalTo(0)).body("locked", equalTo(false))
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.value", nullValue())
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.requiredIn", hasItem("NATIONAL_2021"))
                .body("figures.find { it.key == 'LICENSING_DECISIONS' }.overridesComputed", equalTo(true))
                .body("narratives.find { it.slot == 'WEBSITE_NAME' }.source", equalTo("DEFAULT"))
                .body("narratives.find { it.slot == 'WEBSITE_NAME' }.text", equalTo("政府门户网站"));

        put(editor, agency, 2021, body(Map.of("FEE_INCOME_WAN", 12.35, "LICENSING_DECISIONS", 2310,
                "LICENSING_MATTERS_CHANGE", -3), Map.of("WEBSITE_NAME", "东区公众信息网 ", "NATIONAL_OTHER",
                "本年度无其他需要报告的事项。"), 0L))
                .statusCode(200).body("version", equalTo(1))
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.value", equalTo(12.35f))
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.enteredBy", equalTo("editor-t"))
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.enteredAt", notNullValue())
                .body("figures.find { it.key == 'LICENSING_MATTERS_CHANGE' }.value", equalTo(-3))
                .body("narratives.find { it.slot == 'WEBSITE_NAME' }.text", equalTo("东区公众信息网"))
                .body("narratives.find { it.slot == 'WEBSITE_NAME' }.source", equalTo("OWN"));

        // the administrator changes one figure; the unchanged ones keep who entered them
        String admin = fixtures.token(Role.ADMIN);
        put(admin, agency, 2021, body(Map.of("FEE_INCOME_WAN", 12.35, "LICENSING_DECISIONS", 2400),
                Map.of("WEBSITE_NAME", "东区公众信息网"), 1L))
                .statusCode(200).body("version", equalTo(2))
                .body("figures.find { it.key == 'FEE_INCOME_WAN' }.enteredBy", equalTo("editor-t"))
                .body("figures.find { it.key == 'LICENSING_DECISIONS' }.enteredBy", equalTo("admin-t"))
                .body("figures.find { it.key == 'LICENSING_DECISIONS' }.value", equalTo(2400))
                .body("figures.find { it.key == 'LICENSING_MATTERS_CHANGE' }.value", nullValue())
                .body("narratives.find { it.slot == 'NATIONAL_OTHER' }.source", equalTo("DEFAULT"));

        given().auth().oauth2(admin).queryParam("entityType", "ReportInputs").when().get("/api/v1/audit-log")
                .then().statusCode(200).body("items.changes.'figures.LICENSING_DECISIONS'.to", hasItem(2400));
    }

    @Test
    void aStaleSaveIsRefused() {
        long agency = fixtures.department("T-RIN-B").id;
        String editor = fixtures.token(Role.EDITOR);
        put(editor, agency, 2020, body(Map.of("PROCUREMENT_PROJECTS", 4), Map.of(), 0L)).statusCode(200);
        put(editor, agency, 2020, body(Map.of("PROCUREMENT_PROJECTS", 5), Map.of(), 0L)).statusCode(409)
                .body("code", equalTo("STALE_WRITE"));
        put(editor, agency, 2020, body(Map.of(), Map.of(), null)).statusCode(400)
                .body("violations[0].field", equalTo("version"));
    }

    @Test
    void narrativesCarryOverToLaterYearsUntilChanged() {
        long agency = fixtures.department("T-RIN-C").id;
        String editor = fixtures.token(Role.EDITOR);
        put(editor, agency, 2019, body(Map.of(), Map.of("NATIONAL_PROBLEMS", "问题一：公开不够及时。"), 0L)).statusCode(200);
        given().auth().oauth2(editor).queryParam("agencyId", agency).when().get("/api/v1/reports/2021/inputs")
                .then().statusCode(200).body("version", equalTo(0))
                .body("narratives.find { it.slot == 'NATIONAL_PROBLEMS' }.text", equalTo("问题一：公开不够及时。"))
                .body("narratives.find { it.slot == 'NATIONAL_PROBLEMS' }.source", equalTo("CARRIED_OVER"))
                .body("narratives.find { it.slot == 'NATIONAL_PROBLEMS' }.fromYear", equalTo(2019));
        given().auth().oauth2(editor).queryParam("agencyId", agency).when().get("/api/v1/reports/2018/inputs")
                .then().statusCode(200)
                .body("narratives.find { it.slot == 'NATIONAL_PROBLEMS' }.source", equalTo("DEFAULT"));
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        long agency = fixtures.department("T-RIN-D").id;
        String editor = fixtures.token(Role.EDITOR);
        put(editor, agency, 2021, body(Map.of("NO_SUCH_INPUT", 1), Map.of(), 0L)).statusCode(400)
                .body("violations[0].field", equalTo("figures.NO_SUCH_INPUT"));
        put(editor, agency, 2021, body(Map.of("PENALTY_DECISIONS", -1), Map.of(), 0L)).statusCode(400)
                .body("violations[0].field", equalTo("figures.PENALTY_DECISIONS"))
                .body("violations[0].message", equalTo("不能为负数。"));
        put(editor, agency, 2021, body(Map.of("PENALTY_DECISIONS", 2.5), Map.of(), 0L)).statusCode(400)
                .body("violations[0].message", equalTo("须为整数。"));
        given().auth().oauth2(editor).header("Accept-Language", "en").contentType("application/json")
                .queryParam("agencyId", agency).body(body(Map.of("FEE_INCOME_WAN", 1.23456), Map.of(), 0L))
                .when().put("/api/v1/reports/2021/inputs").then().statusCode(400)
                .body("violations[0].field", equalTo("figures.FEE_INCOME_WAN"))
                .body("violations[0].message", startsWith("In 10,000 yuan with at most 4 decimals"));
        put(editor, agency, 2021, body(Map.of("FEE_INCOME_WAN", -0.5), Map.of(), 0L)).statusCode(400)
                .body("violations[0].message", equalTo("金额不能为负数。"));
        put(editor, agency, 2021, body(Map.of(), Map.of("NO_SLOT", "x"), 0L)).statusCode(400)
                .body("violations[0].field", equalTo("narratives.NO_SLOT"));
        put(editor, agency, 2021, body(Map.of(), Map.of("LEGACY_OTHER", "字".repeat(5001)), 0L)).statusCode(400)
                .body("violations[0].field", equalTo("narratives.LEGACY_OTHER"));
        put(editor, agency, 2021, body(Map.of(), Map.of("WEBSITE_NAME", "第一行\n第二行"), 0L)).statusCode(400)
                .body("violations[0].field", equalTo("narratives.WEBSITE_NAME"));
        given().auth().oauth2(editor).contentType("application/json").queryParam("agencyId", agency)
                .body("{\"figures\": {\"FEE_INCOME_WAN\": \"lots\"}, \"version\": 0}")
                .when().put("/api/v1/reports/2021/inputs").then().statusCode(400);
        put(editor, agency, 2007, body(Map.of(), Map.of(), 0L)).statusCode(400).body("violations[0].field", equalTo("year"));
        put(editor, agency, 2999, body(Map.of(), Map.of(), 0L)).statusCode(400).body("violations[0].field", equalTo("year"));
        given().auth().oauth2(editor).queryParam("agencyId", agency).when().get("/api/v1/reports/abc/inputs")
                .then().statusCode(400);
        // nothing was written by any of these
        given().auth().oauth2(editor).queryParam("agencyId", agency).when().get("/api/v1/reports/2021/inputs")
                .then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void whoMayReadAndWrite() {
        long agency = fixtures.department("T-RIN-E").id;
        given().queryParam("agencyId", agency).when().get("/api/v1/reports/2021/inputs").then().statusCode(401)
                .body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency)
                .when().get("/api/v1/reports/2021/inputs").then().statusCode(403);
        given().auth().oauth2(fixtures.token(Role.REVIEWER)).queryParam("agencyId", agency)
                .when().get("/api/v1/reports/2021/inputs").then().statusCode(200);
        put(fixtures.token(Role.REVIEWER), agency, 2021, body(Map.of(), Map.of(), 0L)).statusCode(403);
        put(fixtures.token(Role.CASEWORKER), agency, 2021, body(Map.of(), Map.of(), 0L)).statusCode(403);
        // an editor of another agency
        String other = fixtures.tokenInAgency(Role.EDITOR, "T-RIN-OTHER");
        given().auth().oauth2(other).queryParam("agencyId", agency).when().get("/api/v1/reports/2021/inputs")
                .then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        put(other, agency, 2021, body(Map.of(), Map.of(), 0L)).statusCode(403);
        // the editor's own agency is the default
        String own = fixtures.tokenInAgency(Role.EDITOR, "T-RIN-E");
        given().auth().oauth2(own).when().get("/api/v1/reports/2021/inputs").then().statusCode(200)
                .body("agencyId", equalTo((int) agency));
        given().auth().oauth2(own).queryParam("agencyId", 99_999_999).when().get("/api/v1/reports/2021/inputs")
                .then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
    }
}
