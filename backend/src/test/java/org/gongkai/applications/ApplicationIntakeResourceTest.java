package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/** Portal submission, tracking, staff registration and the personal-data rules. */
@QuarkusTest
class ApplicationIntakeResourceTest {

    @Inject
    Fixtures fixtures;

    private long agency() {
        return fixtures.department("T-YSQ-IN").id;
    }

    private Map<String, Object> submission(String id) {
        Map<String, Object> b = new HashMap<>();
        b.put("applicant", person("张三", id));
        b.put("request", request(agency(), "2024年东区老旧小区改造项目资金安排"));
        return b;
    }

    @Test
    void anyoneAppliesAndFollowsTheApplicationWithTheQueryCode() {
        String client = freshClient();
        var created = given().header("X-Forwarded-For", client).contentType("application/json")
                .body(submission(residentId("19900307", 21)))
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/applications/tracking/YSQ-"))
                .body("trackingNumber", matchesPattern("YSQ-\\d{4}-\\d{6}"))
                .body("queryCode", matchesPattern("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"))
                .body("id", nullValue())
                .body("status", equalTo("RECEIVED"))
                .body("receivedRule.zh", notNullValue())
                .extract();
        String number = created.path("trackingNumber");
        String code = created.path("queryCode");

        given().header("X-Forwarded-For", client).header("X-Query-Code", code)
                .when().get("/api/v1/applications/tracking/" + number)
                .then().statusCode(200)
                .body("applicantName", equalTo("张*"))
                .body("status", equalTo("RECEIVED"))
                .body("timeline[0].type", equalTo("SUBMITTED"))
                .body("canWithdraw", equalTo(true))
                .body(not(containsString("13812345678")))
                .body(not(containsString("applicant@example.cn")))
                .body(not(containsString("1990030")));
        given().header("X-Forwarded-For", client).contentType("application/json")
                .body(Map.of("queryCode", code.toLowerCase()))
                .when().post("/api/v1/applications/tracking/" + number.toLowerCase())
                .then().statusCode(200).body("trackingNumber", equalTo(number));

        // A wrong code and an unknown number look the same.
        given().header("X-Forwarded-For", client).header("X-Query-Code", "AAAA-BBBB-CCCC")
                .when().get("/api/v1/applications/tracking/" + number)
                .then().statusCode(404).body("code", equalTo("TRACKING_NOT_FOUND"));
        given().header("X-Forwarded-For", client).header("X-Query-Code", code)
                .when().get("/api/v1/applications/tracking/YSQ-1999-000001")
                .then().statusCode(404).body("code", equalTo("TRACKING_NOT_FOUND"));
        given().header("X-Forwarded-For", client)
                .when().get("/api/v1/applications/tracking/" + number)
                .then().statusCode(400).body("violations[0].field", equalTo("queryCode"));

        // The printable receipt shows the code the applicant typed, and masked data only.
        given().header("X-Forwarded-For", client).contentType("application/json").body(Map.of("queryCode", code))
                .when().post("/api/v1/applications/tracking/" + number + "/receipt")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("政府信息公开申请登记回执")).body(containsString(code))
                .body(containsString("138****5678")).body(not(containsString("13812345678")))
                .body(containsString("张*")).body(not(containsString("张三")));

        // The applicant withdraws; a second withdrawal is an illegal move.
        given().header("X-Forwarded-For", client).contentType("application/json")
                .body(Map.of("queryCode", code, "reason", "已通过其他渠道获取"))
                .when().post("/api/v1/applications/tracking/" + number + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("outcome", equalTo("OTHER_OTHER"))
                .body("canWithdraw", equalTo(false));
        given().header("X-Forwarded-For", client).contentType("application/json").body(Map.of("queryCode", code))
                .when().post("/api/v1/applications/tracking/" + number + "/withdrawal")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void malformedSubmissionsAre400NamingEachField() {
        Map<String, Object> bad = submission("110105194912310021");
        ((Map<String, Object>) bad.get("applicant")).put("phone", "12");
        ((Map<String, Object>) bad.get("request")).put("agencyId", 999999);
        anonymous().header("Accept-Language", "en").body(bad)
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("applicant.idNumber", "applicant.phone", "request.agencyId"))
                .body("violations.find { it.field == 'applicant.idNumber' }.message", containsString("check digit"));
        Map<String, Object> org = new HashMap<>();
        Map<String, Object> research = organisation("RESEARCH", "某研究院", creditCode(77).substring(0, 17) + "0");
        research.remove("email");
        if (creditCode(77).endsWith("0")) {
            research.put("creditCode", creditCode(77).substring(0, 17) + "1");
        }
        org.put("applicant", research);
        org.put("request", request(agency(), "科研项目经费"));
        anonymous().body(org).when().post("/api/v1/applications")
                .then().statusCode(400).body("violations.field", hasItems("applicant.creditCode", "applicant.email"));
        anonymous().body(Map.of("applicant", Map.of("type", "ALIEN"))).when().post("/api/v1/applications")
                .then().statusCode(400);
        anonymous().body("{not json").when().post("/api/v1/applications").then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        anonymous().body(Map.of()).when().post("/api/v1/applications").then().statusCode(400)
                .body("violations.field", hasItems("applicant", "request"));
    }

