package org.gongkai.agencies;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AgencyResourceTest {

    @Inject
    Fixtures fixtures;

    private Map<String, Object> body(String name, String code, String creditCode, Long version) {
        var m = new java.util.HashMap<String, Object>();
        m.put("name", name);
        m.put("catalogueCode", code);
        m.put("parentId", fixtures.district().id);
        m.put("government", false);
        if (creditCode != null) {
            m.put("creditCode", creditCode);
        }
        if (version != null) {
            m.put("version", version);
        }
        return m;
    }

    @Test
    void adminCreatesReadsAndUpdatesAnAgency() {
        String admin = fixtures.token(Role.ADMIN);
        int id = given().auth().oauth2(admin).contentType("application/json")
                .body(body("测试区审计局", "T-SJJ", "11510402MB0000041F", null))
                .when().post("/api/v1/agencies")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("name", equalTo("测试区审计局"))
                .extract().path("id");

        given().when().get("/api/v1/agencies/" + id).then().statusCode(200).body("catalogueCode", equalTo("T-SJJ"));

        given().auth().oauth2(admin).contentType("application/json")
                .body(body("测试区审计局（改）", "T-SJJ", null, 0L))
                .when().put("/api/v1/agencies/" + id)
                .then().statusCode(200).body("name", equalTo("测试区审计局（改）")).body("version", equalTo(1));

        given().auth().oauth2(admin).contentType("application/json")
                .body(body("又改", "T-SJJ", null, 0L))
                .when().put("/api/v1/agencies/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("STALE_WRITE"));

        given().auth().oauth2(admin).queryParam("entityType", "Agency").queryParam("entityId", id)
                .when().get("/api/v1/audit-log")
                .then().statusCode(200).body("items.action", hasItem("UPDATE")).body("items[0].changes.name.to",
                        equalTo("测试区审计局（改）"));
    }

    @Test
    void invalidCreditCodeIsA400NamingTheField() {
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json")
                .header("Accept-Language", "en")
                .body(body("坏代码局", "T-BAD", "11510402MB0000041G", null))
                .when().post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations[0].field", equalTo("creditCode"))
                .body("violations[0].message", startsWith("is not a valid"));
    }

    @Test
    void duplicateCatalogueCodeIsRefused() {
        fixtures.department("T-DUP");
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json")
                .body(body("重复局", "T-DUP", null, null))
                .when().post("/api/v1/agencies")
                .then().statusCode(400).body("violations[0].field", equalTo("catalogueCode"));
    }

    @Test
    void writesNeedAnAdministrator() {
        given().contentType("application/json").body(body("x", "T-X", null, null))
                .when().post("/api/v1/agencies").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType("application/json")
                .body(body("x", "T-X", null, null))
                .when().post("/api/v1/agencies").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void unknownAgencyIs404AndTreeListsDepartmentsUnderTheDistrict() {
        given().when().get("/api/v1/agencies/999999").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
        fixtures.department("T-TREE");
        given().when().get("/api/v1/agencies/tree").then().statusCode(200)
                .body("find { it.agency.catalogueCode == 'T-DISTRICT' }.children.agency.catalogueCode", hasItem("T-TREE"));
        given().queryParam("size", 1).when().get("/api/v1/agencies").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", notNullValue());
    }
}
