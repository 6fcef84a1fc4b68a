package org.gongkai.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ReportDemoDataTest {

    @Inject
    AgencyDemoData agencyDemo;

    @Inject
    ReportDemoData reportDemo;

    @Inject
    AgencyRepository agencies;

    @Inject
    Fixtures fixtures;

    @Test
    void theSeedsNarrativeIsEnteredForTheDistricts2011ReportOnce() {
        QuarkusTransaction.requiringNew().run(() -> agencyDemo.seed());
        QuarkusTransaction.requiringNew().run(() -> reportDemo.seed());
        QuarkusTransaction.requiringNew().run(() -> reportDemo.seed());
        long district = QuarkusTransaction.requiringNew().call(() ->
                agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElseThrow().id);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", district)
                .when().get("/api/v1/reports/2011/inputs").then().statusCode(200)
                .body("version", equalTo(0))
                .body("narratives.find { it.slot == 'WEBSITE_NAME' }.text", equalTo("攀枝花市东区公众信息网"))
                .body("narratives.find { it.slot == 'LEGACY_TRAINING' }.source", equalTo("OWN"))
                .body("narratives.find { it.slot == 'LEGACY_TRAINING' }.enteredBy", equalTo("demo"))
                .body("narratives.find { it.slot == 'LEGACY_PREAMBLE' }.text", startsWith("本年度报告根据《中华人民共和国政府信息公开条例》"));
    }
}
