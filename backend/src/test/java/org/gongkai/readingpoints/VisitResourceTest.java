package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class VisitResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    private static Map<String, Object> visit(String date, int people, int items) {
        Map<String, Object> m = new HashMap<>();
        m.put("date", date);
        m.put("people", people);
        m.put("itemsConsulted", items);
        m.put("requestSummary", "咨询低保申请条件");
        return m;
    }

    private String clerk() {
        return fixtures.token(Role.CLERK);
    }

    @Test
    void clerkLogsCorrectsAndDeletesAVisit() {
        long point = points.point("T-VIS1", "LIBRARY");
        Map<String, Object> body = visit("2024-03-05", 2, 3);
        body.put("time", "10:15:00");
        body.put("itemIds", List.of(11, 12));
        body.put("becameApplication", true);
        body.put("applicationReference", "DQ-2024-0007");
        int id = given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(201).header("Location", containsString("/visits/"))
                .body("people", equalTo(2)).body("itemIds", equalTo(List.of(11, 12)))
                .body("time", equalTo("10:15:00")).body("recordedBy", equalTo("clerk-t"))
                .body("becameApplication", equalTo(true))
                .extract().path("id");

        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(200).body("applicationReference", equalTo("DQ-2024-0007"));

        body.put("people", 4);
        body.put("itemIds", List.of(12));
        body.put("version", 0);
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(200).body("people", equalTo(4)).body("itemIds", equalTo(List.of(12)))
                .body("version", equalTo(1));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        given().auth().oauth2(clerk()).when().delete("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().auth().oauth2(clerk()).queryParam("version", 1)
                .when().delete("/api/v1/reading-points/" + point + "/visits/" + id).then().statusCode(204);
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(404).body("code", equalTo("VISIT_NOT_FOUND"));

        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("entityType", "ReadingPointVisit")
                .queryParam("entityId", id).when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items.action", equalTo(List.of("DELETE", "UPDATE", "CREATE")))
                .body("items[1].changes.people.to", equalTo(4));
    }

    @Test
    void aVisitTodayDefaultsToOnePersonAndTheCurrentTime() {
        long point = points.point("T-VIS1", "SERVICE_CENTRE");
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(Map.of("date", ChinaDate.today().toString()))
                .when().post("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(201).body("people", equalTo(1)).body("itemsConsulted", equalTo(0))
                .body("time", notNullValue()).body("becameApplication", equalTo(false));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(Map.of("date", "2020-01-02"))
                .when().post("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(201).body("time", nullValue());
    }

    @Test
    void badVisitsAre400sNamingTheField() {
        long point = points.point("T-VIS1", "ARCHIVES", LocalDate.of(2015, 6, 1), LocalDate.of(2030, 1, 1));
        String url = "/api/v1/reading-points/" + point + "/visits";
        String tomorrow = ChinaDate.today().plusDays(1).toString();
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit(tomorrow, 1, 0))
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("date"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(visit("2015-05-31", 1, 0))
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("date"))
                .body("violations[0].message", containsString("was not open on 2015-05-31"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2020-01-02", 0, 0))
                .when().post(url).then().statusCode(400).body("violations.field", hasItem("people"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2020-01-02", 1, -1))
                .when().post(url).then().statusCode(400).body("violations.field", hasItem("itemsConsulted"));

        Map<String, Object> tooManyItems = visit("2020-01-02", 1, 1);
        tooManyItems.put("itemIds", List.of(1, 2));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(tooManyItems)
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("itemsConsulted"));
        Map<String, Object> twice = visit("2020-01-02", 1, 5);
        twice.put("itemIds", List.of(3, 3));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(twice)
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("itemIds"));
        Map<String, Object> reference = visit("2020-01-02", 1, 0);
        reference.put("applicationReference", "DQ-1");
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(reference)
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("applicationReference"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body("{\"date\":\"2020-02-30\"}")
                .when().post(url).then().statusCode(400).body("violations[0].field", equalTo("date"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body("{}")
                .when().post(url).then().statusCode(400).body("violations.field", hasItem("date"));
    }

    @Test
    void securityAndScope() {
        long point = points.point("T-VIS2", "LIBRARY");
        String url = "/api/v1/reading-points/" + point + "/visits";
        given().contentType(ContentType.JSON).body(visit("2020-01-02", 1, 0)).when().post(url).then().statusCode(401);
        given().when().get(url).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(visit("2020-01-02", 1, 0))
                .when().post(url).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-VIS-OTHER")).contentType(ContentType.JSON)
                .body(visit("2020-01-02", 1, 0)).when().post(url).then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-VIS-OTHER")).when().get(url)
                .then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-VIS2")).contentType(ContentType.JSON)
                .body(visit("2020-01-02", 1, 0)).when().post(url).then().statusCode(201);
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2020-01-02", 1, 0))
                .when().post("/api/v1/reading-points/999999999/visits").then().statusCode(404)
                .body("code", equalTo("READING_POINT_NOT_FOUND"));

        long otherPoint = points.point("T-VIS2", "ARCHIVES");
        int visitId = given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2020-01-03", 1, 0))
                .when().post("/api/v1/reading-points/" + otherPoint + "/visits").then().statusCode(201).extract().path("id");
        given().auth().oauth2(clerk()).when().get(url + "/" + visitId).then().statusCode(404);
    }

    @Test
    void aLockedYearRefusesNewAndChangedVisits() {
        long point = points.point("T-VIS-LOCK", "LIBRARY");
        int id = given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2019-06-03", 1, 1))
                .when().post("/api/v1/reading-points/" + point + "/visits").then().statusCode(201).extract().path("id");
        points.lockYear("T-VIS-LOCK", 2019);
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit("2019-06-04", 1, 1))
                .when().post("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        given().auth().oauth2(clerk()).queryParam("version", 0)
                .when().delete("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        Map<String, Object> moved = visit("2020-06-03", 1, 1);
        moved.put("version", 0);
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/reading-points/" + point + "/visits/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }

    @Test
    void listsFilterByPointAgencyAndDatesNewestFirst() {
        long point = points.point("T-VIS3", "LIBRARY");
        for (String d : List.of("2021-01-04", "2021-01-05", "2021-02-01", "2021-03-01")) {
            given().auth().oauth2(clerk()).contentType(ContentType.JSON).body(visit(d, 1, 1))
                    .when().post("/api/v1/reading-points/" + point + "/visits").then().statusCode(201);
        }
        String cursor = given().auth().oauth2(clerk()).queryParam("from", "2021-01-01").queryParam("to", "2021-02-28")
                .queryParam("size", 2).when().get("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(200).body("items.date", equalTo(List.of("2021-02-01", "2021-01-05")))
                .extract().path("nextCursor");
        given().auth().oauth2(clerk()).queryParam("from", "2021-01-01").queryParam("to", "2021-02-28")
                .queryParam("size", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/reading-points/" + point + "/visits")
                .then().statusCode(200).body("items.date", equalTo(List.of("2021-01-04"))).body("nextCursor", nullValue());

        long agency = fixtures.department("T-VIS3").id;
        given().auth().oauth2(clerk()).queryParam("agencyId", agency).queryParam("size", 100)
                .when().get("/api/v1/reading-points/visits")
                .then().statusCode(200).body("items.agencyId", everyItem(equalTo((int) agency)))
                .body("items.size()", equalTo(4));
        given().auth().oauth2(clerk()).queryParam("from", "2021-03-01").queryParam("to", "2021-01-01")
                .when().get("/api/v1/reading-points/visits").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
        // A clerk limited to another agency sees none of these in the cross-point list.
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-VIS-OTHER")).queryParam("agencyId", agency)
                .when().get("/api/v1/reading-points/visits").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(clerk()).queryParam("cursor", "bm9wZQ")
                .when().get("/api/v1/reading-points/visits").then().statusCode(400)
                .body("violations[0].field", startsWith("cursor"));
    }
}
