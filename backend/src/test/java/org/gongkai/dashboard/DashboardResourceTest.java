package org.gongkai.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.security.Role;
import org.gongkai.items.ItemTestSupport;
import org.gongkai.readingpoints.ReadingPointFixtures;
import org.gongkai.support.CrossFeatureRecords;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * The console dashboard: each role sees the cards it acts on, with figures counted in its agency scope; the
 * lists are the queues' first rows; 401 without a token, 403 for another agency, 404 for an unknown one.
 */
@QuarkusTest
class DashboardResourceTest {

    private static final String A = "T-DSH-A";
    private static final String B = "T-DSH-B";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    Fixtures fixtures;

    @Inject
    ItemTestSupport items;

    @Inject
    ReadingPointFixtures points;

    @Inject
    CalendarService calendars;

    private static long agencyA;
    private static long overdue;
    private static long dueSoon;
    private static long recent;
    private static boolean recentDueUnknown;
    private static long draft;
    private static long pending;
    private static long point;
    /** Applications of agency A received per month of this year (index 0 = January). */
    private static final long[] RECEIVED_THIS_YEAR = new long[12];

    @BeforeEach
    void data() {
        if (agencyA != 0) {
            return;
        }
        agencyA = fixtures.department(A).id;
        fixtures.department(B);
        String caseworker = fixtures.tokenInAgency(Role.CASEWORKER, A);
        overdue = CrossFeatureRecords.registerApplication(caseworker, agencyA, LocalDate.of(2024, 9, 27), "逾期未答复的申请");
        LocalDate dueSoonReceived = receivedForDueSoon();
        dueSoon = CrossFeatureRecords.registerApplication(caseworker, agencyA, dueSoonReceived, "即将到期的申请");
        recent = CrossFeatureRecords.registerApplication(caseworker, agencyA, TODAY, "今天收到的申请");
        recentDueUnknown = dueDate(TODAY) == null;
        long concluded = CrossFeatureRecords.registerApplication(caseworker, agencyA, LocalDate.of(2024, 9, 20), "已答复的申请");
        CrossFeatureRecords.decide(caseworker, concluded, LocalDate.of(2024, 9, 25), "UNAVAILABLE_NOT_HELD");
        for (LocalDate d : List.of(LocalDate.of(2024, 9, 27), dueSoonReceived, TODAY, LocalDate.of(2024, 9, 20))) {
            if (d.getYear() == TODAY.getYear()) {
                RECEIVED_THIS_YEAR[d.getMonthValue() - 1]++;
            }
        }

        draft = items.createDraft(A, ItemTestSupport.draft(agencyA, "PLANNING", "看板测试草稿"));
        pending = items.createDraft(A, ItemTestSupport.draft(agencyA, "PLANNING", "看板测试待审查"));
        String editor = items.editor(A);
        items.action(editor, pending, "submission", Map.of("version", items.version(pending, editor))).statusCode(200);
        // Another editor's draft of the same agency is not "mine".
        String otherEditor = fixtures.tokenFor("editor2-t-dsh-a", Role.EDITOR, A);
        items.create(otherEditor, ItemTestSupport.draft(agencyA, "PLANNING", "别人的草稿")).statusCode(201);
        items.publish(A, ItemTestSupport.draft(agencyA, "PLANNING", "看板测试已发布"), null);

        point = points.point(A, "LIBRARY");
        String clerk = fixtures.tokenInAgency(Role.CLERK, A);
        CrossFeatureRecords.visit(clerk, point, TODAY, 3, 2);
        CrossFeatureRecords.tally(clerk, point, TODAY, 10, 4);
    }

    /** A received date whose statutory deadline (20 working days) falls within the next 5 working days. */
    private LocalDate receivedForDueSoon() {
        LocalDate limit = limit(5);
        for (int back = 20; back < 60; back++) {
            LocalDate received = TODAY.minusDays(back);
            LocalDate due = dueDate(received);
            if (due != null && !due.isBefore(TODAY) && !due.isAfter(limit)) {
                return received;
            }
        }
        throw new IllegalStateException("no received date gives a deadline within 5 working days of " + TODAY);
    }

    private LocalDate dueDate(LocalDate received) {
        try {
            return calendars.current().addWorkingDays(received, 20).result();
        } catch (CalendarDataMissingException e) {
            return null;
        }
    }

    private LocalDate limit(int days) {
        WorkingDayCalendar calendar = calendars.current();
        try {
            return calendar.addWorkingDays(TODAY, days).result();
        } catch (CalendarDataMissingException e) {
            return LocalDate.of(9999, 12, 31);
        }
    }

