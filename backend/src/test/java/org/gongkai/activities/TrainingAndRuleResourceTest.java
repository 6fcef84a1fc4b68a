package org.gongkai.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class TrainingAndRuleResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void trainingsRecordSessionsAndParticipants() {
        long agency = fixtures.department("T-TRN1").id;
        String admin = fixtures.token(Role.ADMIN);
        int id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agency, "date", "2025-05-20", "topic", "条例业务集中培训", "sessions", 2,
                        "participants", 116))
                .when().post("/api/v1/trainings").then().statusCode(201).body("participants", equalTo(116))
                .extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agency, "date", "2025-05-20", "topic", "条例业务集中培训", "sessions", 3,
                        "participants", 120, "version", 0))
                .when().put("/api/v1/trainings/" + id).then().statusCode(200).body("sessions", equalTo(3));
        given().auth().oauth2(fixtures.token(Role.CASEWORKER)).queryParam("agencyId", agency).when().get("/api/v1/trainings")
                .then().statusCode(200).body("items.topic", equalTo(List.of("条例业务集中培训")));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agency, "date", "2025-05-21", "topic", "x", "sessions", 0, "participants", -1))
                .when().post("/api/v1/trainings").then().statusCode(400)
                .body("violations.field", hasItem("sessions")).body("violations.field", hasItem("participants"));
        given().auth().oauth2(fixtures.token(Role.REVIEWER)).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agency, "date", "2025-05-21", "topic", "x", "sessions", 1, "participants", 1))
                .when().post("/api/v1/trainings").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/trainings/999999999").then().statusCode(404)
                .body("code", equalTo("TRAINING_NOT_FOUND"));
    }

    @Test
    void internalRulesNameTheirOwnDateFieldAndRefuseDuplicates() {
        long agency = fixtures.department("T-RUL1").id;
        String editor = fixtures.token(Role.EDITOR);
        Map<String, Object> rule = Map.of("agencyId", agency, "adoptedOn", "2025-02-10", "title", "保密审查制度",
                "documentNumber", "东府办发〔2025〕3号", "summary", "主动公开前的保密审查流程");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(rule).when().post("/api/v1/internal-rules")
                .then().statusCode(201).body("adoptedOn", equalTo("2025-02-10")).body("documentNumber", equalTo("东府办发〔2025〕3号"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(rule).when().post("/api/v1/internal-rules")
                .then().statusCode(400).body("violations[0].field", equalTo("title"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body(Map.of("agencyId", agency, "adoptedOn", tomorrow, "title", "将来的制度"))
                .when().post("/api/v1/internal-rules").then().statusCode(400).body("violations[0].field", equalTo("adoptedOn"));
        given().auth().oauth2(editor).queryParam("agencyId", agency).queryParam("year", 2025)
                .when().get("/api/v1/internal-rules").then().statusCode(200).body("items.title", equalTo(List.of("保密审查制度")));
    }
}
