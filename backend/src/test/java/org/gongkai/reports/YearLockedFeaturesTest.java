package org.gongkai.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.common.security.Role;
import org.gongkai.common.validation.ChineseIds;
import org.gongkai.readingpoints.ReadingPointFixtures;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongkai.reports.AnnualReportLifecycleTest.lock;
import static org.gongkai.reports.AnnualReportLifecycleTest.start;
import static org.gongkai.reports.AnnualReportLifecycleTest.unlock;
import static org.gongkai.reports.AnnualReportLifecycleTest.version;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A locked annual report freezes its year in every feature: each test locks a test agency's report through the
 * report API and tries a change of that year through the feature's own endpoint (409 YEAR_LOCKED), then unlocks
 * and sees the same change go through.
 */
@QuarkusTest
class YearLockedFeaturesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    private String admin() {
        return fixtures.token(Role.ADMIN);
    }

    private void lockYear(Agency agency, int year) {
        start(admin(), agency.id, year, "LEGACY", false).statusCode(201);
        lock(admin(), agency.id, year, version(admin(), agency.id, year), "测试：锁定年度").statusCode(200)
                .body("status", equalTo("LOCKED"));
    }

    private void unlockYear(Agency agency, int year) {
        unlock(admin(), agency.id, year, version(admin(), agency.id, year), "测试：解锁").statusCode(200);
    }

    @Test
    void items() {
        Agency dept = fixtures.department("T-RPT-YL-ITM");
        lockYear(dept, 2013);
        Map<String, Object> item = new HashMap<>();
        item.put("agencyId", dept.id);
        item.put("categoryCode", "NEWS");
        item.put("title", "2013年补录的工作动态");
        item.put("writtenDate", "2013-05-06");
        item.put("body", "<p>补录。</p>");
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(item)
                .when().post("/api/v1/items").then().statusCode(409).body("code", equalTo("YEAR_LOCKED"))
                .body("detail", containsString("2013"));
        unlockYear(dept, 2013);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(item)
                .when().post("/api/v1/items").then().statusCode(201);
    }

    @Test
    void applications() {
        Agency dept = fixtures.department("T-RPT-YL-APP");
        lockYear(dept, 2014);
        String first17 = "510402198001011" + "23";
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("type", "NATURAL_PERSON");
        applicant.put("name", "赵六");
        applicant.put("idType", "RESIDENT_ID");
        applicant.put("idNumber", first17 + ChineseIds.residentIdCheck(first17));
        applicant.put("phone", "13812345678");
        applicant.put("email", "zhaoliu@example.cn");
        applicant.put("postalAddress", "四川省攀枝花市东区炳草岗大街1号");
        Map<String, Object> request = Map.of("agencyId", dept.id, "description", "2014年的补录申请",
                "provisionForm", "ELECTRONIC", "obtainMethod", "EMAIL");
        Map<String, Object> body = Map.of("applicant", applicant, "request", request, "channel", "IN_PERSON",
                "receivedOn", "2014-06-03");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications/registrations").then().statusCode(409)
                .body("code", equalTo("YEAR_LOCKED"));
        unlockYear(dept, 2014);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications/registrations").then().statusCode(201);
    }

    @Test
    void readingPointTallies() {
        Agency dept = fixtures.department("T-RPT-YL-RP");
        long point = points.point("T-RPT-YL-RP", "LIBRARY");
        lockYear(dept, 2015);
        Map<String, Object> tally = Map.of("date", "2015-04-01", "people", 12, "itemsConsulted", 30);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(tally)
                .when().post("/api/v1/reading-points/" + point + "/tallies").then().statusCode(409)
                .body("code", equalTo("YEAR_LOCKED"));
        unlockYear(dept, 2015);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(tally)
                .when().post("/api/v1/reading-points/" + point + "/tallies").then().statusCode(201);
    }

    @Test
    void activities() {
        Agency dept = fixtures.department("T-RPT-YL-ACT");
        lockYear(dept, 2012);
        Map<String, Object> conference = Map.of("agencyId", dept.id, "date", "2012-09-18",
                "title", "2012年补录的新闻发布会", "channel", "PRESS_CONFERENCE");
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(conference)
                .when().post("/api/v1/press-conferences").then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(Map.of("visits", 100))
                .when().put("/api/v1/website-statistics/" + dept.id + "/2012/3").then().statusCode(409)
                .body("code", equalTo("YEAR_LOCKED"));
        unlockYear(dept, 2012);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(conference)
                .when().post("/api/v1/press-conferences").then().statusCode(201);
    }
}
