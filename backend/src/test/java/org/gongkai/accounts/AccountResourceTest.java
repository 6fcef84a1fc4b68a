package org.gongkai.accounts;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AccountResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void administratorManagesAccounts() {
        String admin = fixtures.token(Role.ADMIN);
        long agency = fixtures.department("T-ACC").id;
        int id = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "new.clerk", "displayName", "新登记员", "password", "initial-pass",
                        "roles", List.of("CLERK"), "agencyId", agency, "districtWide", false))
                .when().post("/api/v1/users")
                .then().statusCode(201).body("agencyId", equalTo((int) agency)).extract().path("id");

        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("displayName", "新登记员", "roles", List.of("CLERK", "EDITOR"), "agencyId", agency,
                        "districtWide", false, "enabled", true, "version", 0))
                .when().put("/api/v1/users/" + id)
                .then().statusCode(200).body("roles", hasItem("EDITOR"));

        given().auth().oauth2(admin).contentType("application/json").body(Map.of("newPassword", "reset-pass-1"))
                .when().put("/api/v1/users/" + id + "/password").then().statusCode(204);
        given().contentType("application/json").body(Map.of("username", "new.clerk", "password", "reset-pass-1"))
                .when().post("/api/v1/auth/token").then().statusCode(200);

        given().auth().oauth2(admin).when().get("/api/v1/audit-log?entityType=Account&entityId=" + id)
                .then().statusCode(200).body("items.action", hasItem("RESET_PASSWORD"))
                .body("items.changes.password", hasItem("***"));
    }

    @Test
    void invalidAccountsAreRefused() {
        String admin = fixtures.token(Role.ADMIN);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "1bad", "displayName", "x", "password", "short", "roles", List.of()))
                .when().post("/api/v1/users")
                .then().statusCode(400).body("violations.field", hasItem("username"))
                .body("violations.field", hasItem("password")).body("violations.field", hasItem("roles"));
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "no.agency", "displayName", "x", "password", "long-enough", "roles", List.of("CLERK"),
                        "districtWide", false))
                .when().post("/api/v1/users").then().statusCode(400).body("violations[0].field", equalTo("agencyId"));
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "bad.role", "displayName", "x", "password", "long-enough", "roles", List.of("KING"),
                        "districtWide", true))
                .when().post("/api/v1/users").then().statusCode(400);
    }

    @Test
    void onlyAdministratorsListAccountsAndNobodyLocksThemselvesOut() {
        given().auth().oauth2(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/users").then().statusCode(403);
        given().when().get("/api/v1/users").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).when().get("/api/v1/users/987654").then().statusCode(404);

        String selfToken = fixtures.tokenFor("self-admin", Role.ADMIN, null);
        int selfId = given().auth().oauth2(selfToken).when().get("/api/v1/users/me").then().extract().path("id");
        given().auth().oauth2(selfToken).contentType("application/json")
                .body(Map.of("displayName", "me", "roles", List.of("EDITOR"), "districtWide", true, "enabled", true, "version", 0))
                .when().put("/api/v1/users/" + selfId).then().statusCode(409).body("code", equalTo("SELF_LOCKOUT"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOne() {
        String token = fixtures.tokenFor("pw-changer", Role.CLERK, null);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("currentPassword", "wrong-one", "newPassword", "another-pass"))
                .when().put("/api/v1/users/me/password").then().statusCode(400)
                .body("violations[0].field", equalTo("currentPassword"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "another-pass"))
                .when().put("/api/v1/users/me/password").then().statusCode(204);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).when().get("/api/v1/users?size=100")
                .then().statusCode(200).body("items.username", not(hasItem("nobody")));
    }
}
