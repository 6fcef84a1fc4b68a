package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/** Correcting a year's holidays recomputes open deadlines (and is undone afterwards for the other tests). */
@QuarkusTest
class CalendarChangeTest {

    @Inject
    Fixtures fixtures;

    @Test
    void anAddedHolidayMovesOpenDeadlines() {
        String admin = fixtures.token(Role.ADMIN);
        long agency = fixtures.department("T-YSQ-CAL").id;
        long open = register(admin, agency, "2026-11-20", "节假日调整前收到的申请");
        long decided = register(admin, agency, "2026-11-20", "已答复的申请");
        act(admin, decided, "decisions", decision("2026-11-23", "DISCLOSED", null)).statusCode(200);
        as(admin).when().get("/api/v1/applications/" + open).then().body("deadline.dueDate", equalTo("2026-12-18"));

        var year = as(admin).when().get("/api/v1/calendar/years/2026").then().statusCode(200).extract();
        List<Map<String, Object>> original = year.path("days");
        List<String> papers = year.path("papers");
        int version = year.path("version");
        List<Map<String, Object>> corrected = new ArrayList<>(original);
        corrected.add(Map.of("date", "2026-12-01", "offDay", true, "name", "测试假日"));
        try {
            as(admin).body(Map.of("papers", papers, "days", corrected, "version", version))
                    .when().put("/api/v1/calendar/years/2026").then().statusCode(200);
            as(admin).when().get("/api/v1/applications/" + open).then().statusCode(200)
                    .body("deadline.dueDate", equalTo("2026-12-21"))
                    .body("deadline.holidaysSkipped.name", hasItem("测试假日"))
                    .body("events.type", hasItem("DEADLINE_RECOMPUTED"))
                    .body("events.find { it.type == 'DEADLINE_RECOMPUTED' }.details.to", equalTo("2026-12-21"));
            as(admin).when().get("/api/v1/applications/" + decided).then().statusCode(200)
                    .body("events.type", not(hasItem("DEADLINE_RECOMPUTED")));
        } finally {
            as(admin).body(Map.of("papers", papers, "days", original, "version", version + 1))
                    .when().put("/api/v1/calendar/years/2026").then().statusCode(200);
        }
        as(admin).when().get("/api/v1/applications/" + open).then().body("deadline.dueDate", equalTo("2026-12-18"));
    }

    @Test
    void aDeadlineInAYearWithoutCalendarIsUnknownNotAGuess() {
        String admin = fixtures.token(Role.ADMIN);
        long agency = fixtures.department("T-YSQ-CAL").id;
        long id = register(admin, agency, "2026-11-27", "跨年的申请");
        act(admin, id, "extensions", Map.of("on", "2026-11-27", "workingDays", 20, "reason", "信息量大", "approvedBy", "主任"))
                .statusCode(200)
                .body("deadline.state", equalTo("UNKNOWN"))
                .body("deadline.dueDate", nullValue())
                .body("deadline.missingCalendarYear", equalTo(2027))
                .body("deadline.urgency", equalTo("UNKNOWN"))
                .body("deadline.steps.en", hasItem(containsString("must add 2027")));
        as(admin).queryParam("agencyId", agency).queryParam("open", true).when().get("/api/v1/applications").then()
                .statusCode(200).body("items.find { it.id == " + id + " }.dueUnknownYear", equalTo(2027));
        as(admin).when().get("/api/v1/applications/" + id + "/documents/EXTENSION_NOTICE").then().statusCode(200);
    }
}
