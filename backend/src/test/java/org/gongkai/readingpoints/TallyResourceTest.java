package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TallyResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    private String clerk() {
        return fixtures.token(Role.CLERK);
    }

    @Test
    void oneTallyPerDaySecondIsA409UnlessAnUpdateWithTheVersion() {
        long point = points.point("T-TAL1", "SERVICE_CENTRE");
        String base = "/api/v1/reading-points/" + point + "/tallies";
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-04-01", "people", 1234, "itemsConsulted", 610))
                .when().post(base).then().statusCode(201).header("Location", endsWith("/tallies/2024-04-01"))
                .body("people", equalTo(1234)).body("version", equalTo(0));

        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-04-01", "people", 1, "itemsConsulted", 1))
                .when().post(base).then().statusCode(409).body("code", equalTo("TALLY_EXISTS"))
                .body("detail", containsString("1234"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("people", 1, "itemsConsulted", 1))
                .when().put(base + "/2024-04-01").then().statusCode(409).body("code", equalTo("TALLY_EXISTS"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("people", 1300, "itemsConsulted", 650, "version", 0))
                .when().put(base + "/2024-04-01").then().statusCode(200).body("people", equalTo(1300))
                .body("version", equalTo(1));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("people", 1, "itemsConsulted", 1, "version", 0))
                .when().put(base + "/2024-04-01").then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(Map.of("people", 900, "itemsConsulted", 400))
                .when().put(base + "/2024-04-02").then().statusCode(201).body("date", equalTo("2024-04-02"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("people", 900, "itemsConsulted", 400, "version", 3))
                .when().put(base + "/2024-04-03").then().statusCode(409).body("code", equalTo("STALE_WRITE"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-04-09", "people", 900, "itemsConsulted", 400))
                .when().put(base + "/2024-04-03").then().statusCode(400).body("violations[0].field", equalTo("date"));

        given().auth().oauth2(clerk()).when().get(base + "/2024-04-01").then().statusCode(200).body("people", equalTo(1300));
        given().auth().oauth2(clerk()).when().get(base + "/2024-04-05").then().statusCode(404)
                .body("code", equalTo("TALLY_NOT_FOUND"));
        given().auth().oauth2(clerk()).when().get(base + "/2024-13-01").then().statusCode(400);
        given().auth().oauth2(clerk()).queryParam("from", "2024-04-01").queryParam("to", "2024-04-30")
                .when().get(base).then().statusCode(200).body("items.date", equalTo(List.of("2024-04-02", "2024-04-01")));

        given().auth().oauth2(clerk()).queryParam("version", 0).when().delete(base + "/2024-04-02").then().statusCode(204);
        given().auth().oauth2(clerk()).queryParam("version", 0).when().delete(base + "/2024-04-02").then().statusCode(404);
    }

    @Test
    void badTalliesAre400s() {
        long point = points.point("T-TAL1", "LIBRARY", LocalDate.of(2020, 1, 1), null);
        String base = "/api/v1/reading-points/" + point + "/tallies";
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", ChinaDate.today().plusDays(1).toString(), "people", 1, "itemsConsulted", 1))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("date"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2019-12-31", "people", 1, "itemsConsulted", 1))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("date"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2020-01-02", "people", -1, "itemsConsulted", 1))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("people"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2020-01-02", "people", 1, "itemsConsulted", 2_000_000))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("itemsConsulted"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2020-01-02", "people", 1))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("itemsConsulted"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(Map.of("people", 1, "itemsConsulted", 1))
                .when().post(base).then().statusCode(400).body("violations[0].field", equalTo("date"));
    }

    @Test
    void securityScopeAndLocks() {
        long point = points.point("T-TAL2", "LIBRARY");
        String base = "/api/v1/reading-points/" + point + "/tallies";
        Map<String, Object> body = Map.of("date", "2018-05-02", "people", 5, "itemsConsulted", 7);
        given().contentType(ContentType.JSON).body(body).when().post(base).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.REVIEWER)).contentType(ContentType.JSON).body(body)
                .when().post(base).then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-TAL-OTHER")).contentType(ContentType.JSON).body(body)
                .when().post(base).then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON).body(body)
                .when().post(base).then().statusCode(201);
        points.lockYear("T-TAL2", 2018);
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("people", 6, "itemsConsulted", 7, "version", 0))
                .when().put(base + "/2018-05-02").then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        given().auth().oauth2(clerk()).queryParam("version", 0).when().delete(base + "/2018-05-02")
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", "2018-05-03", "people", 6, "itemsConsulted", 7))
                .when().post(base).then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }

    @Test
    void theDaySummaryAddsSingleVisitsAndTheTally() {
        long point = points.point("T-TAL3", "SERVICE_CENTRE");
        String day = "2025-06-10";
        for (int people : new int[]{1, 3, 2}) {
            given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                    .body(Map.of("date", day, "people", people, "itemsConsulted", people * 2, "becameApplication", people == 3))
                    .when().post("/api/v1/reading-points/" + point + "/visits").then().statusCode(201);
        }
        String url = "/api/v1/reading-points/" + point + "/days/" + day;
        given().auth().oauth2(clerk()).when().get(url).then().statusCode(200)
                .body("visitCount", equalTo(3)).body("visitPeople", equalTo(6)).body("visitItems", equalTo(12))
                .body("visitsTurnedIntoApplications", equalTo(1)).body("tally", nullValue())
                .body("totalPeople", equalTo(6)).body("totalItems", equalTo(12))
                .body("visits.people", equalTo(List.of(2, 3, 1)));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", day, "people", 1000, "itemsConsulted", 500))
                .when().post("/api/v1/reading-points/" + point + "/tallies").then().statusCode(201);
        given().auth().oauth2(clerk()).when().get(url).then().statusCode(200)
                .body("tally.people", equalTo(1000)).body("totalPeople", equalTo(1006)).body("totalItems", equalTo(512));
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/days/2025-06-11")
                .then().statusCode(200).body("visitCount", equalTo(0)).body("totalPeople", equalTo(0));
        given().when().get(url).then().statusCode(401);
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-TAL-OTHER")).when().get(url).then().statusCode(403);
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/days/yesterday").then().statusCode(400);
    }
}
