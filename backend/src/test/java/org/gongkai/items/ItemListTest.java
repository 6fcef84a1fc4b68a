package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The public catalogue and the staff work lists: filters, order, keyset paging, who sees what. */
@QuarkusTest
class ItemListTest {

    private static final String A = "T-ITM-LST";
    private static final String B = "T-ITM-LST-B";

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    private static final List<Long> published = new ArrayList<>();
    private static long draftA;
    private static long draftB;
    private static long agencyA;
    private static long agencyB;

    @BeforeEach
    void data() {
        if (!published.isEmpty()) {
            return;
        }
        agencyA = items.agency(A).id;
        agencyB = items.agency(B).id;
        String[][] rows = {
                {"NEWS", "2023-05-04", "2023-05-05", null},
                {"NORMATIVE", "2023-06-01", "2023-06-02", "IN_FORCE"},
                {"NEWS", "2024-01-10", "2024-01-12", null},
                {"NEWS", "2024-01-10", "2024-01-12", null},
                {"BUDGET", "2024-02-01", "2024-02-03", null}};
        for (String[] r : rows) {
            Map<String, Object> d = ItemTestSupport.draft(agencyA, r[0], "列表测试 " + r[0] + " " + r[2]);
            d.put("writtenDate", r[1]);
            d.put("topic", "NEWS".equals(r[0]) ? "GENERAL" : "FINANCE_AUDIT");
            if (r[3] != null) {
                d.put("validity", r[3]);
            }
            published.add(items.publish(A, d, LocalDate.parse(r[2])));
        }
        draftA = items.createDraft(A, ItemTestSupport.draft(agencyA, "NEWS", "A 的草稿"));
        draftB = items.createDraft(B, ItemTestSupport.draft(agencyB, "NEWS", "B 的草稿"));
    }

