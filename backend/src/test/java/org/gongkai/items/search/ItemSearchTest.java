package org.gongkai.items.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.items.ItemTestSupport;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Chinese full-text search over published items, through the public endpoint. */
@QuarkusTest
class ItemSearchTest {

    private static final String AGENCY = "T-ITM-SRCH";

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    private static long housing;
    private static long budget;
    private static long unrelated;

    @BeforeEach
    void publishOnce() {
        if (housing != 0) {
            return;
        }
        long agency = items.agency(AGENCY).id;
        Map<String, Object> h = ItemTestSupport.draft(agency, "NORMATIVE", "关于印发《东区公共租赁住房保障管理办法》的通知");
        h.put("documentNumber", "东府发〔2011〕12号");
        h.put("validity", "IN_FORCE");
        h.put("keywords", "公租房 住房保障");
        h.put("writtenDate", "2011-03-01");
        h.put("body", "<p>为进一步规范公共租赁住房的分配和管理，保障城镇中低收入住房困难家庭的基本居住需求，制定本办法。</p>"
                + "<p>申请人应当提交身份证明 &amp; 收入证明。&lt;script&gt;不会执行&lt;/script&gt;</p>");
        housing = items.publish(AGENCY, h, LocalDate.of(2011, 3, 10));

        Map<String, Object> b = ItemTestSupport.draft(agency, "BUDGET", "东区2012年区级部门预算公开");
        b.put("documentNumber", "东财发〔2012〕3号");
        b.put("writtenDate", "2012-02-01");
        b.put("body", "<p>根据预算法规定，现将2012年区级部门预算予以公开。一般公共预算支出15亿元。</p>");
        budget = items.publish(AGENCY, b, LocalDate.of(2012, 2, 10));

        Map<String, Object> u = ItemTestSupport.draft(agency, "NEWS", "东区召开森林草原防灭火工作会议");
        u.put("writtenDate", "2012-03-01");
        u.put("body", "<p>会议要求压实责任，做好防火宣传。</p>");
        unrelated = items.publish(AGENCY, u, LocalDate.of(2012, 3, 2));
    }

    @Test
    void findsByChineseWordsWithHighlights() {
        given().queryParam("q", "住房保障").when().get("/api/v1/items/search").then().statusCode(200)
                .body("items[0].item.id", equalTo((int) housing))
                .body("items[0].highlights.title", containsString("<em>住房保障</em>"))
                .body("items[0].highlights.body", containsString("<em>"))
                .body("items.item.id", not(hasItem((int) unrelated)))
                .body("total", notNullValue());
        // Words the segmenter cuts apart in the document still match: 租赁 + 住房.
        given().queryParam("q", "租赁住房").when().get("/api/v1/items/search").then().statusCode(200)
                .body("items.item.id", hasItem((int) housing));
    }

    @Test
    void documentNumbersMatchWhole_inAnyBrackets_andByFragment() {
        for (String q : List.of("东府发〔2011〕12号", "东府发[2011]12号", "东府发（2011）12号", "12号")) {
            given().queryParam("q", q).when().get("/api/v1/items/search").then().statusCode(200)
                    .body("items.item.id", hasItem((int) housing))
                    .body("items.item.id", not(hasItem((int) budget)));
        }
        given().queryParam("q", "东财发〔2012〕3号").when().get("/api/v1/items/search").then()
                .body("items[0].item.id", equalTo((int) budget));
    }

