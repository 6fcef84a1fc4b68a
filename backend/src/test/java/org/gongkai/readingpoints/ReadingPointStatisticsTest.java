package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * A year of entries made every way a clerk can make them — single visits, typed tallies, an imported file
 * and the Java loader — must give statistics that equal the sums of the entries exactly, for every grouping.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingPointStatisticsTest {

    private static final String AGENCY = "T-STAT1";
    private static final int YEAR = 2023;

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    @Inject
    TallyLoader loader;

    @Inject
    ReadingPointStatistics statistics;

    private long agencyId;
    private long centre1;
    private long centre2;
    private long archives;
    private long library;
    private long board;
    /** point id → month (1–12) → {people, items}. */
    private final Map<Long, long[][]> expected = new HashMap<>();
    private long expectedApplications;

    private void add(long point, LocalDate day, int people, int items) {
        if (day.getYear() == YEAR) {
            long[][] m = expected.computeIfAbsent(point, k -> new long[13][2]);
            m[day.getMonthValue()][0] += people;
            m[day.getMonthValue()][1] += items;
        }
    }

    private boolean logged;

    /** Once per class; in @BeforeEach because RestAssured only knows the test port from then on. */
    @BeforeEach
    void logAYearEveryWay() {
        if (logged) {
            return;
        }
        logged = true;
        agencyId = fixtures.department(AGENCY).id;
        centre1 = points.point(AGENCY, "SERVICE_CENTRE");
        centre2 = points.point(AGENCY, "SERVICE_CENTRE");
        archives = points.point(AGENCY, "ARCHIVES");
        library = points.point(AGENCY, "LIBRARY", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 10, 31));
        board = points.point(AGENCY, "NOTICE_BOARD", LocalDate.of(2024, 1, 1), null);
        points.point(AGENCY, "READING_ROOM", LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31));
        for (long p : List.of(centre1, centre2, archives, library)) {
            expected.put(p, new long[13][2]);
        }
        String clerk = fixtures.token(Role.CLERK);
        Random random = new Random(YEAR);
        Set<LocalDate> typed = new HashSet<>();

        // Centre 1: 30 days typed as tallies, the other days of January–June imported from a file.
        for (int i = 0; i < 30; i++) {
            LocalDate day = LocalDate.of(YEAR, 7, 1).plusDays(random.nextInt(180));
            if (!typed.add(day)) {
                continue;
            }
            int people = 800 + random.nextInt(700);
            int items = random.nextInt(people);
            given().auth().oauth2(clerk).contentType(ContentType.JSON)
                    .body(Map.of("date", day.toString(), "people", people, "itemsConsulted", items))
                    .when().post("/api/v1/reading-points/" + centre1 + "/tallies").then().statusCode(201);
            add(centre1, day, people, items);
        }
        StringBuilder csv = new StringBuilder("point,date,people,items\n");
        for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.isBefore(LocalDate.of(YEAR, 7, 1)); d = d.plusDays(1)) {
            int people = 900 + random.nextInt(600);
            int items = random.nextInt(500);
            csv.append(centre1).append(',').append(d).append(',').append(people).append(',').append(items).append('\n');
            add(centre1, d, people, items);
        }
        given().auth().oauth2(clerk).multiPart("file", "h1.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/reading-points/tally-imports").then().statusCode(201);

        // Centre 2: the whole year through the Java loader, plus a day of the next year that must not count.
        List<TallyLoader.TallyRow> rows = new ArrayList<>();
        for (LocalDate d = LocalDate.of(YEAR, 1, 1); d.getYear() == YEAR; d = d.plusDays(1)) {
            int people = random.nextInt(1500);
            int items = random.nextInt(800);
            rows.add(new TallyLoader.TallyRow(centre2, d, people, items));
            add(centre2, d, people, items);
        }
        rows.add(new TallyLoader.TallyRow(centre2, LocalDate.of(YEAR + 1, 1, 2), 999, 999));
        assertThat(loader.load(rows)).isEqualTo(366);

        // Archives and library: single visits, some becoming applications; one tally for a busy day.
        for (int i = 0; i < 25; i++) {
            long point = i % 3 == 0 ? library : archives;
            LocalDate day = point == library ? LocalDate.of(YEAR, 3, 1).plusDays(random.nextInt(240))
                    : LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
            int people = 1 + random.nextInt(4);
            int items = random.nextInt(6);
            boolean application = i % 5 == 0;
            given().auth().oauth2(clerk).contentType(ContentType.JSON)
                    .body(Map.of("date", day.toString(), "people", people, "itemsConsulted", items,
                            "becameApplication", application))
                    .when().post("/api/v1/reading-points/" + point + "/visits").then().statusCode(201);
            add(point, day, people, items);
            expectedApplications += application ? 1 : 0;
        }
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("date", "2023-09-15", "people", 40, "itemsConsulted", 55))
                .when().post("/api/v1/reading-points/" + archives + "/tallies").then().statusCode(201);
        add(archives, LocalDate.of(YEAR, 9, 15), 40, 55);
    }

    private long people(long point) {
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += expected.get(point)[m][0];
        }
        return sum;
    }

    private long items(long point) {
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += expected.get(point)[m][1];
        }
        return sum;
    }

    private JsonPath stats(String groupBy) {
        return given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("year", YEAR).queryParam("agencyId", agencyId)
                .queryParam("groupBy", groupBy).when().get("/api/v1/reading-points/statistics")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void byPointEqualsTheSumOfEveryEntry() {
        JsonPath json = stats("point");
        assertThat(json.getList("rows.pointId", Long.class)).containsExactlyInAnyOrder(centre1, centre2, archives, library);
        for (long p : List.of(centre1, centre2, archives, library)) {
            assertThat(json.getLong("rows.find { it.pointId == " + p + " }.people")).as("people of %d", p).isEqualTo(people(p));
            assertThat(json.getLong("rows.find { it.pointId == " + p + " }.itemsConsulted")).isEqualTo(items(p));
        }
        long total = people(centre1) + people(centre2) + people(archives) + people(library);
        assertThat(json.getLong("people")).isEqualTo(total);
        assertThat(json.getInt("points")).isEqualTo(4);
        assertThat(json.getLong("visitsTurnedIntoApplications")).isEqualTo(expectedApplications);
    }

    @Test
    void byMonthEqualsTheSumOfEveryEntry() {
        JsonPath json = stats("month");
        assertThat(json.getList("rows.month", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (int m = 1; m <= 12; m++) {
            long people = 0;
            long items = 0;
            for (long[][] point : expected.values()) {
                people += point[m][0];
                items += point[m][1];
            }
            assertThat(json.getLong("rows[" + (m - 1) + "].people")).as("month %d", m).isEqualTo(people);
            assertThat(json.getLong("rows[" + (m - 1) + "].itemsConsulted")).isEqualTo(items);
        }
    }

    @Test
    void byKindAndPointMonthEqualTheSums() {
        JsonPath kinds = stats("kind");
        assertThat(kinds.getList("rows.kind", String.class)).containsExactly("SERVICE_CENTRE", "ARCHIVES", "LIBRARY");
        assertThat(kinds.getLong("rows[0].people")).isEqualTo(people(centre1) + people(centre2));
        assertThat(kinds.getInt("rows[0].points")).isEqualTo(2);
        assertThat(kinds.getLong("rows[1].itemsConsulted")).isEqualTo(items(archives));
        assertThat(kinds.getString("rows[2].kindLabel.zh")).isEqualTo("公共图书馆");

        JsonPath pointMonths = stats("point-month");
        assertThat(pointMonths.getList("rows")).hasSize(4 * 12);
        for (int m = 1; m <= 12; m++) {
            assertThat(pointMonths.getLong("rows.find { it.pointId == " + library + " && it.month == " + m + " }.people"))
                    .isEqualTo(expected.get(library)[m][0]);
        }
        JsonPath kindMonths = stats("kind-month");
        assertThat(kindMonths.getLong("rows.find { it.kind == 'SERVICE_CENTRE' && it.month == 2 }.people"))
                .isEqualTo(expected.get(centre1)[2][0] + expected.get(centre2)[2][0]);
    }

    @Test
    void theAnnualReportFiguresEqualTheSums() {
        VisitYearFigures f = statistics.forYear(List.of(agencyId), YEAR);
        assertThat(f.kind(ReadingPointKind.SERVICE_CENTRE)).isEqualTo(new VisitYearFigures.KindFigures(2,
                people(centre1) + people(centre2), items(centre1) + items(centre2)));
        assertThat(f.group(ReadingPointKind.Group.PUBLIC_READING_POINT)).isEqualTo(new VisitYearFigures.KindFigures(2,
                people(archives) + people(library), items(archives) + items(library)));
        assertThat(f.kind(ReadingPointKind.NOTICE_BOARD).points()).isZero();
        assertThat(f.kind(ReadingPointKind.READING_ROOM).points()).isZero();
        assertThat(f.byKind()).hasSize(ReadingPointKind.values().length);
        for (int m = 1; m <= 12; m++) {
            long sum = 0;
            for (long[][] point : expected.values()) {
                sum += point[m][0];
            }
            assertThat(f.peopleByMonth()[m - 1]).isEqualTo(sum);
        }
        assertThat(f.people()).isEqualTo(f.byPoint().stream().mapToLong(VisitYearFigures.PointFigures::people).sum());
        assertThat(f.byPoint()).extracting(VisitYearFigures.PointFigures::kind).containsExactly(
                ReadingPointKind.SERVICE_CENTRE, ReadingPointKind.SERVICE_CENTRE, ReadingPointKind.ARCHIVES,
                ReadingPointKind.LIBRARY);
        assertThat(f.visitsTurnedIntoApplications()).isEqualTo(expectedApplications);
        assertThat(statistics.forYear(List.of(), YEAR).people()).isZero();
        assertThat(statistics.forYear(List.of(agencyId), YEAR + 1).kind(ReadingPointKind.NOTICE_BOARD).points()).isEqualTo(1);
    }

    @Test
    void aVisitAndATallyOfTheSameSizeCountTheSame() {
        long visited = points.point("T-STAT2", "LIBRARY");
        long tallied = points.point("T-STAT2", "LIBRARY");
        String clerk = fixtures.token(Role.CLERK);
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("date", "2022-05-05", "people", 3, "itemsConsulted", 2))
                .when().post("/api/v1/reading-points/" + visited + "/visits").then().statusCode(201);
        given().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body(Map.of("date", "2022-05-05", "people", 3, "itemsConsulted", 2))
                .when().post("/api/v1/reading-points/" + tallied + "/tallies").then().statusCode(201);
        VisitYearFigures f = statistics.forYear(List.of(fixtures.department("T-STAT2").id), 2022);
        assertThat(f.byPoint()).extracting(VisitYearFigures.PointFigures::people).containsExactly(3L, 3L);
        assertThat(f.byPoint()).extracting(VisitYearFigures.PointFigures::itemsConsulted).containsExactly(2L, 2L);
        assertThat(f.peopleByMonth()[4]).isEqualTo(6);
    }

    @Test
    void theLoaderIsAllOrNothing() {
        long point = points.point("T-STAT3", "ARCHIVES", LocalDate.of(2011, 1, 1), null);
        List<TallyLoader.TallyRow> rows = List.of(
                new TallyLoader.TallyRow(point, LocalDate.of(2011, 3, 1), 5, 6),
                new TallyLoader.TallyRow(point, LocalDate.of(2010, 3, 1), 5, 6));
        assertThatThrownBy(() -> loader.load(rows)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo("TALLY_LOAD_REJECTED");
            assertThat(e.detail().en()).contains("row 2");
        });
        assertThat(statistics.forYear(List.of(fixtures.department("T-STAT3").id), 2011).people()).isZero();
    }

    @Test
    void theCallersAgencyIsTheDefaultAndOtherAgenciesAreRefused() {
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, AGENCY)).queryParam("year", YEAR)
                .when().get("/api/v1/reading-points/statistics").then().statusCode(200)
                .body("agencyIds", equalTo(List.of((int) agencyId)))
                .body("people", equalTo((int) (people(centre1) + people(centre2) + people(archives) + people(library))));
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-STAT-OTHER")).queryParam("year", YEAR)
                .queryParam("agencyId", agencyId).when().get("/api/v1/reading-points/statistics").then().statusCode(403);
        long district = fixtures.district().id;
        JsonPath all = given().auth().oauth2(fixtures.token(Role.EDITOR)).queryParam("year", YEAR)
                .queryParam("agencyId", district).queryParam("includeSubagencies", true).queryParam("groupBy", "point")
                .when().get("/api/v1/reading-points/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("rows.pointId", Long.class)).contains(centre1, centre2, archives, library);
        assertThat(all.getList("agencyIds", Long.class)).contains(district, agencyId);
    }

    @Test
    void badStatisticsRequestsAre400And401() {
        String clerk = fixtures.token(Role.CLERK);
        given().auth().oauth2(clerk).when().get("/api/v1/reading-points/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        given().auth().oauth2(clerk).queryParam("year", YEAR).queryParam("groupBy", "week")
                .when().get("/api/v1/reading-points/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("groupBy"));
        given().auth().oauth2(clerk).queryParam("year", 1999).when().get("/api/v1/reading-points/statistics")
                .then().statusCode(400);
        given().auth().oauth2(clerk).queryParam("year", YEAR).queryParam("agencyId", 999_999_999)
                .when().get("/api/v1/reading-points/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("agencyId"));
        given().queryParam("year", YEAR).when().get("/api/v1/reading-points/statistics").then().statusCode(401);
    }
}