    private List<Integer> ids(Object... params) {
        var req = given();
        for (int i = 0; i < params.length; i += 2) {
            req.queryParam((String) params[i], params[i + 1]);
        }
        return req.when().get("/api/v1/items").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void publicCatalogueIsPublishedItemsNewestFirst() {
        assertThat(ids("agencyId", agencyA)).containsExactly(
                published.get(4).intValue(), published.get(3).intValue(), published.get(2).intValue(),
                published.get(1).intValue(), published.get(0).intValue());
        given().queryParam("agencyId", agencyA).when().get("/api/v1/items").then()
                .body("items.status", everyItem(equalTo("PUBLISHED")))
                .body("items.id", not(hasItem((int) draftA)))
                .body("items[0].indexNumber", equalTo("T-ITM-LST/2024-00003"))
                .body("items[0].agencyName", equalTo("测试部门 T-ITM-LST"))
                .body("items[0].category.code", equalTo("BUDGET"));
    }

    @Test
    void filtersNarrowTheCatalogue() {
        assertThat(ids("agencyId", agencyA, "category", "NEWS")).containsExactly(
                published.get(3).intValue(), published.get(2).intValue(), published.get(0).intValue());
        assertThat(ids("agencyId", agencyA, "year", 2023)).containsExactly(
                published.get(1).intValue(), published.get(0).intValue());
        assertThat(ids("agencyId", agencyA, "topic", "FINANCE_AUDIT")).containsExactly(
                published.get(4).intValue(), published.get(1).intValue());
        assertThat(ids("agencyId", agencyA, "validity", "IN_FORCE")).containsExactly(published.get(1).intValue());
        long district = fixtures.district().id;
        assertThat(ids("agencyId", district, "year", 2023)).doesNotContain(published.get(0).intValue());
        assertThat(ids("agencyId", district, "includeSubagencies", true, "year", 2023, "size", 100))
                .contains(published.get(0).intValue(), published.get(1).intValue());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<Integer> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = given().queryParam("agencyId", agencyA).queryParam("size", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            var page = req.when().get("/api/v1/items").then().statusCode(200).body("size", equalTo(2)).extract();
            all.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(all).containsExactly(published.get(4).intValue(), published.get(3).intValue(),
                published.get(2).intValue(), published.get(1).intValue(), published.get(0).intValue());
    }

    @Test
    void staffSeeTheirAgencysWorkInProgress() {
        given().queryParam("status", "DRAFT").when().get("/api/v1/items").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("status", "DRAFT").when().get("/api/v1/items")
                .then().statusCode(403);
        given().auth().oauth2(items.editor(A)).queryParam("status", "DRAFT").when().get("/api/v1/items").then()
                .statusCode(200)
                .body("items.id", hasItem((int) draftA))
                .body("items.id", not(hasItem((int) draftB)))
                .body("items.agencyId", everyItem(equalTo((int) agencyA)));
        given().auth().oauth2(fixtures.token(Role.REVIEWER)).queryParam("status", "DRAFT").queryParam("size", 100)
                .when().get("/api/v1/items").then().statusCode(200)
                .body("items.id", hasItem((int) draftA)).body("items.id", hasItem((int) draftB));
        List<String> statuses = given().auth().oauth2(items.editor(A)).queryParam("status", "DRAFT")
                .queryParam("status", "PUBLISHED").queryParam("size", 100).when().get("/api/v1/items").then()
                .statusCode(200).extract().path("items.status");
        assertThat(statuses).contains("DRAFT", "PUBLISHED").doesNotContain("PENDING_REVIEW", "WITHDRAWN");
    }

    @Test
    void mineNarrowsAWorkListToTheCallersOwnItems() {
        String colleague = fixtures.tokenFor("editor2-" + A.toLowerCase(), Role.EDITOR, A);
        long colleaguesDraft = ((Number) items.create(colleague, ItemTestSupport.draft(agencyA, "NEWS", "同事的草稿"))
                .statusCode(201).extract().path("id")).longValue();
        List<Integer> all = given().auth().oauth2(items.editor(A)).queryParam("status", "DRAFT").queryParam("size", 100)
                .when().get("/api/v1/items").then().statusCode(200).extract().path("items.id");
        assertThat(all).contains((int) draftA, (int) colleaguesDraft);
        given().auth().oauth2(items.editor(A)).queryParam("status", "DRAFT").queryParam("mine", true)
                .queryParam("size", 100).when().get("/api/v1/items").then().statusCode(200)
                .body("items.id", hasItem((int) draftA))
                .body("items.id", not(hasItem((int) colleaguesDraft)));
        given().auth().oauth2(colleague).queryParam("status", "DRAFT").queryParam("mine", true).when()
                .get("/api/v1/items").then().statusCode(200).body("items.id", equalTo(List.of((int) colleaguesDraft)));
        // The public catalogue has no "mine".
        given().queryParam("mine", true).when().get("/api/v1/items").then().statusCode(400)
                .body("violations[0].field", equalTo("mine"));
    }

    @Test
    void staffListsPageByLastChange() {
        String editor = items.editor(A);
        var first = given().auth().oauth2(editor).queryParam("status", "PUBLISHED").queryParam("size", 3)
                .when().get("/api/v1/items").then().statusCode(200).extract();
        List<Integer> page1 = first.path("items.id");
        List<Integer> page2 = given().auth().oauth2(editor).queryParam("status", "PUBLISHED").queryParam("size", 3)
                .queryParam("cursor", (String) first.path("nextCursor")).when().get("/api/v1/items").then()
                .statusCode(200).extract().path("items.id");
        assertThat(page1).hasSize(3);
        assertThat(page2).hasSize(2).doesNotContainAnyElementsOf(page1);
        // The staff cursor (a timestamp) is not a catalogue cursor (a date).
        given().queryParam("cursor", (String) first.path("nextCursor")).when().get("/api/v1/items").then()
                .statusCode(400).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void badParametersAre400() {
        given().queryParam("year", 1800).when().get("/api/v1/items").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().queryParam("category", "NOPE").when().get("/api/v1/items").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        given().queryParam("agencyId", 987654321).when().get("/api/v1/items").then().statusCode(400)
                .body("violations[0].field", equalTo("agencyId"));
        given().queryParam("topic", "NOPE").when().get("/api/v1/items").then().statusCode(400);
        given().queryParam("status", "NOPE").when().get("/api/v1/items").then().statusCode(400);
        given().queryParam("cursor", "%%%").when().get("/api/v1/items").then().statusCode(400);
        given().queryParam("size", 0).when().get("/api/v1/items").then().statusCode(400);
        given().queryParam("agencyId", agencyA).queryParam("size", 100).when().get("/api/v1/items").then()
                .statusCode(200).body("nextCursor", nullValue());
    }

    @Test
    void vocabularyNamesEveryCodeInBothLanguages() {
        given().when().get("/api/v1/items/vocabulary").then().statusCode(200)
                .body("topics.find { it.code == 'URBAN_ENVIRONMENT' }.nameZh", equalTo("城乡建设、环境保护"))
                .body("channels.code", hasItem("GAZETTE"))
                .body("validities.find { it.code == 'REPEALED' }.nameZh", equalTo("已废止"))
                .body("statuses.find { it.code == 'PENDING_REVIEW' }.nameEn", equalTo("Pending review"));
    }
}
