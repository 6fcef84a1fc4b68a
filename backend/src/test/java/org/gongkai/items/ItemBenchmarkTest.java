package org.gongkai.items;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.common.paging.Cursor;
import org.hibernate.Session;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timed comparisons for the README, off by default: {@code ./mvnw test -Dbench=true -Dtest=ItemBenchmarkTest}
 * (add {@code -Dpgtests.skip=false} and GONGKAI_TEST_PG_URL for PostgreSQL). Each figure is the median of
 * repeated runs after a warm-up; it shows orders of magnitude on this machine, not a load test.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemBenchmarkTest {

    private static final String[] SUBJECTS = {"安全生产", "防汛减灾", "优化营商环境", "民生实事", "食品安全", "社区治理",
            "老旧小区改造", "就业创业", "义务教育", "医疗保障", "森林防火", "项目投资"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    ItemBulkLoader loader;

    @Inject
    ItemTestSupport items;

    @Inject
    ItemStatistics statistics;

    @Inject
    EntityManager em;

    /** The 2011 demonstration year: 75,000 published items in one call, indexed for search. */
    @Test
    @Order(1)
    void bulkLoadOf75000Items() {
        long a = items.agency("T-ITM-BENCH-A").id;
        long b = items.agency("T-ITM-BENCH-B").id;
        List<HistoricalItem> rows = generated(75_000, 2011, a, b, 1);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ItemBulkLoader.LoadResult r = loader.loadPublished(rows);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        report("bulk load of 75,000 items (insert + index numbers + events + Lucene)", ms + " ms wall, " + cpuMs
                + " ms CPU of the loading thread (" + (75_000L * 1000 / Math.max(1, ms)) + " items/s)");
        assertThat(r.loaded()).isEqualTo(75_000);
        given().queryParam("q", "安全生产").queryParam("agencyId", a).when().get("/api/v1/items/search").then()
                .statusCode(200);
    }

    /** Keyset paging: page 5,000 of a 100,000-row catalogue against page 1. */
    @Test
    @Order(2)
    void deepPageCostsWhatTheFirstCosts() {
        long c = items.agency("T-ITM-BENCH-C").id;
        long published = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from item where status = 'PUBLISHED'").getSingleResult()).longValue());
        if (published < 100_000) {
            loader.loadPublished(generated((int) (100_000 - published), 2012, c, c, 2));
        }
        // The cursor of page 5,000 (rows 99,981–100,000) is the sort key of row 99,980: found once with OFFSET.
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select publication_date, id from item where status = 'PUBLISHED' "
                        + "order by publication_date desc, id desc offset 99979 rows fetch next 1 rows only")
                .getSingleResult());
        LocalDate date = row[0] instanceof LocalDate d ? d : ((java.sql.Date) row[0]).toLocalDate();
        String deep = Cursor.encode(date, ((Number) row[1]).longValue());
        // Sizes alternate between 20 and 21 so that no database answers from a cached last result.
        int[] n = {0};
        double first = medianMillis(() -> given().queryParam("size", 20 + n[0]++ % 2).when().get("/api/v1/items")
                .then().statusCode(200));
        double page5000 = medianMillis(() -> given().queryParam("size", 20 + n[0]++ % 2).queryParam("cursor", deep)
                .when().get("/api/v1/items").then().statusCode(200));
        report("catalogue page 1 (20 rows of >= 100,000), HTTP", String.format("%.1f ms", first));
        report("catalogue page 5,000 (keyset cursor), HTTP", String.format("%.1f ms", page5000));
        String keyset = "select id from item where status = 'PUBLISHED' %s order by publication_date desc, id desc "
                + "fetch first ?1 rows only";
        double firstSql = medianMillis(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                String.format(keyset, "")).setParameter(1, 21 + n[0]++ % 2).getResultList()));
        double deepSql = medianMillis(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                String.format(keyset, "and publication_date <= ?2 and (publication_date < ?2 or id < ?3)"))
                .setParameter(1, 21 + n[0]++ % 2).setParameter(2, date).setParameter(3, ((Number) row[1]).longValue())
                .getResultList()));
        report("catalogue page 1, SQL only", String.format("%.2f ms", firstSql));
        report("catalogue page 5,000 (keyset), SQL only", String.format("%.2f ms", deepSql));
        double offsetQuery = medianMillis(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "select id from item where status = 'PUBLISHED' order by publication_date desc, id desc "
                        + "offset ?1 rows fetch next 20 rows only").setParameter(1, 99_980 + n[0]++ % 2).getResultList()));
        report("for comparison, the same page by OFFSET 99,980 (SQL only)", String.format("%.1f ms", offsetQuery));
        assertThat(page5000).isLessThan(Math.max(first * 3, 50));
    }

    /** The annual report's figures over 1,000,000 items of 8 agencies. */
    @Test
    @Order(3)
    void yearFiguresOverAMillionItems() {
        List<Long> agencies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            agencies.add(items.agency("T-ITM-BENCH-S" + i).id);
        }
        long present = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from item where agency_id in (:a)").setParameter("a", agencies).getSingleResult()).longValue());
        if (present < 1_000_000) {
            long start = System.nanoTime();
            insertRaw(agencies, (int) (1_000_000 - present));
            report("setup: 1,000,000 rows by plain JDBC batches (no events, no index)",
                    (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(analyze()).executeUpdate());
        int[] y = {0};
        double year = medianMillis(() -> statistics.forYear(agencies, 2019 + y[0]++ % 2));
        ItemYearFigures f = statistics.forYear(agencies, 2020);
        report("ItemStatistics.forYear over 1,000,000 items (8 agencies, 2013–2024)", String.format("%.0f ms (%d published in 2020)",
                year, f.publishedInYear()));
        assertThat(f.publishedInYear()).isGreaterThan(50_000);
        assertThat(Arrays.stream(f.publishedByMonth()).sum()).isEqualTo(f.publishedInYear());
    }

    private String analyze() {
        String db = QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(
                conn -> conn.getMetaData().getDatabaseProductName()));
        return db.toLowerCase().contains("postgres") ? "analyze item" : "analyze";
    }

    private void insertRaw(List<Long> agencies, int n) {
        Random rnd = new Random(7);
        List<Long> categories = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from category where active = true").getResultList().stream()
                .map(o -> ((Number) o).longValue()).toList());
        int chunk = 50_000;
        for (int done = 0; done < n; done += chunk) {
            int size = Math.min(chunk, n - done);
            int offset = done;
            QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(conn -> {
                long firstId = ((Number) em.createNativeQuery("select max(id) from item").getSingleResult()).longValue()
                        + 1_000_000;
                try (PreparedStatement s = conn.prepareStatement("insert into item (id, version, created_at, updated_at, "
                        + "status, index_number, title, agency_id, category_id, written_date, publication_date, "
                        + "lateness, late_by_working_days, validity, repeal_date, withdrawn_date, created_by) "
                        + "values (?, 0, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')")) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    for (int i = 0; i < size; i++) {
                        LocalDate pub = LocalDate.of(2013, 1, 1).plusDays(rnd.nextInt(12 * 365));
                        boolean withdrawn = rnd.nextInt(50) == 0;
                        s.setLong(1, firstId + offset + i);
                        s.setObject(2, now);
                        s.setObject(3, now);
                        s.setString(4, withdrawn ? "WITHDRAWN" : "PUBLISHED");
                        s.setString(5, "基准测试 " + (offset + i));
                        s.setLong(6, agencies.get(rnd.nextInt(agencies.size())));
                        long cat = categories.get(rnd.nextInt(categories.size()));
                        s.setLong(7, cat);
                        s.setObject(8, pub.minusDays(rnd.nextInt(40)));
                        s.setObject(9, pub);
                        int late = rnd.nextInt(20);
                        s.setString(10, late == 0 ? "LATE" : late == 1 ? "UNKNOWN" : "ON_TIME");
                        s.setObject(11, late == 0 ? 3 : 0);
                        s.setString(12, null);
                        s.setObject(13, null);
                        s.setObject(14, withdrawn ? pub.plusDays(30) : null);
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

    private static List<HistoricalItem> generated(int n, int year, long a, long b, int seed) {
        Random rnd = new Random(seed);
        String[] categories = {"NEWS", "NEWS", "NEWS", "OTHER", "OTHER", "REGULATIONS", "OVERVIEW", "PLANS", "PERSONNEL",
                "FINANCE"};
        List<HistoricalItem> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate published = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
            String subject = SUBJECTS[rnd.nextInt(SUBJECTS.length)];
            rows.add(new HistoricalItem(i % 2 == 0 ? a : b, categories[rnd.nextInt(categories.length)],
                    "东区" + subject + "工作动态（第" + i + "期）", null, published.minusDays(rnd.nextInt(10)), published,
                    null, subject, null, "<p>" + year + "年，东区扎实推进" + subject + "各项工作，取得阶段性成效。</p>",
                    null, null, null));
        }
        return rows;
    }

    private static double medianMillis(Runnable r) {
        for (int i = 0; i < 5; i++) {
            r.run();
        }
        double[] t = new double[21];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private static void report(String what, String value) {
        System.out.println("BENCH | " + what + " | " + value);
    }
}
