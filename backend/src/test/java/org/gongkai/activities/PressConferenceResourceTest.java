package org.gongkai.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.period.YearLock;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The press conference resource, and with it the life every dated activity shares (ActivityService). */
@QuarkusTest
class PressConferenceResourceTest {

    private static final String URL = "/api/v1/press-conferences";

    @Inject
    Fixtures fixtures;

    @Inject
    YearLocks yearLocks;

    private Map<String, Object> body(String agencyCode, String date, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("agencyId", fixtures.department(agencyCode).id);
        m.put("date", date);
        m.put("title", title);
        m.put("topics", "经济运行；中小企业发展");
        m.put("channel", "PRESS_CONFERENCE");
        return m;
    }

    @jakarta.transaction.Transactional
    void lock(String agencyCode, int year) {
        YearLock l = new YearLock();
        l.agencyId = fixtures.department(agencyCode).id;
        l.year = year;
        l.lockedAt = Instant.now();
        l.lockedBy = "test";
        yearLocks.persist(l);
    }

    @Test
    void editorRecordsCorrectsListsAndDeletes() {
        String editor = fixtures.token(Role.EDITOR);
        int id = given().auth().oauth2(editor).contentType(ContentType.JSON).body(body("T-PC1", "2025-04-16", "一季度经济运行新闻发布会"))
                .when().post(URL).then().statusCode(201).header("Location", startsWith("http"))
                .body("channelLabel.zh", equalTo("新闻发布会")).body("agencyName", startsWith("测试部门"))
                .extract().path("id");
        Map<String, Object> changed = body("T-PC1", "2025-04-17", "一季度经济运行情况新闻发布会");
        changed.put("channel", "ONLINE_INTERVIEW");
        changed.put("version", 0);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(changed).when().put(URL + "/" + id)
                .then().statusCode(200).body("date", equalTo("2025-04-17")).body("channel", equalTo("ONLINE_INTERVIEW"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(changed).when().put(URL + "/" + id)
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body("T-PC1", "2025-09-01", "第二次发布会"))
                .when().post(URL).then().statusCode(201);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body("T-PC1", "2024-09-01", "上年发布会"))
                .when().post(URL).then().statusCode(201);
        long agency = fixtures.department("T-PC1").id;
        String cursor = given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).queryParam("year", 2025)
                .queryParam("size", 1).when().get(URL).then().statusCode(200)
                .body("items.title", equalTo(List.of("第二次发布会"))).extract().path("nextCursor");
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).queryParam("year", 2025)
                .queryParam("size", 1).queryParam("cursor", cursor).when().get(URL).then().statusCode(200)
                .body("items.title", equalTo(List.of("一季度经济运行情况新闻发布会"))).body("nextCursor", nullValue());

        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("entityType", "PressConference").queryParam("entityId", id)
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.channel.to", equalTo("ONLINE_INTERVIEW"));
        given().auth().oauth2(editor).queryParam("version", 1).when().delete(URL + "/" + id).then().statusCode(204);
        given().auth().oauth2(editor).when().get(URL + "/" + id).then().statusCode(404)
                .body("code", equalTo("PRESS_CONFERENCE_NOT_FOUND"));
    }

    @Test
    void invalidInputIs400() {
        String editor = fixtures.token(Role.EDITOR);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body("T-PC1", tomorrow, "未来"))
                .when().post(URL).then().statusCode(400).body("violations[0].field", equalTo("date"));
        Map<String, Object> noTitle = body("T-PC1", "2025-01-02", " ");
        noTitle.remove("channel");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(noTitle).when().post(URL)
                .then().statusCode(400).body("violations.field", hasItem("title")).body("violations.field", hasItem("channel"));
        Map<String, Object> badChannel = body("T-PC1", "2025-01-02", "x");
        badChannel.put("channel", "TV");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(badChannel).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("channel"));
        Map<String, Object> unknownAgency = body("T-PC1", "2025-01-02", "x");
        unknownAgency.put("agencyId", 999_999_999);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(unknownAgency).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("agencyId"));
        given().auth().oauth2(editor).when().delete(URL + "/999999999").then().statusCode(404);
    }

    @Test
    void rolesScopeAndLocks() {
        Map<String, Object> b = body("T-PC2", "2014-03-03", "发布会");
        given().contentType(ContentType.JSON).body(b).when().post(URL).then().statusCode(401);
        given().when().get(URL).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON).body(b).when().post(URL)
                .then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-PC-OTHER")).contentType(ContentType.JSON).body(b)
                .when().post(URL).then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        int id = given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-PC2")).contentType(ContentType.JSON).body(b)
                .when().post(URL).then().statusCode(201).extract().path("id");
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-PC-OTHER")).when().get(URL + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-PC-OTHER")).when().get(URL)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        lock("T-PC2", 2014);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).queryParam("version", 0).when().delete(URL + "/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        Map<String, Object> moved = body("T-PC2", "2015-03-03", "发布会");
        moved.put("version", 0);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(moved).when().put(URL + "/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }
}
