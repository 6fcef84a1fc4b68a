package org.gongkai.common.error;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every failure is a problem-details body, in the caller's language, never a stack trace. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject
    Fixtures fixtures;

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json")
                .body("{\"name\":\"x\",\"catalogueCode\":\"T-TYPE\",\"parentId\":\"abc\",\"government\":false}")
                .when().post("/api/v1/agencies")
                .then().statusCode(400).body("violations.field", hasItem("parentId"));
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/v1/agencies/1").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("text/plain").body("x")
                .when().post("/api/v1/agencies").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAre400NotAServerError() {
        given().queryParam("size", "lots").when().get("/api/v1/agencies").then().statusCode(400);
        given().queryParam("size", 500).when().get("/api/v1/agencies").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().queryParam("cursor", "@@@").when().get("/api/v1/agencies").then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void languageFollowsAcceptLanguage() {
        given().header("Accept-Language", "en-US,en;q=0.9").when().get("/api/v1/agencies/999999")
                .then().statusCode(404).body("detail", equalTo("No such agency."));
        given().header("Accept-Language", "zh-CN").when().get("/api/v1/agencies/999999")
                .then().statusCode(404).body("detail", containsString("机关不存在"));
    }

    @Test
    void platformEndpointsAnswer() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.Problem.properties.code.type", equalTo("string"));
    }
}
