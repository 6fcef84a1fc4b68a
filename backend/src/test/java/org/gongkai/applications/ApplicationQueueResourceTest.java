package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/** The staff queue: filters, keyset paging, urgency, agency scope; the overdue job. */
@QuarkusTest
class ApplicationQueueResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApplicationDeadlines deadlines;

    private static long agency;
    private static long overdue;
    private static long paused;
    private static long concluded;
    private static long recent;

    @BeforeEach
    void data() {
        if (agency != 0) {
            return;
        }
        agency = fixtures.department("T-YSQ-Q").id;
        String cw = fixtures.token(Role.CASEWORKER);
        overdue = register(cw, agency, "2024-09-27", "逾期的申请");
        paused = register(cw, agency, "2024-09-27", "征求意见中的申请");
        act(cw, paused, "consultations", Map.of("sentOn", "2024-09-30", "partyKind", "OTHER_AGENCY", "party", "区财政局"))
                .statusCode(200);
        concluded = register(cw, agency, "2024-09-20", "已答复的申请");
        act(cw, concluded, "decisions", decision("2024-09-25", "DISCLOSED", null)).statusCode(200);
        recent = register(cw, agency, LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "刚收到的申请");
    }

    private io.restassured.specification.RequestSpecification staff() {
        return as(fixtures.token(Role.CASEWORKER)).queryParam("agencyId", agency);
    }

    @Test
    void filtersByStatusOverdueAndDueWithin() {
        staff().queryParam("status", "RECEIVED").when().get("/api/v1/applications").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) overdue, (int) recent));
        staff().queryParam("status", "RECEIVED").queryParam("status", "IN_CONSULTATION")
                .when().get("/api/v1/applications").then().statusCode(200).body("items.size()", equalTo(3));
        staff().queryParam("overdue", true).when().get("/api/v1/applications").then().statusCode(200)
                .body("items.id", contains((int) overdue))
                .body("items[0].urgency", equalTo("OVERDUE"))
                .body("items[0].remainingWorkingDays", lessThan(0));
        staff().queryParam("dueWithinDays", 25).when().get("/api/v1/applications").then().statusCode(200)
                .body("items.id", contains((int) recent))
                .body("items[0].urgency", anyOf(equalTo("ON_TRACK"), equalTo("UNKNOWN")));
        staff().queryParam("dueWithinDays", 0).when().get("/api/v1/applications").then().statusCode(200)
                .body("items", empty());
        staff().queryParam("open", false).when().get("/api/v1/applications").then().statusCode(200)
                .body("items.id", contains((int) concluded)).body("items[0].urgency", equalTo("CONCLUDED"));
        staff().queryParam("status", "IN_CONSULTATION").when().get("/api/v1/applications").then().statusCode(200)
                .body("items[0].urgency", equalTo("PAUSED")).body("items[0].dueDate", nullValue())
                .body("items[0].phone", equalTo("138****5678"));
    }

    @Test
    void pagesByCursorInDueOrderWithNullsLast() {
        var first = staff().queryParam("open", true).queryParam("size", 2).when().get("/api/v1/applications").then()
                .statusCode(200)
                .body("items.id", contains((int) overdue, (int) recent))
                .body("nextCursor", notNullValue()).extract();
        String cursor = first.path("nextCursor");
        staff().queryParam("open", true).queryParam("size", 2).queryParam("cursor", cursor)
                .when().get("/api/v1/applications").then()
                .statusCode(200).body("items.id", contains((int) paused)).body("nextCursor", nullValue());
        staff().queryParam("sort", "RECEIVED").queryParam("size", 1).when().get("/api/v1/applications").then()
                .statusCode(200).body("items[0].id", equalTo((int) recent));
        staff().queryParam("cursor", "not-a-cursor!").when().get("/api/v1/applications").then().statusCode(400);
        staff().queryParam("dueWithinDays", 100).when().get("/api/v1/applications").then().statusCode(400)
                .body("violations[0].field", equalTo("dueWithinDays"));
        staff().queryParam("status", "LOST").when().get("/api/v1/applications").then().statusCode(400);
        staff().queryParam("size", 500).when().get("/api/v1/applications").then().statusCode(400);
    }

    @Test
    void agencyStaffSeeTheirOwnQueueOnly() {
        String own = fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-Q");
        as(own).when().get("/api/v1/applications").then().statusCode(200)
                .body("items.agencyId", everyItem(equalTo((int) agency)));
        as(fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-Q2")).queryParam("agencyId", agency)
                .when().get("/api/v1/applications").then().statusCode(403);
        as(fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-Q2")).when().get("/api/v1/applications").then().statusCode(200)
                .body("items", empty());
        given().when().get("/api/v1/applications").then().statusCode(401);
        as(fixtures.token(Role.EDITOR)).when().get("/api/v1/applications").then().statusCode(403);
        staff().queryParam("trackingNumber", "ysq-").queryParam("applicant", "王")
                .when().get("/api/v1/applications").then().statusCode(200).body("items.size()", equalTo(4));
    }

    @Test
    void theDailyJobMarksOverdueApplicationsOnce() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        deadlines.markOverdue(today);
        deadlines.markOverdue(today);
        as(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/applications/" + overdue).then().statusCode(200)
                .body("events.findAll { it.type == 'MARKED_OVERDUE' }.size()", equalTo(1))
                .body("events.find { it.type == 'MARKED_OVERDUE' }.actor", equalTo("system"))
                .body("events.find { it.type == 'MARKED_OVERDUE' }.details.dueDate", equalTo("2024-10-30"));
        as(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/applications/" + paused).then().statusCode(200)
                .body("events.type", not(hasItem("MARKED_OVERDUE")));
        as(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/applications/" + overdue + "/deadline").then()
                .statusCode(200).body("dueDate", equalTo("2024-10-30")).body("urgency", equalTo("OVERDUE"))
                .body("steps.zh", hasItem(containsString("国庆节")));
    }
}
