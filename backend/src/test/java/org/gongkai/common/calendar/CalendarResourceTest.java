package org.gongkai.common.calendar;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class CalendarResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void bundledYearsAreLoadedOnFirstStart() {
        given().when().get("/api/v1/calendar/years").then().statusCode(200)
                .body("year", hasItems(2007, 2011, 2024, 2026))
                .body("find { it.year == 2011 }.offDays", equalTo(29))
                .body("find { it.year == 2011 }.workingDays", equalTo(5));
        given().when().get("/api/v1/calendar/years/2011").then().statusCode(200)
                .body("days.find { it.date == '2011-10-08' }.offDay", equalTo(false));
        given().when().get("/api/v1/calendar/years/1999").then().statusCode(404);
    }

    @Test
    void addWorkingDaysExplainsHolidaysAndMakeUpDays() {
        given().queryParam("from", "2024-09-27").queryParam("days", 20)
                .when().get("/api/v1/calendar/working-days/add")
                .then().statusCode(200)
                .body("result", equalTo("2024-10-30"))
                .body("skipped.findAll { it.reason == 'HOLIDAY' }.date", hasItem("2024-10-01"))
                .body("makeUpWorkdays.date", hasItems("2024-09-29", "2024-10-12"));
        given().queryParam("from", "2024-02-02").queryParam("to", "2024-03-06")
                .when().get("/api/v1/calendar/working-days/between")
                .then().statusCode(200).body("workingDays", equalTo(20));
    }

    @Test
    void missingYearIsAnExplicitConflictNotAGuess() {
        given().header("Accept-Language", "en").queryParam("from", "2026-12-20").queryParam("days", 20)
                .when().get("/api/v1/calendar/working-days/add")
                .then().statusCode(409).body("code", equalTo("CALENDAR_YEAR_MISSING"))
                .body("detail", containsString("2027"));
    }

    @Test
    void badParametersAre400() {
        given().queryParam("from", "2024-13-01").queryParam("days", 3)
                .when().get("/api/v1/calendar/working-days/add").then().statusCode(400);
        given().queryParam("from", "2024-01-01")
                .when().get("/api/v1/calendar/working-days/add").then().statusCode(400)
                .body("violations.field", hasItem("days"));
        given().queryParam("from", "2024-01-01").queryParam("days", -1)
                .when().get("/api/v1/calendar/working-days/add").then().statusCode(400);
    }

    @Test
    void administratorAddsAYearAndCorrectsIt() {
        String admin = fixtures.token(Role.ADMIN);
        Map<String, Object> body = Map.of(
                "papers", List.of("https://www.gov.cn/example-2030"),
                "days", List.of(Map.of("date", "2030-01-01", "offDay", true, "name", "元旦"),
                        Map.of("date", "2030-10-01", "offDay", true, "name", "国庆节")));
        given().auth().oauth2(admin).contentType("application/json").body(body)
                .when().put("/api/v1/calendar/years/2030")
                .then().statusCode(200).body("source", equalTo("manual")).body("days.size()", equalTo(2));
        given().queryParam("from", "2029-12-31").queryParam("days", 1)
                .when().get("/api/v1/calendar/working-days/add")
                .then().statusCode(409).body("detail", containsString("2029"));

        // A correction must name the version it read.
        Map<String, Object> fix = Map.of("days", List.of(Map.of("date", "2030-01-01", "offDay", true, "name", "元旦")));
        given().auth().oauth2(admin).contentType("application/json").body(fix)
                .when().put("/api/v1/calendar/years/2030").then().statusCode(400).body("violations.field", hasItem("version"));
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("days", fix.get("days"), "version", 0))
                .when().put("/api/v1/calendar/years/2030").then().statusCode(200).body("days.size()", equalTo(1));
    }

    @Test
    void aFieldViolationInsideTheListNamesTheRowAsTheConsoleShowsIt() {
        Map<String, Object> day = new java.util.HashMap<>();
        day.put("date", null);
        day.put("offDay", true);
        day.put("name", " ");
        Map<String, Object> ok = Map.of("date", "2033-01-01", "offDay", true, "name", "元旦");
        List<Object> days = new java.util.ArrayList<>();
        days.add(ok);
        days.add(day);
        days.add(null);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json").body(Map.of("days", days))
                .when().put("/api/v1/calendar/years/2033")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("days[1].date", "days[1].name", "days[2]"));
    }

    @Test
    void correctionsAreValidatedAndOnlyForAdministrators() {
        Map<String, Object> wrongYear = Map.of("days", List.of(Map.of("date", "2031-05-01", "offDay", true, "name", "劳动节")));
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json").body(wrongYear)
                .when().put("/api/v1/calendar/years/2032")
                .then().statusCode(400).body("violations[0].field", equalTo("days[0].date"));
        given().contentType("application/json").body(wrongYear)
                .when().put("/api/v1/calendar/years/2031").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType("application/json").body(wrongYear)
                .when().put("/api/v1/calendar/years/2031").then().statusCode(403);
    }
}
