package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** The bulk loader's contract, index numbers under concurrent publication, late flags after calendar changes. */
@QuarkusTest
class ItemBulkLoaderTest {

    @Inject
    ItemBulkLoader loader;

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void anInvalidRowLoadsNothingAndNamesEveryProblem() {
        long agency = items.agency("T-ITM-BULK1").id;
        List<HistoricalItem> rows = List.of(
                HistoricalItem.of(agency, "NEWS", "好的", LocalDate.of(2015, 3, 2), LocalDate.of(2015, 3, 3)),
                HistoricalItem.of(agency, "NEWS", " ", LocalDate.of(2015, 3, 2), LocalDate.of(2015, 3, 1)),
                HistoricalItem.of(987654321L, "NOPE", "坏的", LocalDate.of(2015, 3, 2), null));
        assertThatThrownBy(() -> loader.loadPublished(rows)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.violations()).extracting(ApiException.Violation::field).containsExactlyInAnyOrder(
                    "items[1].title", "items[1].publicationDate", "items[2].agencyId", "items[2].categoryCode",
                    "items[2].publicationDate");
        });
        given().queryParam("agencyId", agency).when().get("/api/v1/items").then().body("items.size()", equalTo(0));
    }

    @Test
    void loadsThousandsWithContiguousIndexNumbersEventsAndSearch() {
        long a = items.agency("T-ITM-BULK2").id;
        long b = items.agency("T-ITM-BULK2B").id;
        List<HistoricalItem> rows = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("bulk.n", 3000); i++) {
            long agency = i % 3 == 0 ? b : a;
            LocalDate published = LocalDate.of(2016 + i % 2, 1, 1).plusDays(i % 300);
            rows.add(HistoricalItem.of(agency, i % 2 == 0 ? "NEWS" : "OTHER", "批量导入第" + i + "条 " + (i == 1234 ? "独特的蓝莓标题" : ""),
                    published.minusDays(3), published));
        }
        long start = System.nanoTime();
        ItemBulkLoader.LoadResult result = loader.loadPublished(rows);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Bulk load of %d items: %d ms%n", rows.size(), millis);
        assertThat(result.loaded()).isEqualTo(3000);
        assertThat(result.indexNumbers()).doesNotHaveDuplicates().hasSize(3000);
        long aIn2016 = result.indexNumbers().stream().filter(n -> n.startsWith("T-ITM-BULK2/2016-")).count();
        assertThat(aIn2016).isEqualTo(1000);
        assertThat(result.indexNumbers()).contains("T-ITM-BULK2/2016-00001", "T-ITM-BULK2/2016-01000")
                .doesNotContain("T-ITM-BULK2/2016-01001");
        // Within an agency and year, numbers follow publication order.
        assertThat(result.indexNumbers().get(1)).isEqualTo("T-ITM-BULK2/2017-00001");
        assertThat(result.indexNumbers().get(2)).isEqualTo("T-ITM-BULK2/2016-00001");

        Number events = (Number) em.createNativeQuery("select count(*) from item_event e join item i on i.id = e.item_id "
                + "where i.agency_id in (?1, ?2) and e.action = 'IMPORT'").setParameter(1, a).setParameter(2, b)
                .getSingleResult();
        assertThat(events.longValue()).isEqualTo(3000);
        given().queryParam("q", "蓝莓").when().get("/api/v1/items/search").then()
                .body("total", equalTo(1)).body("items[0].item.title", equalTo("批量导入第1234条 独特的蓝莓标题"));

        // Publishing through the console continues the sequence.
        Map<String, Object> d = ItemTestSupport.draft(a, "NEWS", "后续发布");
        d.put("writtenDate", "2016-12-28");
        long id = items.publish("T-ITM-BULK2", d, LocalDate.of(2016, 12, 30));
        given().when().get("/api/v1/items/" + id).then().body("indexNumber", equalTo("T-ITM-BULK2/2016-01001"));
    }

    @Test
    void concurrentPublicationsNeverShareAnIndexNumber() throws Exception {
        long agency = items.agency("T-ITM-BULK3").id;
        String editor = items.editor("T-ITM-BULK3");
        String reviewer = items.reviewer("T-ITM-BULK3");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> d = ItemTestSupport.draft(agency, "NEWS", "并发发布" + i);
            d.put("writtenDate", "2019-06-03");
            long id = items.createDraft("T-ITM-BULK3", d);
            items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> numbers = new ArrayList<>();
            for (long id : ids) {
                numbers.add(pool.submit(() -> items.action(reviewer, id, "approval",
                        Map.of("version", 1, "publicationDate", "2019-06-10")).statusCode(200)
                        .extract().path("indexNumber")));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> f : numbers) {
                got.add(f.get());
            }
            assertThat(got).containsExactlyInAnyOrder("T-ITM-BULK3/2019-00001", "T-ITM-BULK3/2019-00002", "T-ITM-BULK3/2019-00003",
                    "T-ITM-BULK3/2019-00004", "T-ITM-BULK3/2019-00005", "T-ITM-BULK3/2019-00006", "T-ITM-BULK3/2019-00007",
                    "T-ITM-BULK3/2019-00008");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void addingAMissingCalendarYearSettlesUnknownLateFlags() {
        long agency = items.agency("T-ITM-BULK4").id;
        Map<String, Object> d = ItemTestSupport.draft(agency, "NEWS", "2005年的信息");
        d.put("writtenDate", "2005-03-01");
        long id = items.publish("T-ITM-BULK4", d, LocalDate.of(2005, 4, 20));
        given().when().get("/api/v1/items/" + id).then().body("lateness", equalTo("UNKNOWN"));
        given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType("application/json")
                .body(Map.of("papers", List.of("国办发明电〔2004〕38号"), "days", List.of(
                        Map.of("date", "2005-05-02", "offDay", true, "name", "劳动节"),
                        Map.of("date", "2005-05-08", "offDay", false, "name", "劳动节"))))
                .when().put("/api/v1/calendar/years/2005").then().statusCode(200);
        // 2 March–20 April 2005: 36 working days, 16 beyond the limit.
        given().when().get("/api/v1/items/" + id).then().body("lateness", equalTo("LATE"))
                .body("lateByWorkingDays", equalTo(16));
    }
}