    private ValidatableResponse dashboard(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/dashboard").then();
    }

    @Test
    void caseworkerSeesApplicationsDueAndOverdueInTheAgency() {
        dashboard(fixtures.tokenInAgency(Role.CASEWORKER, A)).statusCode(200)
                .body("today", equalTo(TODAY.toString()))
                .body("year", equalTo(TODAY.getYear()))
                .body("scope.agencyId", equalTo((int) agencyA))
                .body("scope.districtWide", equalTo(false))
                .body("applications.open", equalTo(3))
                .body("applications.overdue", equalTo(1))
                .body("applications.overdueFirst.id", contains((int) overdue))
                .body("applications.overdueFirst[0].urgency", equalTo("OVERDUE"))
                .body("applications.dueSoonDays", equalTo(5))
                .body("applications.dueSoon", equalTo(1))
                .body("applications.dueSoonFirst.id", contains((int) dueSoon))
                .body("applications.dueSoonFirst[0].remainingWorkingDays", allOf(greaterThanOrEqualTo(0), lessThanOrEqualTo(5)))
                .body("applications.dueUnknown", equalTo(recentDueUnknown ? 1 : 0))
                .body("items", nullValue())
                .body("readingPoints", nullValue())
                .body("report", nullValue())
                .body("charts.itemsPublishedByMonth", nullValue())
                .body("charts.visitorsByMonth", nullValue())
                .body("charts.applicationsByMonth.group",
                        contains("PENDING", "DISCLOSED", "PARTIAL", "WITHHELD", "UNAVAILABLE", "NOT_PROCESSED", "OTHER"))
                .body("charts.applicationsByMonth.find { it.group == 'UNAVAILABLE' }.labelZh", equalTo("无法提供"));
        // The chart counts this year's applications of the agency per month received; all still open.
        List<List<Integer>> series = dashboard(fixtures.tokenInAgency(Role.CASEWORKER, A)).extract()
                .path("charts.applicationsByMonth.byMonth");
        for (int m = 0; m < 12; m++) {
            final int month = m;
            assertEquals(RECEIVED_THIS_YEAR[m], series.stream().mapToLong(s -> s.get(month)).sum(), "month " + (m + 1));
        }
        assertEquals(RECEIVED_THIS_YEAR[TODAY.getMonthValue() - 1], series.get(0).get(TODAY.getMonthValue() - 1));
    }

    @Test
    void theCountsAreTheQueuesOwn() {
        String caseworker = fixtures.tokenInAgency(Role.CASEWORKER, A);
        given().auth().oauth2(caseworker).queryParam("overdue", true).when().get("/api/v1/applications").then()
                .statusCode(200).body("items.id", contains((int) overdue));
        given().auth().oauth2(caseworker).queryParam("dueWithinDays", 5).when().get("/api/v1/applications").then()
                .statusCode(200).body("items.id", contains((int) dueSoon));
        given().auth().oauth2(caseworker).queryParam("open", true).when().get("/api/v1/applications").then()
                .statusCode(200).body("items.id", containsInAnyOrder((int) overdue, (int) dueSoon, (int) recent));
    }

    @Test
    void editorSeesOwnDraftsSubmissionsAndTheReportDeadline() {
        int year = TODAY.getYear();
        dashboard(items.editor(A)).statusCode(200)
                .body("applications", nullValue())
                .body("readingPoints", nullValue())
                .body("items.pendingReview", nullValue())
                .body("items.myDrafts", equalTo(1))
                .body("items.myDraftsFirst.id", contains((int) draft))
                .body("items.myDraftsFirst[0].status", equalTo("DRAFT"))
                .body("items.mySubmitted", equalTo(1))
                // A department owes last year's report by 31 January (Art.49); nothing is started in the test.
                .body("report.year", equalTo(year - 1))
                .body("report.agencyId", equalTo((int) agencyA))
                .body("report.status", equalTo("NOT_STARTED"))
                .body("report.deadline.due", equalTo(LocalDate.of(year, 1, 31).toString()))
                .body("report.deadline.overdue", equalTo(TODAY.isAfter(LocalDate.of(year, 1, 31))))
                .body("charts.itemsPublishedByMonth.size()", equalTo(12))
                .body("charts.itemsPublishedByMonth[" + (TODAY.getMonthValue() - 1) + "]", equalTo(1))
                .body("charts.applicationsByMonth", nullValue());
    }

