package org.gongkai.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WebsiteStatisticResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void oneRowPerMonthUpsertedWithTheVersionAndATwelveMonthGrid() {
        long agency = fixtures.department("T-WEB1").id;
        String editor = fixtures.token(Role.EDITOR);
        String base = "/api/v1/website-statistics/" + agency + "/2025";
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 45210))
                .when().put(base + "/3").then().statusCode(201).body("visits", equalTo(45210)).body("version", equalTo(0));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 1))
                .when().put(base + "/3").then().statusCode(409).body("code", equalTo("WEBSITE_MONTH_EXISTS"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 45300, "version", 0))
                .when().put(base + "/3").then().statusCode(200).body("visits", equalTo(45300));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 45300, "version", 0))
                .when().put(base + "/3").then().statusCode(409).body("code", equalTo("STALE_WRITE"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 100))
                .when().put(base + "/4").then().statusCode(201);

        given().auth().oauth2(fixtures.token(Role.CLERK)).when().get(base).then().statusCode(200)
                .body("months.size()", equalTo(12)).body("months[2].visits", equalTo(45300))
                .body("months[0].visits", nullValue()).body("total", equalTo(45400)).body("monthsRecorded", equalTo(2));
        given().auth().oauth2(fixtures.token(Role.CLERK)).when().get("/api/v1/website-statistics/" + agency + "/2024")
                .then().statusCode(200).body("total", nullValue()).body("monthsRecorded", equalTo(0));
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).when().get("/api/v1/website-statistics")
                .then().statusCode(200).body("items.month", equalTo(java.util.List.of(4, 3)));
        given().auth().oauth2(editor).when().get(base + "/5").then().statusCode(404).body("code", equalTo("WEBSITE_MONTH_NOT_FOUND"));
        given().auth().oauth2(editor).queryParam("version", 0).when().delete(base + "/4").then().statusCode(204);
        given().auth().oauth2(editor).when().get(base + "/4").then().statusCode(404);
    }

    @Test
    void badMonthsAndVisitsAre400sAndScopeApplies() {
        long agency = fixtures.department("T-WEB2").id;
        String editor = fixtures.token(Role.EDITOR);
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 1))
                .when().put("/api/v1/website-statistics/" + agency + "/" + next.getYear() + "/" + next.getMonthValue())
                .then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 1))
                .when().put("/api/v1/website-statistics/" + agency + "/2025/13").then().statusCode(400)
                .body("violations[0].field", equalTo("month"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", -5))
                .when().put("/api/v1/website-statistics/" + agency + "/2025/1").then().statusCode(400)
                .body("violations[0].field", equalTo("visits"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(Map.of("visits", 5))
                .when().put("/api/v1/website-statistics/999999999/2025/1").then().statusCode(400)
                .body("violations[0].field", equalTo("agencyId"));
        given().contentType(ContentType.JSON).body(Map.of("visits", 5))
                .when().put("/api/v1/website-statistics/" + agency + "/2025/1").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON).body(Map.of("visits", 5))
                .when().put("/api/v1/website-statistics/" + agency + "/2025/1").then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-WEB-OTHER")).contentType(ContentType.JSON)
                .body(Map.of("visits", 5)).when().put("/api/v1/website-statistics/" + agency + "/2025/1").then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-WEB-OTHER"))
                .when().get("/api/v1/website-statistics/" + agency + "/2025").then().statusCode(403);
    }
}
