package org.gongkai.items;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;

/** The demo catalogue: a few hundred realistic items, work in progress for the console, loaded only once. */
@QuarkusTest
class ItemDemoDataTest {

    @Inject
    AgencyDemoData agencyDemo;

    @Inject
    ItemDemoData itemDemo;

    @Inject
    AgencyRepository agencies;

    @Inject
    EntityManager em;

    private long count(String where, List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from item i join category c on c.id = i.category_id where i.agency_id in (:ids) and "
                        + where).setParameter("ids", ids).getSingleResult()).longValue());
    }

    @Test
    void demoCatalogueIsRealisticAndLoadedOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            agencyDemo.seed();
            itemDemo.seed();
        });
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> agencies.withDescendants(
                agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElseThrow().id));
        long total = count("1 = 1", ids);
        assertThat(total).isBetween(250L, 500L);
        assertThat(count("i.status = 'DRAFT'", ids)).isGreaterThanOrEqualTo(4);
        assertThat(count("i.status = 'PENDING_REVIEW'", ids)).isGreaterThanOrEqualTo(3);
        assertThat(count("i.status = 'WITHDRAWN'", ids)).isEqualTo(3);
        assertThat(count("c.code = 'NORMATIVE' and i.validity = 'REPEALED'", ids)).isGreaterThan(0);
        assertThat(count("c.code = 'NORMATIVE' and i.validity = 'IN_FORCE' and i.status = 'PUBLISHED'", ids)).isGreaterThan(5);
        assertThat(count("i.lateness = 'LATE'", ids)).isGreaterThan(0);
        assertThat(count("i.publication_date < '2020-01-01'", ids)).isGreaterThan(20);
        assertThat(count("i.document_number like '东府发〔2024〕%号'", ids)).isGreaterThan(0);
        assertThat(count("i.publication_date > current_date", ids)).isZero();
        for (String code : List.of("NEWS", "BUDGET", "LICENSING", "PENALTY", "PERSONNEL", "PLANNING", "STATISTICS")) {
            assertThat(count("i.status = 'PUBLISHED' and c.code = '" + code + "'", ids)).as(code).isGreaterThan(0);
        }

        QuarkusTransaction.requiringNew().run(() -> itemDemo.seed());
        assertThat(count("1 = 1", ids)).isEqualTo(total);

        given().queryParam("q", "东府发").when().get("/api/v1/items/search").then().statusCode(200)
                .body("total", greaterThan(0));
        given().queryParam("q", "食品安全").when().get("/api/v1/items/search").then().statusCode(200)
                .body("total", greaterThan(0));
    }
}