    @Test
    void reviewerSeesTheReviewQueue() {
        dashboard(items.reviewer(A)).statusCode(200)
                .body("items.pendingReview", equalTo(1))
                .body("items.pendingReviewFirst.id", contains((int) pending))
                .body("items.myDrafts", nullValue())
                .body("items.mySubmitted", nullValue())
                .body("report.year", equalTo(TODAY.getYear() - 1))
                .body("applications", nullValue());
    }

    @Test
    void clerkSeesTodaysReadingPointFigures() {
        dashboard(fixtures.tokenInAgency(Role.CLERK, A)).statusCode(200)
                .body("readingPoints.date", equalTo(TODAY.toString()))
                .body("readingPoints.people", equalTo(13))
                .body("readingPoints.itemsConsulted", equalTo(6))
                .body("readingPoints.points.size()", equalTo(1))
                .body("readingPoints.points[0].pointId", equalTo((int) point))
                .body("readingPoints.points[0].kind", equalTo("LIBRARY"))
                .body("readingPoints.points[0].kindLabelZh", equalTo("公共图书馆"))
                .body("readingPoints.points[0].people", equalTo(13))
                .body("charts.visitorsByMonth[" + (TODAY.getMonthValue() - 1) + "]", equalTo(13))
                .body("charts.itemsConsultedByMonth[" + (TODAY.getMonthValue() - 1) + "]", equalTo(6))
                .body("applications", nullValue())
                .body("items", nullValue())
                .body("report", nullValue());
    }

    @Test
    void districtWideAdministratorSeesEverythingAndCanNarrowToOneAgency() {
        String admin = fixtures.token(Role.ADMIN);
        dashboard(admin).statusCode(200)
                .body("scope.districtWide", equalTo(true))
                .body("scope.agencyId", nullValue())
                .body("applications.overdue", greaterThanOrEqualTo(1))
                .body("items.pendingReview", greaterThanOrEqualTo(1))
                .body("items.myDrafts", nullValue())
                .body("readingPoints.people", greaterThanOrEqualTo(13))
                .body("report.agencyId", equalTo(fixtures.district().id.intValue()))
                .body("report.year", anyOf(is(TODAY.getYear() - 1), is(TODAY.getYear())))
                .body("charts.itemsPublishedByMonth.size()", equalTo(12))
                .body("charts.applicationsByMonth.size()", equalTo(7))
                .body("charts.visitorsByMonth.size()", equalTo(12));
        // The district government publishes by 31 March of the next year (another test may have published last
        // year's report of the shared test district, in which case this year's is the one owed).
        int reportYear = dashboard(admin).extract().path("report.year");
        dashboard(admin).body("report.deadline.due", equalTo(LocalDate.of(reportYear + 1, 3, 31).toString()));
        given().auth().oauth2(admin).queryParam("agencyId", agencyA).when().get("/api/v1/dashboard").then()
                .statusCode(200)
                .body("scope.agencyId", equalTo((int) agencyA))
                .body("scope.agencyName", equalTo("测试部门 " + A))
                .body("applications.open", equalTo(3))
                .body("applications.overdue", equalTo(1))
                .body("items.pendingReview", equalTo(1))
                .body("readingPoints.people", equalTo(13))
                .body("report.agencyId", equalTo((int) agencyA));
    }

    @Test
    void staffOfAnotherAgencySeeOnlyTheirOwn() {
        String otherCaseworker = fixtures.tokenInAgency(Role.CASEWORKER, B);
        dashboard(otherCaseworker).statusCode(200)
                .body("scope.agencyName", equalTo("测试部门 " + B))
                .body("applications.open", equalTo(0))
                .body("applications.overdueFirst", empty())
                .body("applications.dueSoonFirst", empty());
        given().auth().oauth2(otherCaseworker).queryParam("agencyId", agencyA).when().get("/api/v1/dashboard").then()
                .statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        dashboard(fixtures.tokenInAgency(Role.REVIEWER, B)).statusCode(200)
                .body("items.pendingReview", equalTo(0))
                .body("items.pendingReviewFirst", empty());
        dashboard(fixtures.tokenInAgency(Role.CLERK, B)).statusCode(200)
                .body("readingPoints.people", equalTo(0))
                .body("readingPoints.points", empty());
    }

    @Test
    void anonymousAndUnknownAgency() {
        given().when().get("/api/v1/dashboard").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/v1/dashboard").then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", 987_654_321L)
                .when().get("/api/v1/dashboard").then().statusCode(404).body("code", equalTo("AGENCY_NOT_FOUND"));
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("agencyId", "east")
                .when().get("/api/v1/dashboard").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
    }

    private static void assertEquals(long expected, long actual, String what) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, what);
    }

    private static void assertEquals(long expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
