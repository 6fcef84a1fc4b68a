package org.gongkai.reports;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.common.validation.ChineseIds;
import org.gongkai.items.HistoricalItem;
import org.gongkai.items.ItemBulkLoader;
import org.gongkai.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Records for the report tests, entered through the features themselves — the catalogue's bulk loader, the
 * applications' historical import, the activities' and reading points' endpoints — so that every figure a
 * report test asserts was counted from records by the live statistics.
 */
@ApplicationScoped
public class ReportRecords {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    ItemBulkLoader items;

    @Inject
    Fixtures fixtures;

    /** {@code n} items of a category published in the year (spread over its first months), written the same day. */
    public void items(long agencyId, String category, int year, int n) {
        List<HistoricalItem> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(year, 1 + i % 11, 3 + i % 25);
            rows.add(HistoricalItem.of(agencyId, category, "报告测试信息 " + SEQ.incrementAndGet(), d, d));
        }
        items.loadPublished(rows);
    }

    public void pressConference(long agencyId, LocalDate date, String title) {
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agencyId, "date", date.toString(), "title", title, "channel", "PRESS_CONFERENCE"))
                .when().post("/api/v1/press-conferences").then().statusCode(201);
    }

    public void websiteVisits(long agencyId, int year, int month, long visits) {
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(Map.of("visits", visits))
                .when().put("/api/v1/website-statistics/" + agencyId + "/" + year + "/" + month).then().statusCode(201);
    }

    public void deleteWebsiteVisits(long agencyId, int year, int month) {
        given().auth().oauth2(fixtures.token(Role.EDITOR)).queryParam("version", 0)
                .when().delete("/api/v1/website-statistics/" + agencyId + "/" + year + "/" + month).then().statusCode(204);
    }

    /** Historical applications through the applications' import (all or nothing). */
    public void applications(List<Map<String, Object>> rows) {
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("mode", "ALL_OR_NOTHING", "applications", rows))
                .when().post("/api/v1/applications/imports").then().statusCode(200)
                .body("imported", org.hamcrest.Matchers.equalTo(rows.size()));
    }

    /** An imported application of a natural person or an organisation, with its events. */
    public static Map<String, Object> application(String agencyCode, String applicantType, String received,
                                                  List<Map<String, Object>> events) {
        int n = SEQ.incrementAndGet();
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("type", applicantType);
        applicant.put("name", "NATURAL_PERSON".equals(applicantType) ? "申请人" + n : "某单位" + n);
        if (!"NATURAL_PERSON".equals(applicantType)) {
            String prefix = "91510402" + String.format("RP%07d", n);
            applicant.put("creditCode", prefix + ChineseIds.creditCodeCheck(prefix));
            applicant.put("contactPerson", "李四");
        }
        Map<String, Object> r = new HashMap<>();
        r.put("sourceReference", "RPT-" + agencyCode + "-" + n);
        r.put("agencyCode", agencyCode);
        r.put("channel", "ONLINE");
        r.put("receivedOn", received);
        r.put("applicant", applicant);
        r.put("request", Map.of("description", "申请公开报告测试信息 " + n, "provisionForm", "PAPER",
                "obtainMethod", "PICK_UP"));
        r.put("events", events);
        return r;
    }

    public static Map<String, Object> decided(String on, String outcome) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", "DECIDED");
        e.put("on", on);
        e.put("outcome", outcome);
        if (!"DISCLOSED".equals(outcome)) {
            e.put("reason", "依法答复");
        }
        return e;
    }
}
