package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/** A caseworker takes applications through every step; every illegal or malformed step is a clear 4xx. */
@QuarkusTest
class ApplicationHandlingResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApplicationTestData testData;

    private long agency() {
        return fixtures.department("T-YSQ-HD").id;
    }

    private String caseworker() {
        return fixtures.token(Role.CASEWORKER);
    }

    @Test
    void clarificationConsultationExtensionFeeDecisionDeliveryAndClosure() {
        String cw = caseworker();
        long id = register(cw, agency(), "2024-09-27", "2024年老旧小区改造项目合同");
        as(cw).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("deadline.dueDate", equalTo("2024-10-30"))
                // Judged on today's date: two years on, the 7-day clarification window and the deadline
                // (for an extension) have passed.
                .body("allowedActions", containsInAnyOrder("START_CONSULTATION", "ISSUE_FEE_NOTICE", "DECIDE", "WITHDRAW"))
                .body("deadline.urgency", equalTo("OVERDUE"));

        act(cw, id, "clarification-requests", Map.of("sentOn", "2024-09-30",
                "items", List.of("请明确所需合同的项目名称", "请明确时间范围"), "replyBy", "2024-10-20"))
                .statusCode(200)
                .body("status", equalTo("CLARIFICATION_REQUESTED"))
                .body("deadline.state", equalTo("AWAITING_CLARIFICATION"))
                .body("deadline.dueDate", nullValue())
                .body("deadline.clarificationReplyBy", equalTo("2024-10-20"))
                .body("clarification.items", hasSize(2))
                .body("allowedActions", containsInAnyOrder("RECEIVE_CLARIFICATION", "LAPSE_CLARIFICATION", "WITHDRAW"));

        act(cw, id, "clarification-replies", Map.of("receivedOn", "2024-10-09",
                "correctedDescription", "东区2024年老旧小区改造项目（一期）施工合同"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("request.description", equalTo("东区2024年老旧小区改造项目（一期）施工合同"))
                .body("deadline.restartedOn", equalTo("2024-10-09"))
                .body("deadline.dueDate", equalTo("2024-11-05"));

        act(cw, id, "consultations", Map.of("sentOn", "2024-10-10", "partyKind", "THIRD_PARTY",
                "party", "攀枝花某某建筑工程有限公司", "subject", "合同单价"))
                .statusCode(200)
                .body("status", equalTo("IN_CONSULTATION"))
                .body("deadline.state", equalTo("PAUSED"))
                .body("deadline.workingDaysLeftWhenPaused", equalTo(19))
                .body("consultations[0].answerDue", notNullValue())
                .body("allowedActions", containsInAnyOrder("END_CONSULTATION", "EXTEND", "WITHDRAW"));

        // Deciding during a consultation is illegal; the refusal is recorded in the timeline.
        act(cw, id, "decisions", decision("2024-10-15", "DISCLOSED", null))
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));

        act(cw, id, "consultation-replies", Map.of("answeredOn", "2024-10-18", "answer", "OBJECTED",
                "note", "合同单价属于商业秘密"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("deadline.pauses[0].workingDays", equalTo(7))
                .body("deadline.dueDate", equalTo("2024-11-14"))
                .body("consultations[0].answer", equalTo("OBJECTED"));

        act(cw, id, "extensions", Map.of("on", "2024-10-25", "workingDays", 20, "reason", "需调阅多个年度档案",
                "approvedBy", "王主任"))
                .statusCode(200)
                .body("deadline.extensionWorkingDays", equalTo(20))
                .body("deadline.dueDate", equalTo("2024-12-12"))
                .body("extension.approvedBy", equalTo("王主任"));
        act(cw, id, "extensions", Map.of("on", "2024-10-26", "workingDays", 5, "reason", "再延", "approvedBy", "王主任"))
                .statusCode(409).body("code", equalTo("ALREADY_EXTENDED"));

        as(cw).queryParam("method", "PER_PAGE").queryParam("pages", 250)
                .when().get("/api/v1/applications/" + id + "/fee-quote")
                .then().statusCode(200).body("amount", equalTo(4700.0f)).body("computation.zh", hasItem("合计：4700元"));
        act(cw, id, "fee-notices", Map.of("sentOn", "2024-10-28", "method", "PER_PAGE", "pages", 250))
                .statusCode(200)
                .body("status", equalTo("AWAITING_FEE"))
                .body("fee.amount", equalTo(4700.0f))
                .body("fee.payBy", equalTo("2024-11-25"))
                .body("deadline.state", equalTo("PAUSED"))
                .body("deadline.feePayBy", equalTo("2024-11-25"));
        act(cw, id, "fee-payments", Map.of("paidOn", "2024-11-04", "receiptNumber", "川财票0012345"))
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("fee.paidOn", equalTo("2024-11-04"))
                .body("deadline.dueDate", equalTo("2024-12-19"));

        act(cw, id, "decisions", Map.of("decidedOn", "2024-11-20", "outcome", "PARTIAL",
                "reason", "合同单价涉及第三方商业秘密，已作区分处理。",
                "withheldParts", List.of(withheld("合同附件二单价明细", "WITHHELD_THIRD_PARTY"))))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("PARTIAL"))
                .body("decision.group", equalTo("PARTIAL"))
                .body("decision.legacyOutcome", equalTo("PARTLY_AGREED"))
                .body("decision.legalBasis", containsString("第三十七条"))
                .body("decision.withheldParts[0].ground", equalTo("WITHHELD_THIRD_PARTY"))
                .body("decision.answeredLate", equalTo(false))
                .body("deadline.state", equalTo("STOPPED"))
                .body("allowedActions", containsInAnyOrder("DELIVER", "CLOSE"));

        act(cw, id, "deliveries", Map.of("deliveredOn", "2024-11-21", "method", "EMAIL", "note", "发送至申请人邮箱"))
                .statusCode(200).body("status", equalTo("DELIVERED")).body("decision.deliveryMethod", equalTo("EMAIL"));
        act(cw, id, "closure", Map.of("closedOn", "2024-11-25", "archiveReference", "DQ-2024-YSQ-017"))
                .statusCode(200).body("status", equalTo("CLOSED")).body("allowedActions", empty());

        as(cw).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("events.type", contains("REGISTERED", "CLARIFICATION_REQUESTED", "CLARIFICATION_RECEIVED",
                        "CONSULTATION_STARTED", "ACTION_REFUSED", "CONSULTATION_ENDED", "EXTENDED", "ACTION_REFUSED", "FEE_NOTICE_SENT",
                        "FEE_PAID", "DECIDED", "DELIVERED", "CLOSED"))
                .body("events.find { it.type == 'ACTION_REFUSED' }.details.action", equalTo("DECIDE"))
                .body("events.find { it.type == 'DECIDED' }.actor", equalTo("caseworker-t"))
                .body("documents.kind", containsInAnyOrder("RECEIPT", "CLARIFICATION_NOTICE", "CONSULTATION_LETTER",
                        "EXTENSION_NOTICE", "FEE_NOTICE", "DECISION"));
    }

    @Test
    void staleAndMissingVersionsAreRefused() {
        String cw = caseworker();
        long id = register(cw, agency(), "2024-09-27", "某信息");
        int v = version(cw, id);
        as(cw).body(Map.of("version", v, "on", "2024-10-08", "workingDays", 10, "reason", "原因", "approvedBy", "主任"))
                .when().post("/api/v1/applications/" + id + "/extensions").then().statusCode(200);
        as(cw).body(Map.of("version", v, "decidedOn", "2024-10-09", "outcome", "DISCLOSED"))
                .when().post("/api/v1/applications/" + id + "/decisions")
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));
        as(cw).body(Map.of("decidedOn", "2024-10-09", "outcome", "DISCLOSED"))
                .when().post("/api/v1/applications/" + id + "/decisions")
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
    }

    @Test
    void malformedStepsAre400() {
        String cw = caseworker();
        long id = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, id, "decisions", decision("2999-01-01", "DISCLOSED", null))
                .statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        act(cw, id, "decisions", decision("2024-09-20", "DISCLOSED", null))
                .statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        act(cw, id, "decisions", decision("2024-10-09", "WITHHELD_PROCESS", null))
                .statusCode(400).body("violations.field", hasItem("reason"));
        act(cw, id, "decisions", decision("2024-10-09", "PARTIAL", "理由"))
                .statusCode(400).body("violations.field", hasItem("withheldParts"));
        act(cw, id, "decisions", Map.of("decidedOn", "2024-10-09", "outcome", "PARTIAL", "reason", "理由",
                "withheldParts", List.of(withheld("某部分", "DISCLOSED"))))
                .statusCode(400).body("violations.field", hasItem("withheldParts[0].ground"));
        act(cw, id, "decisions", decision("2024-10-09", "OTHER_NO_CORRECTION", "理由"))
                .statusCode(400).body("violations.field", hasItem("outcome"));
        act(cw, id, "decisions", decision("2024-10-09", "UNAVAILABLE_UNCLEAR", "理由"))
                .statusCode(400).body("violations.field", hasItem("outcome"));
        act(cw, id, "decisions", decision("2024-10-09", "NOT_AN_OUTCOME", "理由"))
                .statusCode(400).body("violations[0].field", equalTo("outcome"));
        act(cw, id, "extensions", Map.of("on", "2024-10-08", "workingDays", 21, "reason", "原因", "approvedBy", "主任"))
                .statusCode(400).body("violations[0].field", equalTo("workingDays"));
        act(cw, id, "clarification-requests", Map.of("sentOn", "2024-09-30", "items", List.of("某项"), "replyBy", "2024-09-29"))
                .statusCode(400).body("violations[0].field", equalTo("replyBy"));
        act(cw, id, "fee-notices", Map.of("sentOn", "2024-10-08", "method", "PER_PAGE", "pages", 20))
                .statusCode(400).body("violations[0].field", equalTo("pages"));
        act(cw, id, "fee-notices", Map.of("sentOn", "2024-10-08", "method", "PER_PAGE"))
                .statusCode(400).body("violations[0].field", equalTo("pages"));
        // After the step of 10-09, an earlier date is refused.
        act(cw, id, "decisions", decision("2024-10-09", "DISCLOSED", null)).statusCode(200);
        act(cw, id, "deliveries", Map.of("deliveredOn", "2024-10-08", "method", "POST"))
                .statusCode(400).body("violations[0].field", equalTo("deliveredOn"));
        as(cw).body("{\"version\":").when().post("/api/v1/applications/" + id + "/deliveries")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(cw).contentType("text/plain").body("x")
                .when().post("/api/v1/applications/" + id + "/deliveries").then().statusCode(415);
    }

    @Test
    void clarificationRulesAndItsLapse() {
        String cw = caseworker();
        long late = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, late, "clarification-requests", Map.of("sentOn", "2024-10-14", "items", List.of("某项"), "replyBy", "2024-10-30"))
                .statusCode(409).body("code", equalTo("CLARIFICATION_TOO_LATE"));

        long id = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, id, "clarification-requests", Map.of("sentOn", "2024-10-08", "items", List.of("某项"), "replyBy", "2024-10-20"))
                .statusCode(200);
        act(cw, id, "clarification-lapse", Map.of("on", "2024-10-20")).statusCode(409)
                .body("code", equalTo("CLARIFICATION_PERIOD_RUNNING"));
        act(cw, id, "clarification-lapse", Map.of("on", "2024-10-21", "note", "申请人未补正"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.outcome", equalTo("OTHER_NO_CORRECTION"))
                .body("decision.legacyOutcome", equalTo("UNCLEAR"))
                .body("documents.kind", hasItem("DECISION"));
    }

    @Test
    void unpaidFeeLapsesAndWaiversResumeTheClock() {
        String cw = caseworker();
        long unpaid = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, unpaid, "fee-notices", Map.of("sentOn", "2024-10-08", "method", "PER_PAGE", "pages", 120))
                // 20 working days from 10-08, counting the make-up Saturday 10-12.
                .statusCode(200).body("fee.amount", equalTo(1100.0f)).body("fee.payBy", equalTo("2024-11-04"));
        act(cw, unpaid, "fee-lapse", Map.of("on", "2024-11-04")).statusCode(409).body("code", equalTo("FEE_PERIOD_RUNNING"));
        act(cw, unpaid, "fee-lapse", Map.of("on", "2024-11-05"))
                .statusCode(200).body("decision.outcome", equalTo("OTHER_FEE_UNPAID"));

        long waived = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, waived, "fee-notices", Map.of("sentOn", "2024-10-08", "method", "PER_PAGE", "pages", 40)).statusCode(200);
        act(cw, waived, "fee-notices", Map.of("sentOn", "2024-10-08", "method", "PER_PAGE", "pages", 40))
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        act(cw, waived, "fee-waivers", Map.of("on", "2024-10-10", "reason", "城乡居民最低生活保障对象"))
                .statusCode(200).body("status", equalTo("RECEIVED")).body("fee.waivedAmount", equalTo(100.0f))
                // Paused 10-08 → 10-10 (2 working days): 10-30 → 11-01.
                .body("deadline.dueDate", equalTo("2024-11-01"));
        act(cw, waived, "fee-notices", Map.of("sentOn", "2024-10-11", "method", "PER_PAGE", "pages", 40))
                .statusCode(409).body("code", equalTo("FEE_ALREADY_NOTIFIED"));
    }

    @Test
    void perApplicationFeesCountTheApplicantsMonth() {
        String cw = caseworker();
        long agency = fixtures.department("T-YSQ-FEE").id;
        var applicant = person("吴十", residentId("19660606", 71));
        long last = 0;
        for (int i = 0; i < 11; i++) {
            last = register(cw, applicant, agency, "2024-03-" + String.format("%02d", 4 + i), "第" + (i + 1) + "件");
        }
        as(cw).queryParam("method", "PER_APPLICATION").when().get("/api/v1/applications/" + last + "/fee-quote")
                .then().statusCode(200).body("units", equalTo(11)).body("amount", equalTo(100.0f));
        long first = last - 10;
        as(cw).queryParam("method", "PER_APPLICATION").when().get("/api/v1/applications/" + first + "/fee-quote")
                .then().statusCode(anyOf(is(200), is(403), is(404)));
        act(cw, last, "fee-notices", Map.of("sentOn", "2024-03-20", "method", "PER_APPLICATION"))
                .statusCode(200).body("fee.units", equalTo(11)).body("fee.amount", equalTo(100.0f));
        // 2007-regime records cannot get an information-processing fee.
        long old = register(fixtures.token(Role.ADMIN), agency, "2012-03-05", "旧申请");
        act(cw, old, "fee-notices", Map.of("sentOn", "2012-03-06", "method", "PER_PAGE", "pages", 100))
                .statusCode(409).body("code", equalTo("FEE_NOT_APPLICABLE"));
        as(cw).body(Map.of("version", version(cw, old), "chargedOn", "2012-03-20", "retrieval", 5, "copy", 2.4,
                        "postage", 10, "waived", 0))
                .when().put("/api/v1/applications/" + old + "/legacy-fees")
                .then().statusCode(200).body("legacyFees.retrieval", equalTo(5.0f)).body("legacyFees.copy", equalTo(2.4f));
        as(cw).body(Map.of("version", version(cw, last), "chargedOn", "2024-03-20", "retrieval", 5))
                .when().put("/api/v1/applications/" + last + "/legacy-fees")
                .then().statusCode(409).body("code", equalTo("LEGACY_FEES_NOT_APPLICABLE"));
    }

    @Test
    void answeringAfterTheDueDateIsLate() {
        String cw = caseworker();
        long id = register(cw, agency(), "2024-09-27", "某信息");
        act(cw, id, "decisions", decision("2024-10-31", "UNAVAILABLE_NOT_HELD", "经检索不存在"))
                .statusCode(200).body("decision.answeredLate", equalTo(true));
        act(cw, register(cw, agency(), "2024-09-27", "某信息"), "extensions",
                Map.of("on", "2024-10-31", "workingDays", 5, "reason", "原因", "approvedBy", "主任"))
                .statusCode(409).body("code", equalTo("EXTENSION_TOO_LATE"));
    }

    @Test
    void securityOfHandlingSteps() {
        long id = register(caseworker(), agency(), "2024-09-27", "某信息");
        given().contentType("application/json").body(decision("2024-10-08", "DISCLOSED", null))
                .when().post("/api/v1/applications/" + id + "/decisions").then().statusCode(401);
        as(fixtures.token(Role.REVIEWER)).body(decision("2024-10-08", "DISCLOSED", null))
                .when().post("/api/v1/applications/" + id + "/decisions").then().statusCode(403);
        String other = fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-ELSE");
        act(caseworker(), id, "decisions", Map.of("decidedOn", "2024-10-08", "outcome", "DISCLOSED")).statusCode(200);
        as(other).when().get("/api/v1/applications/" + id).then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        as(other).body(Map.of("version", 0, "deliveredOn", "2024-10-09", "method", "POST"))
                .when().post("/api/v1/applications/" + id + "/deliveries").then().statusCode(403);
        as(caseworker()).when().get("/api/v1/applications/99999999").then().statusCode(404)
                .body("code", equalTo("APPLICATION_NOT_FOUND"));
        as(caseworker()).body(Map.of("version", 0, "deliveredOn", "2024-10-09", "method", "POST"))
                .when().post("/api/v1/applications/99999999/deliveries").then().statusCode(404);
        as(caseworker()).when().get("/api/v1/applications/abc").then().statusCode(404);
    }

    @Test
    void aLockedYearRefusesChanges() {
        String admin = fixtures.token(Role.ADMIN);
        long agency = fixtures.department("T-YSQ-LOCK").id;
        long id = register(admin, agency, "2023-12-20", "去年的申请");
        testData.lockYear(agency, 2023);
        act(admin, id, "decisions", decision("2023-12-28", "DISCLOSED", null))
                .statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        act(admin, id, "decisions", decision("2024-01-05", "DISCLOSED", null)).statusCode(200);
        as(admin).body(registration(person("郑十一", residentId("19770707", 81)), request(agency, "某信息"), "IN_PERSON",
                "2023-06-01")).when().post("/api/v1/applications/registrations")
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }
}
