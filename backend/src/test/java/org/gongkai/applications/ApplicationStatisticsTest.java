package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/**
 * Historical import and the annual-report statistics over imported records: the counting rules of table 三 and
 * 四, fees and the legacy labels, with exact values.
 */
@QuarkusTest
class ApplicationStatisticsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ApplicationStatistics statistics;

    private static boolean imported;
    private static long agency;

    private static Map<String, Object> row(String ref, Map<String, Object> applicant, String channel, String received,
                                           List<Map<String, Object>> events) {
        Map<String, Object> r = new HashMap<>();
        r.put("sourceReference", ref);
        r.put("agencyCode", "T-YSQ-STAT");
        r.put("channel", channel);
        r.put("receivedOn", received);
        r.put("applicant", applicant);
        r.put("request", Map.of("description", "历史申请 " + ref, "provisionForm", "PAPER", "obtainMethod", "PICK_UP"));
        r.put("events", events);
        return r;
    }

    private static Map<String, Object> ev(String type, String on, Object... kv) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("on", on);
        for (int i = 0; i < kv.length; i += 2) {
            e.put((String) kv[i], kv[i + 1]);
        }
        return e;
    }

    private static Map<String, Object> appeal(String kind, String filed, String result, String closed) {
        Map<String, Object> a = new HashMap<>();
        a.put("kind", kind);
        a.put("filedOn", filed);
        a.put("body", "攀枝花市东区人民政府");
        if (result != null) {
            a.put("result", result);
            a.put("closedOn", closed);
        }
        return a;
    }

    private static Map<String, Object> org(String type, int n) {
        Map<String, Object> a = organisation(type, "某组织" + n, creditCode(9000 + n));
        return a;
    }

    @BeforeEach
    void importOnce() {
        if (imported) {
            return;
        }
        agency = fixtures.department("T-YSQ-STAT").id;
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> r1 = row("H-1", person("甲", residentId("19700101", 1)), "IN_PERSON", "2023-12-20",
                List.of(ev("DECIDED", "2024-01-10", "outcome", "DISCLOSED")));
        r1.put("appeals", List.of(appeal("RECONSIDERATION", "2024-02-01", "CORRECTED", "2025-01-15")));
        rows.add(r1);
        Map<String, Object> r2 = row("H-2", person("乙", residentId("19700101", 2)), "ONLINE", "2024-03-04",
                List.of(ev("DECIDED", "2024-03-20", "outcome", "PARTIAL", "reason", "部分涉及商业秘密",
                        "withheldParts", List.of(withheld("单价", "WITHHELD_THIRD_PARTY"))), ev("DELIVERED", "2024-03-21", "method", "POST")));
        r2.put("appeals", List.of(appeal("RECONSIDERATION", "2024-04-10", "UPHELD", "2024-06-01"),
                appeal("LITIGATION_DIRECT", "2024-11-01", null, null)));
        rows.add(r2);
        rows.add(row("H-3", org("BUSINESS", 3), "EMAIL", "2024-05-06", List.of(ev("WITHDRAWN", "2024-05-08", "reason", "撤回"))));
        rows.add(row("H-4", org("RESEARCH", 4), "POST_SIGNED", "2024-12-20",
                List.of(ev("DECIDED", "2025-01-10", "outcome", "WITHHELD_PROCESS", "reason", "过程性信息"))));
        rows.add(row("H-5", org("LEGAL_SERVICE", 5), "FAX", "2024-06-03", List.of(
                ev("CLARIFICATION_REQUESTED", "2024-06-05", "until", "2024-06-20", "items", List.of("范围")),
                ev("CLARIFICATION_LAPSED", "2024-06-25"))));
        Map<String, Object> r6 = row("H-6", person("丙", residentId("19700101", 6)), "ONLINE", "2024-09-02", List.of(
                ev("FEE_NOTICE_SENT", "2024-09-05", "feeMethod", "PER_PAGE", "units", 250),
                ev("FEE_PAID", "2024-09-10", "receiptNumber", "票001"),
                ev("DECIDED", "2024-09-30", "outcome", "DISCLOSED")));
        r6.put("appeals", List.of(appeal("LITIGATION_AFTER_RECONSIDERATION", "2024-10-10", "OTHER", "2024-12-20")));
        rows.add(r6);
        rows.add(row("H-7", org("SOCIAL_WELFARE", 7), "IN_PERSON", "2024-10-08",
                List.of(ev("DECIDED", "2024-11-15", "outcome", "UNAVAILABLE_NOT_HELD", "reason", "不存在"))));
        rows.add(row("H-8", org("OTHER_ORG", 8), "OTHER", "2024-07-01", List.of(
                ev("FEE_NOTICE_SENT", "2024-07-03", "feeMethod", "PER_PAGE", "units", 100),
                ev("FEE_WAIVED", "2024-07-05", "reason", "公益组织"),
                ev("DECIDED", "2024-07-20", "outcome", "WITHHELD_THIRD_PARTY", "reason", "第三方不同意"))));
        Map<String, Object> r9 = row("H-9", Map.of("type", "NATURAL_PERSON", "name", "丁"), "POST_UNSIGNED", "2012-03-05",
                List.of(ev("DECIDED", "2012-03-20", "legacyOutcome", "信息不存在")));
        r9.put("legacyFees", Map.of("chargedOn", "2012-03-20", "retrieval", 5, "copy", 2.4, "postage", 10, "waived", 0));
        rows.add(r9);
        as(fixtures.token(Role.ADMIN)).body(Map.of("mode", "ALL_OR_NOTHING", "applications", rows))
                .when().post("/api/v1/applications/imports")
                .then().statusCode(200)
                .body("imported", equalTo(9)).body("rejected", equalTo(0))
                .body("importedRows[8].trackingNumber", startsWith("YSQ-2012-"))
                .body("importedRows[0].trackingNumber", startsWith("YSQ-2023-"));
        imported = true;
    }

    @Test
    void tableThreeCountsByTheRules() {
        ApplicationYearFigures y = statistics.forYear(List.of(agency), 2024);
        var np = y.column(ApplicantType.NATURAL_PERSON);
        assertThat(np.newReceived()).isEqualTo(2);
        assertThat(np.carriedOver()).isEqualTo(1);
        assertThat(np.outcome(OutcomeCode.DISCLOSED)).isEqualTo(2);
        assertThat(np.outcome(OutcomeCode.PARTIAL)).isEqualTo(1);
        assertThat(np.carriedForward()).isZero();
        assertThat(y.column(ApplicantType.BUSINESS).outcome(OutcomeCode.OTHER_OTHER)).isEqualTo(1);
        assertThat(y.column(ApplicantType.RESEARCH).carriedForward()).isEqualTo(1);
        assertThat(y.column(ApplicantType.RESEARCH).concluded()).isZero();
        assertThat(y.column(ApplicantType.LEGAL_SERVICE).outcome(OutcomeCode.OTHER_NO_CORRECTION)).isEqualTo(1);
        assertThat(y.column(ApplicantType.SOCIAL_WELFARE).outcome(OutcomeCode.UNAVAILABLE_NOT_HELD)).isEqualTo(1);
        assertThat(y.column(ApplicantType.OTHER_ORG).outcome(OutcomeCode.WITHHELD_THIRD_PARTY)).isEqualTo(1);
        var total = y.total();
        assertThat(total.newReceived()).isEqualTo(7);
        assertThat(total.carriedOver()).isEqualTo(1);
        assertThat(total.concluded()).isEqualTo(7);
        assertThat(total.carriedForward()).isEqualTo(1);
        for (ApplicantType t : ApplicantType.values()) {
            var c = y.column(t);
            assertThat(c.newReceived() + c.carriedOver()).as(t.name()).isEqualTo(c.concluded() + c.carriedForward());
        }
        assertThat(y.answeredLate()).isEqualTo(1);
        assertThat(y.receivedByMonth()).containsExactly(0, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1);
        assertThat(y.receivedByChannel().get(Channel.ONLINE)).isEqualTo(2);
        assertThat(y.receivedByChannel().get(Channel.IN_PERSON)).isEqualTo(1);
        assertThat(y.feesCharged()).isEqualByComparingTo("4700");
        assertThat(y.applicationsCharged()).isEqualTo(1);
        assertThat(y.feesWaived()).isEqualByComparingTo("700");

        ApplicationYearFigures next = statistics.forYear(List.of(agency), 2025);
        assertThat(next.column(ApplicantType.RESEARCH).carriedOver()).isEqualTo(1);
        assertThat(next.column(ApplicantType.RESEARCH).outcome(OutcomeCode.WITHHELD_PROCESS)).isEqualTo(1);
        assertThat(next.total().newReceived()).isZero();
    }

    @Test
    void legacyYearsKeepTheirLabelsAndFees() {
        ApplicationYearFigures y = statistics.forYear(List.of(agency), 2012);
        assertThat(y.column(ApplicantType.NATURAL_PERSON).outcome(OutcomeCode.UNAVAILABLE_NOT_HELD)).isEqualTo(1);
        assertThat(y.legacyOutcomes()).containsEntry(LegacyOutcome.NOT_EXIST, 1L);
        assertThat(y.legacyRetrievalFees()).isEqualByComparingTo("5");
        assertThat(y.legacyCopyFees()).isEqualByComparingTo("2.4");
        assertThat(y.legacyPostageFees()).isEqualByComparingTo("10");
        assertThat(y.receivedByChannel().get(Channel.POST_UNSIGNED)).isEqualTo(1);
        assertThat(statistics.forYear(List.of(), 2024).total().newReceived()).isZero();
    }

    @Test
    void tableFourCountsClosedByResultAndPendingAtYearEnd() {
        AppealFigures y = statistics.appealsForYear(List.of(agency), 2024);
        assertThat(y.block(AppealKind.RECONSIDERATION)).isEqualTo(AppealFigures.Block.of(1, 0, 0, 1));
        assertThat(y.block(AppealKind.LITIGATION_DIRECT)).isEqualTo(AppealFigures.Block.of(0, 0, 0, 1));
        assertThat(y.block(AppealKind.LITIGATION_AFTER_RECONSIDERATION)).isEqualTo(AppealFigures.Block.of(0, 0, 1, 0));
        assertThat(y.block(AppealKind.RECONSIDERATION).total()).isEqualTo(2);
        AppealFigures next = statistics.appealsForYear(List.of(agency), 2025);
        assertThat(next.block(AppealKind.RECONSIDERATION)).isEqualTo(AppealFigures.Block.of(0, 1, 0, 0));
        assertThat(next.block(AppealKind.LITIGATION_DIRECT)).isEqualTo(AppealFigures.Block.of(0, 0, 0, 1));
        assertThat(next.block(AppealKind.LITIGATION_AFTER_RECONSIDERATION).total()).isZero();
    }

    @Test
    void theStatisticsEndpointAnswersStaffWithinScope() {
        as(fixtures.token(Role.CASEWORKER)).queryParam("agencyId", agency)
                .when().get("/api/v1/application-statistics/2024")
                .then().statusCode(200)
                .body("total.newReceived", equalTo(7))
                .body("applications.columns.NATURAL_PERSON.outcomes.DISCLOSED", equalTo(2))
                .body("applications.receivedByMonth[2]", equalTo(1))
                .body("appeals.blocks.RECONSIDERATION.total", equalTo(2));
        as(fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-STAT2")).queryParam("agencyId", agency)
                .when().get("/api/v1/application-statistics/2024").then().statusCode(403);
        as(fixtures.tokenInAgency(Role.CASEWORKER, "T-YSQ-STAT"))
                .when().get("/api/v1/application-statistics/2024").then().statusCode(200)
                .body("agencyIds", contains((int) agency)).body("total.newReceived", equalTo(7));
        as(fixtures.token(Role.CASEWORKER)).queryParam("agencyId", 99999999)
                .when().get("/api/v1/application-statistics/2024").then().statusCode(404);
        as(fixtures.token(Role.CASEWORKER)).when().get("/api/v1/application-statistics/1999").then().statusCode(400);
        given().when().get("/api/v1/application-statistics/2024").then().statusCode(401);
    }

    @Test
    void importedRecordsAreConcludedAndExplained() {
        String admin = fixtures.token(Role.ADMIN);
        as(admin).queryParam("agencyId", agency).queryParam("applicant", "丙")
                .when().get("/api/v1/applications").then().statusCode(200)
                .body("items[0].status", equalTo("DECIDED"))
                .body("items[0].outcome", equalTo("DISCLOSED"))
                .body("items[0].urgency", equalTo("CONCLUDED"));
        long id = ((Number) as(admin).queryParam("agencyId", agency).queryParam("applicant", "丙")
                .when().get("/api/v1/applications").then().extract().path("items[0].id")).longValue();
        as(admin).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("imported", equalTo(true))
                .body("sourceReference", equalTo("H-6"))
                .body("events.type", contains("IMPORTED", "FEE_NOTICE_SENT", "FEE_PAID", "DECIDED"))
                .body("fee.amount", equalTo(4700.0f))
                .body("deadline.pauses[0].kind", equalTo("FEE"))
                .body("decision.answeredLate", equalTo(false));
    }

    @Test
    void invalidRowsAreReportedByRowAndField() {
        String admin = fixtures.token(Role.ADMIN);
        long other = fixtures.department("T-YSQ-IMP").id;
        Map<String, Object> good = row("G-1", person("戊", residentId("19700101", 91)), "IN_PERSON", "2024-04-01",
                List.of(ev("DECIDED", "2024-04-10", "outcome", "DISCLOSED")));
        good.put("agencyCode", "T-YSQ-IMP");
        Map<String, Object> open = row("B-1", person("己", residentId("19700101", 92)), "IN_PERSON", "2024-04-01",
                List.of(ev("EXTENDED", "2024-04-10", "workingDays", 10)));
        open.put("agencyCode", "T-YSQ-IMP");
        Map<String, Object> illegal = row("B-2", person("庚", residentId("19700101", 93)), "IN_PERSON", "2024-04-01",
                List.of(ev("DELIVERED", "2024-04-10", "method", "POST")));
        illegal.put("agencyCode", "T-YSQ-IMP");
        Map<String, Object> badLabel = row("B-3", person("辛", "110105194912310021"), "IN_PERSON", "2024-04-01",
                List.of(ev("DECIDED", "2024-04-10", "legacyOutcome", "不知道")));
        badLabel.put("agencyCode", "T-YSQ-IMP");

        as(admin).body(Map.of("mode", "ALL_OR_NOTHING", "applications", List.of(good, open, illegal, badLabel)))
                .when().post("/api/v1/applications/imports")
                .then().statusCode(400).body("code", equalTo("IMPORT_REJECTED"))
                .body("violations.field", hasItems("applications[1].events", "applications[2].events[0].type",
                        "applications[3].applicant.idNumber", "applications[3].events[0].legacyOutcome"));
        as(admin).queryParam("agencyId", other).when().get("/api/v1/applications").then().statusCode(200)
                .body("items", empty());

        as(admin).body(Map.of("mode", "VALID_ROWS", "applications", List.of(good, open, illegal, badLabel)))
                .when().post("/api/v1/applications/imports")
                .then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(3))
                .body("importedRows[0].sourceReference", equalTo("G-1"))
                .body("rejectedRows.row", contains(1, 2, 3))
                .body("rejectedRows[1].errors[0].message.zh", containsString("不能执行"));
        as(admin).queryParam("agencyId", other).when().get("/api/v1/applications").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void importIsForAdministratorsAndBounded() {
        Map<String, Object> body = Map.of("mode", "VALID_ROWS", "applications", List.of());
        given().contentType("application/json").body(body).when().post("/api/v1/applications/imports").then().statusCode(401);
        as(fixtures.token(Role.CASEWORKER)).body(body).when().post("/api/v1/applications/imports").then().statusCode(403);
        as(fixtures.token(Role.ADMIN)).body(Map.of("applications", List.of())).when().post("/api/v1/applications/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("mode"));
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= ApplicationImportService.MAX_ROWS; i++) {
            many.add(Map.of());
        }
        as(fixtures.token(Role.ADMIN)).body(Map.of("mode", "VALID_ROWS", "applications", many))
                .when().post("/api/v1/applications/imports").then().statusCode(413);
    }
}
