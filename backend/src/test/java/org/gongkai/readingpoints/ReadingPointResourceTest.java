package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReadingPointResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    @Test
    void adminCreatesUpdatesAndClosesAPointThatThePublicSees() {
        long agency = fixtures.department("T-RP1").id;
        String admin = fixtures.token(Role.ADMIN);
        String name = ReadingPointFixtures.unique("档案馆查阅点");
        int id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(points.body(agency, "ARCHIVES", name, LocalDate.of(2010, 1, 1), null))
                .when().post("/api/v1/reading-points")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("kind", equalTo("ARCHIVES")).body("kindLabel.zh", equalTo("档案馆"))
                .body("activeNow", equalTo(true)).body("agencyId", equalTo((int) agency))
                .extract().path("id");

        given().when().get("/api/v1/reading-points/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("phone", equalTo("0812-1234567"));
        given().queryParam("agencyId", agency).queryParam("size", 100)
                .when().get("/api/v1/reading-points").then().statusCode(200).body("items.name", hasItem(name));

        Map<String, Object> closed = points.body(agency, "ARCHIVES", name, LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31));
        closed.put("version", 0);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(closed)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(200).body("activeNow", equalTo(false)).body("version", equalTo(1));

        given().queryParam("agencyId", agency).when().get("/api/v1/reading-points")
                .then().statusCode(200).body("items.name", not(hasItem(name)));
        given().queryParam("agencyId", agency).queryParam("status", "INACTIVE")
                .when().get("/api/v1/reading-points").then().statusCode(200).body("items.name", hasItem(name));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(closed)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        given().auth().oauth2(admin).queryParam("entityType", "ReadingPoint").queryParam("entityId", id)
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE")).body("items[0].changes.activeTo.to", equalTo("2020-12-31"));
    }

    @Test
    void kindsListEveryKindWithLabelsAndGroups() {
        given().when().get("/api/v1/reading-points/kinds").then().statusCode(200)
                .body("size()", equalTo(7))
                .body("find { it.kind == 'SERVICE_CENTRE' }.group", equalTo("SERVICE_VENUE"))
                .body("find { it.kind == 'LIBRARY' }.group", equalTo("PUBLIC_READING_POINT"))
                .body("find { it.kind == 'ELECTRONIC_SCREEN' }.label.en", equalTo("Electronic information screen"));
    }

    @Test
    void invalidInputIsA400NamingTheField() {
        long agency = fixtures.department("T-RP1").id;
        String admin = fixtures.token(Role.ADMIN);
        Map<String, Object> badPeriod = points.body(agency, "LIBRARY", ReadingPointFixtures.unique("x"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badPeriod)
                .when().post("/api/v1/reading-points")
                .then().statusCode(400).body("violations[0].field", equalTo("activeTo"));

        Map<String, Object> badPhone = points.body(agency, "LIBRARY", ReadingPointFixtures.unique("x"),
                LocalDate.of(2020, 1, 1), null);
        badPhone.put("phone", "call me");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Accept-Language", "en").body(badPhone)
                .when().post("/api/v1/reading-points")
                .then().statusCode(400).body("violations[0].field", equalTo("phone"))
                .body("violations[0].message", startsWith("may contain only digits"));

        Map<String, Object> badKind = points.body(agency, "CASTLE", "x", LocalDate.of(2020, 1, 1), null);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badKind)
                .when().post("/api/v1/reading-points")
                .then().statusCode(400).body("violations.field", hasItem("kind"));

        Map<String, Object> unknownAgency = points.body(999_999_999L, "LIBRARY", "x", LocalDate.of(2020, 1, 1), null);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(unknownAgency)
                .when().post("/api/v1/reading-points")
                .then().statusCode(400).body("violations[0].field", equalTo("agencyId"));

        String name = ReadingPointFixtures.unique("同名");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(points.body(agency, "LIBRARY", name, LocalDate.of(2020, 1, 1), null))
                .when().post("/api/v1/reading-points").then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(points.body(agency, "ARCHIVES", name, LocalDate.of(2020, 1, 1), null))
                .when().post("/api/v1/reading-points")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));

        given().queryParam("kind", "CASTLE").when().get("/api/v1/reading-points").then().statusCode(400);
        given().when().get("/api/v1/reading-points/999999999").then().statusCode(404)
                .body("code", equalTo("READING_POINT_NOT_FOUND"));
    }

    @Test
    void writesNeedAnAdministratorOfTheAgency() {
        long agency = fixtures.department("T-RP1").id;
        Map<String, Object> body = points.body(agency, "LIBRARY", ReadingPointFixtures.unique("x"), LocalDate.of(2020, 1, 1), null);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/reading-points")
                .then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reading-points").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(fixtures.tokenInAgency(Role.ADMIN, "T-RP-OTHER")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reading-points").then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
    }

    @Test
    void aPointWithVisitsCannotBeDeletedNorMovedNorNarrowedPastItsRecords() {
        long id = points.point("T-RP2", "LIBRARY", LocalDate.of(2015, 1, 1), null);
        String admin = fixtures.token(Role.ADMIN);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON)
                .body(Map.of("date", "2016-03-01", "people", 2, "itemsConsulted", 3))
                .when().post("/api/v1/reading-points/" + id + "/visits").then().statusCode(201);

        given().auth().oauth2(admin).queryParam("version", 0).when().delete("/api/v1/reading-points/" + id)
                .then().statusCode(409).body("code", equalTo("READING_POINT_IN_USE"));

        String name = given().when().get("/api/v1/reading-points/" + id).then().extract().path("name");
        Map<String, Object> narrowed = points.body(fixtures.department("T-RP2").id, "LIBRARY", name,
                LocalDate.of(2017, 1, 1), null);
        narrowed.put("version", 0);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(narrowed)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("activeFrom"));

        Map<String, Object> moved = points.body(fixtures.department("T-RP3").id, "LIBRARY", name,
                LocalDate.of(2015, 1, 1), null);
        moved.put("version", 0);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(moved)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(409).body("code", equalTo("READING_POINT_IN_USE"));
    }

    @Test
    void anUnusedPointCanBeDeletedWithItsVersion() {
        long id = points.point("T-RP2", "NOTICE_BOARD");
        String admin = fixtures.token(Role.ADMIN);
        given().auth().oauth2(admin).when().delete("/api/v1/reading-points/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
        given().auth().oauth2(admin).queryParam("version", 0).when().delete("/api/v1/reading-points/" + id)
                .then().statusCode(204);
        given().when().get("/api/v1/reading-points/" + id).then().statusCode(404);
    }

    @Test
    void changingTheKindOfAPointOpenInALockedYearIsRefused() {
        long id = points.point("T-RP-LOCK", "READING_ROOM", LocalDate.of(2012, 1, 1), null);
        points.lockYear("T-RP-LOCK", 2013);
        String name = given().when().get("/api/v1/reading-points/" + id).then().extract().path("name");
        Map<String, Object> body = points.body(fixtures.department("T-RP-LOCK").id, "LIBRARY", name,
                LocalDate.of(2012, 1, 1), null);
        body.put("version", 0);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        // The address can still change: it does not move any figure.
        body.put("kind", "READING_ROOM");
        body.put("address", "新地址 2 号");
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reading-points/" + id)
                .then().statusCode(200).body("address", equalTo("新地址 2 号"));
    }

    @Test
    void publicListPagesByName() {
        points.point("T-RP4", "ELECTRONIC_SCREEN");
        points.point("T-RP4", "ELECTRONIC_SCREEN");
        long agency = fixtures.department("T-RP4").id;
        String cursor = given().queryParam("agencyId", agency).queryParam("size", 1)
                .when().get("/api/v1/reading-points").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("nextCursor");
        given().queryParam("agencyId", agency).queryParam("size", 1).queryParam("cursor", cursor)
                .when().get("/api/v1/reading-points").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items.kind", everyItem(equalTo("ELECTRONIC_SCREEN")));
    }
}
