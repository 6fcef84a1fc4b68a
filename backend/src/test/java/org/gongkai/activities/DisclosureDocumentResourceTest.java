package org.gongkai.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class DisclosureDocumentResourceTest {

    @Inject
    Fixtures fixtures;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private Map<String, Object> version(long agency, String label, LocalDate effective, String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("agencyId", agency);
        m.put("versionLabel", label);
        m.put("title", "测试区政府信息公开指南");
        m.put("effectiveDate", effective.toString());
        m.put("body", body);
        return m;
    }

    private int create(String path, Map<String, Object> body) {
        return given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void theCurrentGuideIsTheLatestInForceAndFutureVersionsStayInternal() {
        long agency = fixtures.department("T-GUIDE1").id;
        int old = create("/api/v1/disclosure-guides", version(agency, "2019年版", LocalDate.of(2019, 5, 15), "<p>旧版</p>"));
        int current = create("/api/v1/disclosure-guides", version(agency, "2024年版", LocalDate.of(2024, 1, 1), "<p>现行版</p>"));
        int future = create("/api/v1/disclosure-guides", version(agency, "下一版", TODAY.plusDays(30), "<p>下一版</p>"));

        given().queryParam("agencyId", agency).when().get("/api/v1/disclosure-guides/current").then().statusCode(200)
                .body("id", equalTo(current)).body("current", equalTo(true)).body("body", equalTo("<p>现行版</p>"));
        given().queryParam("agencyId", agency).when().get("/api/v1/disclosure-guides").then().statusCode(200)
                .body("items.id", equalTo(List.of(current, old)));
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).when().get("/api/v1/disclosure-guides")
                .then().statusCode(200).body("items.id", equalTo(List.of(future, current, old)));
        given().when().get("/api/v1/disclosure-guides/" + future).then().statusCode(404);
        given().auth().oauth2(fixtures.token(Role.CLERK)).when().get("/api/v1/disclosure-guides/" + future)
                .then().statusCode(200).body("current", equalTo(false));
        given().when().get("/api/v1/disclosure-guides/" + old).then().statusCode(200).body("current", equalTo(false));
        // A guide is not a catalogue.
        given().when().get("/api/v1/disclosure-catalogues/" + current).then().statusCode(404)
                .body("code", equalTo("CATALOGUE_NOT_FOUND"));
        given().queryParam("agencyId", agency).when().get("/api/v1/disclosure-catalogues/current").then().statusCode(404);
        given().queryParam("agencyId", 999_999_999).when().get("/api/v1/disclosure-guides/current").then().statusCode(404)
                .body("code", equalTo("AGENCY_NOT_FOUND"));
    }

    @Test
    void bodiesAreSanitisedAndPlainTextBecomesParagraphs() {
        long agency = fixtures.department("T-GUIDE2").id;
        int id = create("/api/v1/disclosure-catalogues", version(agency, "v1", LocalDate.of(2023, 1, 1),
                "<h2>目录</h2><script>alert(1)</script><p onclick=\"x()\">条目</p>"));
        given().when().get("/api/v1/disclosure-catalogues/" + id).then().statusCode(200)
                .body("body", equalTo("<h2>目录</h2><p>条目</p>")).body("kind", equalTo("CATALOGUE"));
        int text = create("/api/v1/disclosure-catalogues", version(agency, "v2", LocalDate.of(2023, 6, 1),
                "第一段 <不是标签> & 符号\n第一段第二行\n\n第二段"));
        given().when().get("/api/v1/disclosure-catalogues/" + text).then().statusCode(200)
                .body("body", equalTo("<p>第一段 &lt;不是标签&gt; &amp; 符号<br>第一段第二行</p><p>第二段</p>"));
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON)
                .body(version(agency, "v3", LocalDate.of(2023, 7, 1), "<script>alert(1)</script>"))
                .when().post("/api/v1/disclosure-catalogues").then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON)
                .body(version(agency, "v1", LocalDate.of(2023, 7, 1), "<p>x</p>"))
                .when().post("/api/v1/disclosure-catalogues").then().statusCode(400)
                .body("violations[0].field", equalTo("versionLabel"));
        // The same label is free for the guide: the two documents are versioned separately.
        create("/api/v1/disclosure-guides", version(agency, "v1", LocalDate.of(2023, 1, 1), "<p>指南</p>"));
    }

    @Test
    void writesNeedAnEditorOrAdministrator() {
        long agency = fixtures.department("T-GUIDE3").id;
        Map<String, Object> v = version(agency, "v1", LocalDate.of(2023, 1, 1), "<p>x</p>");
        given().contentType(ContentType.JSON).body(v).when().post("/api/v1/disclosure-guides").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON).body(v)
                .when().post("/api/v1/disclosure-guides").then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-GUIDE-OTHER")).contentType(ContentType.JSON).body(v)
                .when().post("/api/v1/disclosure-guides").then().statusCode(403);
        int id = create("/api/v1/disclosure-guides", v);
        Map<String, Object> changed = version(agency, "v1", LocalDate.of(2023, 2, 1), "<p>改</p>");
        changed.put("changeSummary", "更正生效日期");
        changed.put("version", 0);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/disclosure-guides/" + id).then().statusCode(200)
                .body("effectiveDate", equalTo("2023-02-01")).body("body", not(containsString("x")));
        given().when().delete("/api/v1/disclosure-guides/" + id).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("version", 1).when().delete("/api/v1/disclosure-guides/" + id)
                .then().statusCode(204);
    }
}