    @Test
    void highlightsEscapeTheDocumentsText() {
        String body = given().queryParam("q", "收入证明").when().get("/api/v1/items/search").then().statusCode(200)
                .body("items[0].item.id", equalTo((int) housing))
                .extract().path("items[0].highlights.body");
        assertThat(body).contains("<em>收入证明</em>").contains("&amp;").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(body.replace("<em>", "").replace("</em>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void filtersCombineWithTheText() {
        given().queryParam("q", "东区").queryParam("category", "BUDGET").when().get("/api/v1/items/search").then()
                .statusCode(200).body("items.item.category.code", everyItem(equalTo("BUDGET")))
                .body("items.item.id", hasItem((int) budget));
        given().queryParam("q", "东区").queryParam("year", 2011).queryParam("agencyId", items.agency(AGENCY).id)
                .when().get("/api/v1/items/search").then()
                .body("items.item.id", equalTo(List.of((int) housing)));
        given().queryParam("q", "东区").queryParam("validity", "IN_FORCE").queryParam("agencyId", items.agency(AGENCY).id)
                .when().get("/api/v1/items/search").then().body("items.item.id", equalTo(List.of((int) housing)));
        given().queryParam("q", "东区").queryParam("topic", "DEFENCE").when().get("/api/v1/items/search").then()
                .body("total", equalTo(0)).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void pagesNeitherRepeatNorSkip() {
        long agency = items.agency(AGENCY).id;
        Set<Integer> seen = new HashSet<>();
        String cursor = null;
        int total = given().queryParam("q", "东区").queryParam("agencyId", agency).when().get("/api/v1/items/search")
                .then().extract().path("total");
        assertThat(total).isEqualTo(3);
        do {
            var req = given().queryParam("q", "东区").queryParam("agencyId", agency).queryParam("size", 1);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            var page = req.when().get("/api/v1/items/search").then().statusCode(200).extract();
            List<Integer> ids = page.path("items.item.id");
            assertThat(ids).hasSize(1);
            assertThat(seen.add(ids.get(0))).isTrue();
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrder((int) housing, (int) budget, (int) unrelated);
    }

    @Test
    void userTextIsNeverQuerySyntax() {
        for (String q : List.of("住房 AND (", "\"住房", "title:*", "a~2^3", "[2011 TO 2012]", "住房 -保障", "OR")) {
            int status = given().queryParam("q", q).when().get("/api/v1/items/search").then().extract().statusCode();
            assertThat(status).as(q).isEqualTo(200);
        }
        given().queryParam("q", "\\ * ?").when().get("/api/v1/items/search").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        given().queryParam("q", "  ").when().get("/api/v1/items/search").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        given().when().get("/api/v1/items/search").then().statusCode(400).body("violations[0].field", equalTo("q"));
        given().queryParam("q", "。，！？").when().get("/api/v1/items/search").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        given().queryParam("q", "长".repeat(101)).when().get("/api/v1/items/search").then().statusCode(400);
        given().queryParam("q", "住房").queryParam("cursor", "bm90LWEtY3Vyc29y").when().get("/api/v1/items/search")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().queryParam("q", "住房").queryParam("category", "NOPE").when().get("/api/v1/items/search")
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
    }

    @Test
    void theIndexFollowsPublicationAndWithdrawal() {
        long agency = items.agency(AGENCY).id;
        Map<String, Object> d = ItemTestSupport.draft(agency, "NEWS", "独一无二的熊猫保护通报");
        long id = items.createDraft(AGENCY, d);
        given().queryParam("q", "熊猫保护").when().get("/api/v1/items/search").then().body("total", equalTo(0));
        String editor = items.editor(AGENCY);
        items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
        items.action(items.reviewer(AGENCY), id, "approval", Map.of("version", 1)).statusCode(200);
        given().queryParam("q", "熊猫保护").when().get("/api/v1/items/search").then().body("total", equalTo(1))
                .body("items[0].item.id", equalTo((int) id));
        items.action(editor, id, "withdrawal", Map.of("version", 2, "reason", "撤回测试")).statusCode(200);
        given().queryParam("q", "熊猫保护").when().get("/api/v1/items/search").then().body("total", equalTo(0));
    }

    @Test
    void administratorsRebuildTheIndexFromTheDatabase() throws InterruptedException {
        String admin = fixtures.token(Role.ADMIN);
        given().when().post("/api/v1/items/search-index/rebuild").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).when().post("/api/v1/items/search-index/rebuild")
                .then().statusCode(403);
        given().auth().oauth2(admin).when().post("/api/v1/items/search-index/rebuild").then().statusCode(202)
                .body("rebuilding", equalTo(true));
        for (int i = 0; i < 100; i++) {
            boolean running = given().auth().oauth2(admin).when().get("/api/v1/items/search-index").then()
                    .statusCode(200).extract().path("rebuilding");
            if (!running) {
                break;
            }
            Thread.sleep(100);
        }
        given().auth().oauth2(admin).when().get("/api/v1/items/search-index").then()
                .body("rebuilding", equalTo(false)).body("lastRebuildDocuments", notNullValue());
        given().queryParam("q", "东府发〔2011〕12号").when().get("/api/v1/items/search").then()
                .body("items.item.id", hasItem((int) housing));
    }
}
