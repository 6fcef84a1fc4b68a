package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CategoryResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ItemTestSupport items;

    private static Map<String, Object> body(String code, String zh, Long version) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("nameZh", zh);
        m.put("nameEn", "English " + code);
        if (version != null) {
            m.put("version", version);
        }
        return m;
    }

    @Test
    void bothCataloguesAreSeededInOrder() {
        List<String> codes = given().when().get("/api/v1/categories").then().statusCode(200)
                .body("find { it.code == 'REGULATIONS' }.nameZh", equalTo("法规公文"))
                .body("find { it.code == 'REGULATIONS' }.scheme", equalTo("LEGACY_2011"))
                .body("find { it.code == 'NORMATIVE' }.scheme", equalTo("NATIONAL"))
                .body("code", hasItems("OVERVIEW", "PLANS", "REGULATIONS", "NEWS", "PERSONNEL", "FINANCE", "OTHER",
                        "RULES", "NORMATIVE", "LICENSING", "PENALTY", "COERCION", "FEES", "ANNUAL_REPORT"))
                .extract().path("code");
        org.assertj.core.api.Assertions.assertThat(codes.indexOf("OVERVIEW")).isLessThan(codes.indexOf("OTHER"));
        org.assertj.core.api.Assertions.assertThat(codes.indexOf("OTHER")).isLessThan(codes.indexOf("RULES"));
    }

    @Test
    void administratorsAddRenameAndDeactivate() {
        String admin = fixtures.token(Role.ADMIN);
        int id = given().auth().oauth2(admin).contentType("application/json").body(body("T_STREETS", "街道事务", null))
                .when().post("/api/v1/categories").then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("scheme", equalTo("CUSTOM")).body("used", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(admin).contentType("application/json").body(body("T_STREETS", "重复", null))
                .when().post("/api/v1/categories").then().statusCode(400).body("violations[0].field", equalTo("code"));
        given().auth().oauth2(admin).contentType("application/json").body(body("t-bad code", "坏代码", null))
                .when().post("/api/v1/categories").then().statusCode(400).body("violations[0].field", equalTo("code"));

        given().auth().oauth2(admin).contentType("application/json").body(body("T_STREET_AFFAIRS", "街道工作", 0L))
                .when().put("/api/v1/categories/" + id).then().statusCode(200)
                .body("code", equalTo("T_STREET_AFFAIRS")).body("nameZh", equalTo("街道工作"));
        given().auth().oauth2(admin).contentType("application/json").body(body("T_STREET_AFFAIRS", "街道工作", 0L))
                .when().put("/api/v1/categories/" + id).then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        long agency = items.agency("T-ITM-CAT").id;
        items.publish("T-ITM-CAT", ItemTestSupport.draft(agency, "T_STREET_AFFAIRS", "街道信息"), null);
        given().when().get("/api/v1/categories/" + id).then().statusCode(200)
                .body("used", equalTo(true)).body("publishedCount", equalTo(1));
        given().auth().oauth2(admin).contentType("application/json").body(body("T_RENAMED", "街道工作", 1L))
                .when().put("/api/v1/categories/" + id).then().statusCode(409)
                .body("code", equalTo("CATEGORY_CODE_IN_USE"));

        Map<String, Object> off = body("T_STREET_AFFAIRS", "街道工作（停用）", 1L);
        off.put("active", false);
        given().auth().oauth2(admin).contentType("application/json").body(off)
                .when().put("/api/v1/categories/" + id).then().statusCode(200).body("active", equalTo(false));
        given().when().get("/api/v1/categories").then().body("code", not(hasItem("T_STREET_AFFAIRS")));
        given().queryParam("includeInactive", true).when().get("/api/v1/categories").then()
                .body("code", hasItem("T_STREET_AFFAIRS"));
        items.create(items.editor("T-ITM-CAT"), ItemTestSupport.draft(agency, "T_STREET_AFFAIRS", "停用类别"))
                .statusCode(400).body("violations[0].field", equalTo("categoryCode"));
        given().when().get("/api/v1/categories").then()
                .body("find { it.code == 'NEWS' }.publishedCount", greaterThanOrEqualTo(0));
    }

    @Test
    void onlyAdministratorsChangeCategories() {
        given().contentType("application/json").body(body("T_X", "x", null)).when().post("/api/v1/categories")
                .then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType("application/json").body(body("T_X", "x", null))
                .when().post("/api/v1/categories").then().statusCode(403);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json").body(body("T_X", "x", 0L))
                .when().put("/api/v1/categories/987654").then().statusCode(404).body("code", equalTo("CATEGORY_NOT_FOUND"));
        given().when().get("/api/v1/categories/987654").then().statusCode(404);
    }
}
