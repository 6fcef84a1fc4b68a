package org.gongkai.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.common.security.Role;
import org.gongkai.items.ItemStatistics;
import org.gongkai.support.Fixtures;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's statistics over a year with 1,000,000 catalogue items, off by default:
 * {@code ./mvnw test -Dbench=true -Dtest=ReportBenchmarkTest} (add {@code -Dpgtests.skip=false} and
 * GONGKAI_TEST_PG_URL to run it on PostgreSQL too). The items go in by plain JDBC batches (the bulk loader's
 * events and search index are not what is measured); then the figures are timed cold (the first call after the
 * load) and warm (median of 3), through the HTTP endpoint, the report's figures source, the items' statistics
 * alone, and the single GROUP BY the category counts need, for the ratios between them in one run.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReportBenchmarkTest {

    private static final int ITEMS = 1_000_000;
    private static final int YEAR = 2017;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    ItemStatistics itemStatistics;

    @Inject
    ReportFiguresSource figures;

    @Test
    void reportStatisticsOfAYearWithAMillionItems() {
        long agency = fixtures.department("T-RPT-BENCH").id;
        long present = count("select count(*) from item where agency_id = " + agency);
        if (present < ITEMS) {
            long start = System.nanoTime();
            insert(agency, (int) (ITEMS - present));
            report("setup: " + ITEMS + " items of " + YEAR + " by JDBC batches of 1,000", ms(start) + " ms");
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(analyze()).executeUpdate());
        String admin = fixtures.token(Role.ADMIN);
        Runnable http = () -> given().auth().oauth2(admin).queryParam("agencyId", agency).queryParam("summary", true)
                .when().get("/api/v1/reports/" + YEAR).then().statusCode(200);
        long cold = time(http);
        report("GET /api/v1/reports/" + YEAR + "?summary=true (this year + last year + checks), cold", cold + " ms");
        report("  same, warm (median of 3)", median(http) + " ms");
        Supplier<ReportFigures> source = () -> figures.compute(agency, false, YEAR, ReportFormat.NATIONAL_2019);
        report("ReportFiguresSource.compute (4 features' statistics), warm (median of 3)", median(source::get) + " ms");
        report("ItemStatistics.forYear alone, warm (median of 3)",
                median(() -> itemStatistics.forYear(List.of(agency), YEAR)) + " ms");
        // The last day alternates (31st, 30th, 29th) so that H2 never answers from the cached result of the same query.
        int[] run = {0};
        Runnable groupBy = () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select category_id, count(*) from item where agency_id = " + agency + " and status in ('PUBLISHED', "
                        + "'WITHDRAWN') and publication_date between date '" + YEAR + "-01-01' and date '" + YEAR
                        + "-12-" + (31 - run[0]++ % 3) + "' group by category_id").getResultList());
        report("raw GROUP BY category of the year's items (one query), cold", time(groupBy) + " ms");
        report("raw GROUP BY category of the year's items (one query), warm (median of 3)", median(groupBy) + " ms");
        ReportFigures f = source.get();
        long inYear = count("select count(*) from item where agency_id = " + agency + " and publication_date "
                + "between date '" + YEAR + "-01-01' and date '" + YEAR + "-12-31'");
        long atYearEnd = count("select count(*) from item where agency_id = " + agency + " and status = 'PUBLISHED'");
        assertThat(f.proactive().publishedInYear()).isEqualTo(inYear).isEqualTo(ITEMS);
        assertThat(f.proactive().cumulativePublished()).isEqualTo(atYearEnd).isLessThan(ITEMS);
        report("items published in " + YEAR + " / still published on 31 December", inYear + " / " + atYearEnd);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private String analyze() {
        String db = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(
                conn -> conn.getMetaData().getDatabaseProductName()));
        report("database", db);
        return db.toLowerCase().contains("postgres") ? "analyze item" : "analyze";
    }

    /** A year of items over every active category, 2 % withdrawn, in chunks of 50,000 per transaction. */
    private void insert(long agency, int n) {
        Random rnd = new Random(2017);
        List<Long> categories = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from category where active = true").getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList());
        int chunk = 50_000;
        for (int done = 0; done < n; done += chunk) {
            int size = Math.min(chunk, n - done);
            int offset = done;
            QuarkusTransaction.requiringNew().timeout(600).run(() -> em.unwrap(Session.class).doWork(conn -> {
                long firstId = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from item").getSingleResult())
                        .longValue() + 1_000_000;
                try (PreparedStatement s = conn.prepareStatement("insert into item (id, version, created_at, updated_at, "
                        + "status, index_number, title, agency_id, category_id, written_date, publication_date, "
                        + "lateness, late_by_working_days, validity, repeal_date, withdrawn_date, created_by) "
                        + "values (?, 0, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, null, null, ?, 'bench')")) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (int i = 0; i < size; i++) {
                        LocalDate pub = LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(365));
                        boolean withdrawn = rnd.nextInt(50) == 0;
                        int late = rnd.nextInt(20);
                        s.setLong(1, firstId + i);
                        s.setObject(2, now);
                        s.setObject(3, now);
                        s.setString(4, withdrawn ? "WITHDRAWN" : "PUBLISHED");
                        s.setString(5, "年度报告基准测试 " + (offset + i));
                        s.setLong(6, agency);
                        s.setLong(7, categories.get(rnd.nextInt(categories.size())));
                        s.setObject(8, pub.minusDays(rnd.nextInt(40)));
                        s.setObject(9, pub);
                        s.setString(10, late == 0 ? "LATE" : late == 1 ? "UNKNOWN" : "ON_TIME");
                        s.setObject(11, late == 0 ? 3 : 0);
                        s.setObject(12, withdrawn ? LocalDate.of(YEAR, 12, 30) : null);
                        s.addBatch();
                        if (i % 1000 == 999) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
            }));
        }
    }

    private static long time(Runnable r) {
        long s = System.nanoTime();
        r.run();
        return ms(s);
    }

    private static long median(Runnable r) {
        long[] t = new long[3];
        for (int i = 0; i < t.length; i++) {
            t[i] = time(r);
        }
        Arrays.sort(t);
        return t[1];
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void report(String what, String value) {
        System.out.println("BENCH | " + what + " | " + value);
    }
}
