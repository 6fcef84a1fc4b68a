package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Draft → review → publication → withdrawal through the API, with every refusal the life cycle has. */
@QuarkusTest
class ItemLifecycleTest {

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    @Test
    void editorDraftsReviewerPublishesAndTheWorldSeesIt() {
        long agency = items.agency("T-ITM-IL1").id;
        String editor = items.editor("T-ITM-IL1");
        Map<String, Object> body = ItemTestSupport.draft(agency, "NORMATIVE", "关于印发《测试区公共租赁住房管理办法》的通知");
        body.put("documentNumber", "测府发[2024]7号");
        body.put("validity", "IN_FORCE");
        body.put("writtenDate", "2024-03-01");
        body.put("topic", "URBAN_ENVIRONMENT");
        body.put("channels", List.of("WEBSITE", "GAZETTE"));
        int id = items.create(editor, body).statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT"))
                .body("indexNumber", nullValue())
                .body("documentNumber", equalTo("测府发〔2024〕7号"))
                .body("allowedActions", hasItems("EDIT", "SUBMIT", "ATTACH", "DELETE"))
                .body("createdBy", equalTo("editor-t-itm-il1"))
                .extract().path("id");

        body.put("title", "关于印发《测试区公共租赁住房保障管理办法》的通知");
        body.put("version", 0);
        given().auth().oauth2(editor).contentType("application/json").body(body)
                .when().put("/api/v1/items/" + id)
                .then().statusCode(200).body("title", containsString("保障")).body("version", equalTo(1));

        items.action(editor, id, "submission", Map.of("version", 1)).statusCode(200)
                .body("status", equalTo("PENDING_REVIEW"))
                .body("allowedActions", equalTo(List.of()));

        String reviewer = items.reviewer("T-ITM-IL1");
        items.action(reviewer, id, "approval", Map.of("version", 2, "publicationDate", "2024-03-05"))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publicationDate", equalTo("2024-03-05"))
                .body("indexNumber", equalTo("T-ITM-IL1/2024-00001"))
                .body("lateness", equalTo("ON_TIME"))
                .body("allowedActions", hasItems("WITHDRAW", "CHANGE_VALIDITY"));

        given().when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("title", containsString("保障"))
                .body("channels", hasItems("WEBSITE", "GAZETTE"))
                .body("allowedActions", equalTo(List.of()))
                .body("category.nameZh", equalTo("行政规范性文件"));

        given().auth().oauth2(editor).when().get("/api/v1/items/" + id + "/events").then().statusCode(200)
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "APPROVE")))
                .body("actor", equalTo(List.of("editor-t-itm-il1", "editor-t-itm-il1", "reviewer-t-itm-il1")))
                .body("toStatus", equalTo(List.of("DRAFT", "PENDING_REVIEW", "PUBLISHED")));

        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("entityType", "Item").queryParam("entityId", id)
                .when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items.action", hasItems("CREATE", "UPDATE", "SUBMIT", "APPROVE"))
                .body("items.find { it.action == 'APPROVE' }.changes.indexNumber.to", equalTo("T-ITM-IL1/2024-00001"));

        Map<String, Object> news = ItemTestSupport.draft(agency, "NEWS", "测试区召开安全生产工作会议");
        news.put("writtenDate", "2024-05-01");
        long second = items.publish("T-ITM-IL1", news, LocalDate.of(2024, 5, 6));
        given().when().get("/api/v1/items/" + second).then().body("indexNumber", equalTo("T-ITM-IL1/2024-00002"));
    }

    @Test
    void rejectionSendsTheDraftBackWithTheReason() {
        long agency = items.agency("T-ITM-IL2").id;
        long id = items.createDraft("T-ITM-IL2", ItemTestSupport.draft(agency, "NEWS", "待退回的信息"));
        String editor = items.editor("T-ITM-IL2");
        String reviewer = items.reviewer("T-ITM-IL2");
        items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(reviewer, id, "rejection", Map.of("version", 1, "reason", "  ")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        items.action(reviewer, id, "rejection", Map.of("version", 1, "reason", "附件中含有个人身份证号码，请删除后重新提交。"))
                .statusCode(200).body("status", equalTo("DRAFT"));
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("lastReason", equalTo("附件中含有个人身份证号码，请删除后重新提交。"))
                .body("allowedActions", hasItem("SUBMIT"));
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id + "/events").then()
                .body("action", equalTo(List.of("CREATE", "SUBMIT", "REJECT")))
                .body("[2].reason", containsString("身份证"));
    }

    @Test
    void withdrawalTakesTheItemOffThePortal() {
        long agency = items.agency("T-ITM-IL3").id;
        long id = items.publish("T-ITM-IL3", ItemTestSupport.draft(agency, "NEWS", "将被撤回的信息"), null);
        String reviewer = items.reviewer("T-ITM-IL3");
        int version = items.version(id, reviewer);
        items.action(reviewer, id, "withdrawal", Map.of("version", version)).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        items.action(items.editor("T-ITM-IL3"), id, "withdrawal", Map.of("version", version, "reason", "内容有误"))
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnDate", notNullValue());
        given().when().get("/api/v1/items/" + id).then().statusCode(404).body("code", equalTo("ITEM_NOT_FOUND"));
        given().auth().oauth2(reviewer).when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("lastReason", equalTo("内容有误"));
        items.action(reviewer, id, "withdrawal", Map.of("version", version + 1, "reason", "again")).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void illegalMovesAndStaleVersionsAre409() {
        long agency = items.agency("T-ITM-IL4").id;
        String editor = items.editor("T-ITM-IL4");
        String reviewer = items.reviewer("T-ITM-IL4");
        long id = items.createDraft("T-ITM-IL4", ItemTestSupport.draft(agency, "NEWS", "状态测试"));
        items.action(reviewer, id, "approval", Map.of("version", 0)).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("detail", containsString("草稿"));
        items.action(editor, id, "submission", Map.of("version", 5)).statusCode(409).body("code", equalTo("STALE_WRITE"));
        items.action(editor, id, "submission", Map.of()).statusCode(400).body("violations[0].field", equalTo("version"));
        items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(editor, id, "submission", Map.of("version", 1)).statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
        Map<String, Object> edit = ItemTestSupport.draft(agency, "NEWS", "改标题");
        edit.put("version", 1);
        given().auth().oauth2(editor).contentType("application/json").body(edit).when().put("/api/v1/items/" + id)
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then().body("title", equalTo("状态测试"));
    }

    @Test
    void everyKindOfBadInputIsA400NamingTheFieldAndWritesNothing() {
        long agency = items.agency("T-ITM-IL5").id;
        String editor = items.editor("T-ITM-IL5");
        Map<String, Object> b = ItemTestSupport.draft(agency, "NEWS", "x");
        b.put("title", " ");
        b.put("writtenDate", LocalDate.now().plusDays(3).toString());
        b.put("validity", "IN_FORCE");
        b.put("summary", "摘".repeat(1001));
        items.create(editor, b).statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", hasItems("title", "writtenDate", "validity", "summary"));

        Map<String, Object> normative = ItemTestSupport.draft(agency, "NORMATIVE", "规范性文件");
        items.create(editor, normative).statusCode(400).body("violations[0].field", equalTo("validity"));
        normative.put("validity", "REPEALED");
        items.create(editor, normative).statusCode(400).body("violations[0].field", equalTo("repealDate"));

        Map<String, Object> unknown = ItemTestSupport.draft(agency, "NO_SUCH", "x");
        items.create(editor, unknown).statusCode(400).body("violations[0].field", equalTo("categoryCode"));
        Map<String, Object> noAgency = ItemTestSupport.draft(agency, "NEWS", "x");
        noAgency.remove("agencyId");
        items.create(editor, noAgency).statusCode(400).body("violations[0].field", equalTo("agencyId"));
        Map<String, Object> badTopic = ItemTestSupport.draft(agency, "NEWS", "x");
        badTopic.put("topic", "WEATHER");
        items.create(editor, badTopic).statusCode(400).body("violations[0].field", equalTo("topic"));
        Map<String, Object> badDate = ItemTestSupport.draft(agency, "NEWS", "x");
        badDate.put("writtenDate", "2024-02-30");
        items.create(editor, badDate).statusCode(400).body("violations[0].field", equalTo("writtenDate"));
        given().auth().oauth2(editor).contentType("application/json").body("{\"title\": ").when().post("/api/v1/items")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(editor).contentType("application/json").when().post("/api/v1/items")
                .then().statusCode(400);

        Map<String, Object> first = ItemTestSupport.draft(agency, "NEWS", "有文号的信息");
        first.put("documentNumber", "测发〔2024〕3号");
        items.create(editor, first).statusCode(201);
        Map<String, Object> again = ItemTestSupport.draft(agency, "NEWS", "文号重复");
        again.put("documentNumber", "测发（2024）3号");
        items.create(editor, again).statusCode(400).body("violations[0].field", equalTo("documentNumber"))
                .body("violations[0].message", containsString("有文号的信息"));

        given().auth().oauth2(editor).queryParam("status", "DRAFT").queryParam("agencyId", agency)
                .when().get("/api/v1/items").then().statusCode(200)
                .body("items.title", equalTo(List.of("有文号的信息")));
    }

    @Test
    void scriptsNeverReachTheDatabase() {
        long agency = items.agency("T-ITM-IL6").id;
        Map<String, Object> b = ItemTestSupport.draft(agency, "NEWS", "含脚本的正文");
        b.put("body", "<p onclick=\"steal()\">正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a>"
                + "<img src=\"https://example.org/a.png\" onerror=\"x()\"></p>");
        items.create(items.editor("T-ITM-IL6"), b).statusCode(201)
                .body("body", not(containsString("script")))
                .body("body", not(containsString("onclick")))
                .body("body", not(containsString("onerror")))
                .body("body", not(containsString("javascript:")))
                .body("body", containsString("正文"))
                .body("body", containsString("<img src=\"https://example.org/a.png\">"));
    }

    @Test
    void rolesAndAgenciesAreEnforced() {
        long agency = items.agency("T-ITM-IL7").id;
        items.agency("T-ITM-IL7B");
        Map<String, Object> b = ItemTestSupport.draft(agency, "NEWS", "权限测试");
        given().contentType("application/json").body(b).when().post("/api/v1/items").then().statusCode(401);
        items.create(fixtures.token(Role.CASEWORKER), b).statusCode(403).body("code", equalTo("FORBIDDEN"));
        items.create(items.editor("T-ITM-IL7B"), b).statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        long id = items.createDraft("T-ITM-IL7", b);
        given().when().get("/api/v1/items/" + id).then().statusCode(404);
        given().auth().oauth2(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/items/" + id).then().statusCode(404);
        given().auth().oauth2(items.editor("T-ITM-IL7B")).when().get("/api/v1/items/" + id).then().statusCode(403)
                .body("code", equalTo("AGENCY_SCOPE"));
        given().auth().oauth2(fixtures.token(Role.EDITOR)).when().get("/api/v1/items/" + id).then().statusCode(200);
        items.action(items.editor("T-ITM-IL7"), id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(items.reviewer("T-ITM-IL7B"), id, "approval", Map.of("version", 1)).statusCode(403);
        items.action(items.editor("T-ITM-IL7"), id, "approval", Map.of("version", 1)).statusCode(403);
        given().when().get("/api/v1/items/" + id + "/events").then().statusCode(401);
        given().when().get("/api/v1/items/999999999").then().statusCode(404).body("code", equalTo("ITEM_NOT_FOUND"));
        items.action(items.reviewer("T-ITM-IL7"), 999999999L, "approval", Map.of("version", 0)).statusCode(404);
    }

    @Test
    void whoeverSubmittedCannotApprove() {
        long agency = items.agency("T-ITM-IL8").id;
        String both = items.tokenWithRoles("editor-reviewer-il8", "T-ITM-IL8", Role.EDITOR, Role.REVIEWER);
        long id = ((Number) items.create(both, ItemTestSupport.draft(agency, "NEWS", "四眼原则")).statusCode(201)
                .extract().path("id")).longValue();
        items.action(both, id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(both, id, "approval", Map.of("version", 1)).statusCode(403).body("code", equalTo("SELF_REVIEW"));
        items.action(items.reviewer("T-ITM-IL8"), id, "approval", Map.of("version", 1)).statusCode(200);
    }

    @Test
    void publicationDatesAreCheckedAndLockedYearsRefused() {
        long agency = items.agency("T-ITM-IL9").id;
        String editor = items.editor("T-ITM-IL9");
        String reviewer = items.reviewer("T-ITM-IL9");
        Map<String, Object> b = ItemTestSupport.draft(agency, "NEWS", "日期测试");
        b.put("writtenDate", "2021-12-20");
        long id = items.createDraft("T-ITM-IL9", b);
        items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(reviewer, id, "approval", Map.of("version", 1, "publicationDate", "2021-12-19")).statusCode(400)
                .body("violations[0].field", equalTo("publicationDate"));
        items.action(reviewer, id, "approval", Map.of("version", 1,
                "publicationDate", LocalDate.now().plusDays(2).toString())).statusCode(400);
        items.lockYear(agency, 2022);
        items.action(reviewer, id, "approval", Map.of("version", 1, "publicationDate", "2022-01-05")).statusCode(409)
                .body("code", equalTo("YEAR_LOCKED"));
        given().auth().oauth2(reviewer).when().get("/api/v1/items/" + id).then()
                .body("status", equalTo("PENDING_REVIEW")).body("indexNumber", nullValue());
        items.action(reviewer, id, "approval", Map.of("version", 1, "publicationDate", "2021-12-31")).statusCode(200)
                .body("indexNumber", equalTo("T-ITM-IL9/2021-00001"));

        Map<String, Object> locked = ItemTestSupport.draft(agency, "NEWS", "锁定年度");
        locked.put("writtenDate", "2022-03-01");
        items.create(editor, locked).statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }

    @Test
    void latePublicationIsFlaggedInWorkingDays() {
        long agency = items.agency("T-ITM-IL10").id;
        Map<String, Object> b = ItemTestSupport.draft(agency, "NEWS", "逾期发布");
        b.put("writtenDate", "2023-03-01");
        long id = items.publish("T-ITM-IL10", b, LocalDate.of(2023, 4, 14));
        // 2 March–14 April 2023: 32 weekdays, less Qingming (5 April) = 31 working days, 11 beyond the limit of 20.
        given().when().get("/api/v1/items/" + id).then().body("lateness", equalTo("LATE"))
                .body("lateByWorkingDays", equalTo(11));

        Map<String, Object> old = ItemTestSupport.draft(agency, "NEWS", "日历缺失年份");
        old.put("writtenDate", "2006-03-01");
        long oldId = items.publish("T-ITM-IL10", old, LocalDate.of(2006, 4, 20));
        given().when().get("/api/v1/items/" + oldId).then().body("lateness", equalTo("UNKNOWN"))
                .body("lateByWorkingDays", nullValue());
    }

    @Test
    void publishedRulesAndNormativeDocumentsCanBeRepealed() {
        long agency = items.agency("T-ITM-IL11").id;
        Map<String, Object> b = ItemTestSupport.draft(agency, "NORMATIVE", "将废止的规范性文件");
        b.put("validity", "IN_FORCE");
        b.put("writtenDate", "2020-06-01");
        long id = items.publish("T-ITM-IL11", b, LocalDate.of(2020, 6, 5));
        String editor = items.editor("T-ITM-IL11");
        int v = items.version(id, editor);
        Map<String, Object> repeal = new HashMap<>(Map.of("version", v, "validity", "REPEALED"));
        given().auth().oauth2(editor).contentType("application/json").body(repeal)
                .when().put("/api/v1/items/" + id + "/validity").then().statusCode(400)
                .body("violations[0].field", equalTo("repealDate"));
        repeal.put("repealDate", "2023-12-31");
        given().auth().oauth2(editor).contentType("application/json").body(repeal)
                .when().put("/api/v1/items/" + id + "/validity").then().statusCode(200)
                .body("validity", equalTo("REPEALED")).body("repealDate", equalTo("2023-12-31"));
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id + "/events").then()
                .body("action", hasItem("CHANGE_VALIDITY"));

        long news = items.publish("T-ITM-IL11", ItemTestSupport.draft(agency, "NEWS", "普通信息"), null);
        given().auth().oauth2(editor).contentType("application/json")
                .body(Map.of("version", items.version(news, editor), "validity", "REPEALED", "repealDate", "2024-01-01"))
                .when().put("/api/v1/items/" + news + "/validity").then().statusCode(409)
                .body("code", equalTo("VALIDITY_NOT_APPLICABLE"));
    }

    @Test
    void draftsCanBeDiscarded() {
        long agency = items.agency("T-ITM-IL12").id;
        long id = items.createDraft("T-ITM-IL12", ItemTestSupport.draft(agency, "NEWS", "废弃草稿"));
        String editor = items.editor("T-ITM-IL12");
        given().auth().oauth2(editor).when().delete("/api/v1/items/" + id).then().statusCode(400);
        given().auth().oauth2(editor).queryParam("version", 0).when().delete("/api/v1/items/" + id).then().statusCode(204);
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then().statusCode(404);
    }
}
