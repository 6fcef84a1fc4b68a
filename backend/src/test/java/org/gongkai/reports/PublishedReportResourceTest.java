package org.gongkai.reports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.gongkai.reports.AnnualReportLifecycleTest.lock;
import static org.gongkai.reports.AnnualReportLifecycleTest.publish;
import static org.gongkai.reports.AnnualReportLifecycleTest.start;
import static org.gongkai.reports.AnnualReportLifecycleTest.version;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The public list and pages of published annual reports: what they refuse, and that only published reports are
 * there (a draft's or a locked report's id answers 404 to everyone). Publishing itself:
 * {@link AnnualReportLifecycleTest}.
 */
@QuarkusTest
class PublishedReportResourceTest {

    private static final String API = "/api/v1/published-reports";

    @Inject
    Fixtures fixtures;

    @Inject
    ReportRepositories.Reports reports;

    private long reportId(long agency, int year) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> reports.find(agency, year)
                .orElseThrow().id);
    }

    @Test
    void badQueriesAre400AndUnpublishedReports404() {
        given().queryParam("year", 1900).when().get(API).then().statusCode(400);
        given().queryParam("size", 0).when().get(API).then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor").when().get(API).then().statusCode(400);

        Agency dept = fixtures.department("T-RPT-PUB");
        String admin = fixtures.token(Role.ADMIN);
        start(admin, dept.id, 2012, "LEGACY", false).statusCode(201);
        long draft = reportId(dept.id, 2012);
        for (String path : new String[]{"", "/document.html", "/document.docx"}) {
            given().when().get(API + "/" + draft + path).then().statusCode(404).body("code", equalTo("REPORT_NOT_FOUND"));
            given().when().get(API + "/987654321" + path).then().statusCode(404);
        }
        lock(admin, dept.id, 2012, version(admin, dept.id, 2012), "测试").statusCode(200);
        given().when().get(API + "/" + draft).then().statusCode(404);
        given().queryParam("agencyId", dept.id).when().get(API).then().statusCode(200)
                .body("items.id", not(hasItem((int) draft)));
        publish(admin, dept.id, 2012, version(admin, dept.id, 2012)).statusCode(200);
        given().queryParam("agencyId", dept.id).when().get(API).then().statusCode(200)
                .body("items.id", hasItem((int) draft)).body("items[0].publishedAt", notNullValue())
                .body("nextCursor", nullValue());
        given().when().get(API + "/" + draft).then().statusCode(200).body("report.format", equalTo("LEGACY"));
    }

    @Test
    void theListIsKeysetPagedNewestYearFirst() {
        Agency dept = fixtures.department("T-RPT-PUB-LIST");
        String admin = fixtures.token(Role.ADMIN);
        for (int year : new int[]{2013, 2014, 2015}) {
            start(admin, dept.id, year, "LEGACY", false).statusCode(201);
            lock(admin, dept.id, year, version(admin, dept.id, year), "测试").statusCode(200);
            publish(admin, dept.id, year, version(admin, dept.id, year)).statusCode(200);
        }
        String cursor = given().queryParam("agencyId", dept.id).queryParam("size", 2).when().get(API).then()
                .statusCode(200).body("items.year", equalTo(java.util.List.of(2015, 2014)))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().queryParam("agencyId", dept.id).queryParam("size", 2).queryParam("cursor", cursor).when().get(API)
                .then().statusCode(200).body("items.year", equalTo(java.util.List.of(2013))).body("nextCursor", nullValue());
        given().queryParam("agencyId", dept.id).queryParam("year", 2014).when().get(API).then().statusCode(200)
                .body("items.year", equalTo(java.util.List.of(2014)));
    }
}
