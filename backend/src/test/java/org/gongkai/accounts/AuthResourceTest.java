package org.gongkai.accounts;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void signInReturnsATokenThatOpensStaffEndpoints() {
        fixtures.tokenFor("signin-user", Role.EDITOR, null);
        String token = given().contentType("application/json")
                .body(Map.of("username", "signin-user", "password", Fixtures.PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("account.roles", hasItem("EDITOR"))
                .extract().path("accessToken");
        given().auth().oauth2(token).when().get("/api/v1/users/me").then().statusCode(200)
                .body("username", equalTo("signin-user")).body("districtWide", equalTo(true));
    }

    @Test
    void wrongPasswordIs401AndRepeatedFailuresAreThrottled() {
        fixtures.tokenFor("throttled-user", Role.CLERK, null);
        Map<String, String> wrong = Map.of("username", "throttled-user", "password", "not-the-password");
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json").body(wrong).when().post("/api/v1/auth/token")
                    .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        }
        given().contentType("application/json")
                .body(Map.of("username", "throttled-user", "password", Fixtures.PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("code", equalTo("LOGIN_THROTTLED"));
    }

    @Test
    void missingFieldsAre400AndGarbageTokensAre401() {
        given().contentType("application/json").body(Map.of("username", "x"))
                .when().post("/api/v1/auth/token").then().statusCode(400).body("violations.field", hasItem("password"));
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/users/me").then().statusCode(401);
        given().when().get("/api/v1/users/me").then().statusCode(401);
    }

    @Test
    void setupIsClosedOnceAnAdministratorExists() {
        fixtures.token(Role.ADMIN);
        given().contentType("application/json")
                .body(Map.of("setupToken", "guess", "username", "root", "displayName", "Root", "password", "long-enough-pw"))
                .when().post("/api/v1/setup/admin").then().statusCode(409).body("code", equalTo("ALREADY_SET_UP"));
    }
}