    @Test
    void submissionsFromOneAddressAreThrottled() {
        String client = freshClient();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", client).contentType("application/json")
                    .body(submission(residentId("19850101", 100 + i)))
                    .when().post("/api/v1/applications").then().statusCode(201);
        }
        given().header("X-Forwarded-For", client).contentType("application/json")
                .body(submission(residentId("19850101", 199)))
                .when().post("/api/v1/applications")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("code", equalTo("TOO_MANY_REQUESTS"));
        given().header("X-Forwarded-For", freshClient()).contentType("application/json")
                .body(submission(residentId("19850101", 198)))
                .when().post("/api/v1/applications").then().statusCode(201);
    }

    @Test
    void trackingGuessesAreThrottled() {
        String client = freshClient();
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", client).header("X-Query-Code", "AAAA-BBBB-CCC" + (i % 9 + 2))
                    .when().get("/api/v1/applications/tracking/YSQ-2024-000001").then().statusCode(404);
        }
        given().header("X-Forwarded-For", client).header("X-Query-Code", "AAAA-BBBB-CCCC")
                .when().get("/api/v1/applications/tracking/YSQ-2024-000001").then().statusCode(429);
    }

    @Test
    void staffRegisterWithTheChannelsReceivedDate() {
        String clerk = fixtures.token(Role.CLERK);
        var body = registration(organisation("BUSINESS", "攀枝花市某某建材有限公司", creditCode(4711)),
                request(agency(), "建材市场监管抽检结果"), "POST_SIGNED", "2024-09-27");
        body.put("submittedOn", "2024-09-25");
        body.put("receivedNote", "挂号信 XA123 签收");
        var created = as(clerk).body(body).when().post("/api/v1/applications/registrations")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/applications/\\d+"))
                .body("trackingNumber", startsWith("YSQ-2024-"))
                .body("receivedOn", equalTo("2024-09-27"))
                .body("dueDate", equalTo("2024-10-30"))
                .body("queryCode", notNullValue())
                .extract();
        int id = created.path("id");
        as(clerk).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("applicant.creditCode", equalTo(creditCode(4711)))
                .body("applicant.phone", equalTo("081*****4444"))
                .body("deadline.dueDate", equalTo("2024-10-30"))
                .body("deadline.holidaysSkipped.date", hasItem("2024-10-01"))
                .body("deadline.makeUpWorkdays.date", hasItems("2024-09-29", "2024-10-12"))
                .body("registeredBy", equalTo("clerk-t"))
                .body("allowedActions", empty())
                .body("documents.kind", hasItem("RECEIPT"))
                .body("events[0].type", equalTo("REGISTERED"));
        // A clerk registers but does not handle.
        as(clerk).body(Map.of("version", 0, "decidedOn", "2024-10-08", "outcome", "DISCLOSED"))
                .when().post("/api/v1/applications/" + id + "/decisions").then().statusCode(403);
    }

    @Test
    void registrationChecksTheReceivedDateForTheChannel() {
        String clerk = fixtures.token(Role.CLERK);
        var inPerson = registration(person("赵六", residentId("19700505", 31)), request(agency(), "某信息"),
                "IN_PERSON", "2024-09-27");
        inPerson.put("submittedOn", "2024-09-26");
        as(clerk).body(inPerson).when().post("/api/v1/applications/registrations")
                .then().statusCode(400).body("violations.field", hasItem("receivedOn"));
        var future = registration(person("赵六", residentId("19700505", 31)), request(agency(), "某信息"), "FAX", "2999-01-01");
        as(clerk).body(future).when().post("/api/v1/applications/registrations")
                .then().statusCode(400).body("violations.field", hasItem("receivedOn"));
        var online = registration(person("赵六", residentId("19700505", 31)), request(agency(), "某信息"), "ONLINE", "2024-09-27");
        as(clerk).body(online).when().post("/api/v1/applications/registrations")
                .then().statusCode(400).body("violations.field", hasItem("channel"));
    }

    @Test
    void registrationNeedsStaffOfTheAgency() {
        var body = registration(person("钱七", residentId("19880808", 41)), request(agency(), "某信息"), "IN_PERSON", "2024-09-27");
        given().contentType("application/json").body(body).when().post("/api/v1/applications/registrations")
                .then().statusCode(401);
        as(fixtures.token(Role.EDITOR)).body(body).when().post("/api/v1/applications/registrations")
                .then().statusCode(403);
        as(fixtures.tokenInAgency(Role.CLERK, "T-YSQ-OTHER")).body(body).when().post("/api/v1/applications/registrations")
                .then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        as(fixtures.tokenInAgency(Role.CLERK, "T-YSQ-IN")).body(body).when().post("/api/v1/applications/registrations")
                .then().statusCode(201);
    }

    @Test
    void revealingPersonalDataIsACaseworkerActionThatIsAudited() {
        String caseworker = fixtures.token(Role.CASEWORKER);
        String id = residentId("19920229", 51);
        long app = register(caseworker, person("周九", id), agency(), "2024-09-27", "某信息");
        as(caseworker).when().get("/api/v1/applications/" + app).then().statusCode(200)
                .body("applicant.idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body(not(containsString(id)));
        as(caseworker).body(Map.of()).when().post("/api/v1/applications/" + app + "/personal-data-reveal")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        as(fixtures.token(Role.CLERK)).body(Map.of("reason", "核对")).when()
                .post("/api/v1/applications/" + app + "/personal-data-reveal").then().statusCode(403);
        as(fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-OTHER")).body(Map.of("reason", "核对")).when()
                .post("/api/v1/applications/" + app + "/personal-data-reveal").then().statusCode(403);
        as(caseworker).body(Map.of("reason", "邮寄答复书需核对收件人")).when()
                .post("/api/v1/applications/" + app + "/personal-data-reveal")
                .then().statusCode(200).body("idNumber", equalTo(id)).body("phone", equalTo("13812345678"));
        as(fixtures.token(Role.ADMIN)).queryParam("entityType", "Application").queryParam("entityId", app)
                .queryParam("action", "REVEAL_PERSONAL_DATA")
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.reason", equalTo("邮寄答复书需核对收件人"))
                .body("items[0].actor", equalTo("caseworker-t"));
        // The creation audit row keeps masked values only.
        as(fixtures.token(Role.ADMIN)).queryParam("entityType", "Application").queryParam("entityId", app)
                .queryParam("action", "REGISTER")
                .when().get("/api/v1/audit-log").then().statusCode(200).body(not(containsString(id)));
    }

    @Test
    void aLostQueryCodeIsReplacedAndTheOldOneStops() {
        String clerk = fixtures.token(Role.CLERK);
        var created = as(clerk).body(registration(person("孙八", residentId("19750101", 61)), request(agency(), "某信息"),
                "IN_PERSON", "2024-09-27")).when().post("/api/v1/applications/registrations").then().statusCode(201).extract();
        String number = created.path("trackingNumber");
        String oldCode = created.path("queryCode");
        int id = created.path("id");
        String newCode = as(clerk).when().post("/api/v1/applications/" + id + "/query-code")
                .then().statusCode(200).body("trackingNumber", equalTo(number)).extract().path("queryCode");
        String client = freshClient();
        given().header("X-Forwarded-For", client).header("X-Query-Code", oldCode)
                .when().get("/api/v1/applications/tracking/" + number).then().statusCode(404);
        given().header("X-Forwarded-For", client).header("X-Query-Code", newCode)
                .when().get("/api/v1/applications/tracking/" + number).then().statusCode(200);
    }

    @Test
    void outcomeCodesArePublic() {
        given().when().get("/api/v1/applications/outcome-codes").then().statusCode(200)
                .body("size()", equalTo(21))
                .body("[0].code", equalTo("DISCLOSED"))
                .body("find { it.code == 'UNAVAILABLE_NOT_HELD' }.legacyLabels", hasItems("NOT_EXIST", "NOT_THIS_AGENCY"))
                .body("find { it.code == 'OTHER_NO_CORRECTION' }.decidable", equalTo(false));
    }
}
