package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ArchiveTransferResourceTest {

    private static final String URL = "/api/v1/archive-transfers";

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    @Inject
    ReadingPointStatistics statistics;

    private Map<String, Object> transfer(String agencyCode, Long pointId, String date) {
        Map<String, Object> m = new HashMap<>();
        m.put("agencyId", fixtures.department(agencyCode).id);
        m.put("date", date);
        if (pointId != null) {
            m.put("receivingPointId", pointId);
        }
        m.put("itemIds", List.of(101, 102, 103));
        m.put("setsDescription", "2023年度主动公开政府信息汇编（纸质，全一册）");
        m.put("itemCount", 120);
        m.put("receivedBy", "刘档案");
        return m;
    }

    @Test
    void editorRecordsCorrectsListsAndDeletesATransfer() {
        long archives = points.point("T-ARC-RECV", "ARCHIVES");
        String editor = fixtures.token(Role.EDITOR);
        int id = given().auth().oauth2(editor).contentType(ContentType.JSON).body(transfer("T-ARC1", archives, "2024-01-15"))
                .when().post(URL).then().statusCode(201).header("Location", startsWith("http"))
                .body("receivingPointId", equalTo((int) archives)).body("itemIds", equalTo(List.of(101, 102, 103)))
                .body("itemCount", equalTo(120)).extract().path("id");

        Map<String, Object> corrected = transfer("T-ARC1", null, "2024-01-16");
        corrected.put("receivingInstitution", "攀枝花市图书馆");
        corrected.put("version", 0);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(corrected).when().put(URL + "/" + id)
                .then().statusCode(200).body("receivingPointId", equalTo(null))
                .body("receivingInstitution", equalTo("攀枝花市图书馆")).body("version", equalTo(1));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(corrected).when().put(URL + "/" + id)
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));

        long agency = fixtures.department("T-ARC1").id;
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).queryParam("year", 2024)
                .when().get(URL).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(fixtures.token(Role.CLERK)).queryParam("agencyId", agency).queryParam("year", 2023)
                .when().get(URL).then().statusCode(200).body("items.size()", equalTo(0));

        VisitYearFigures f = statistics.forYear(List.of(agency), 2024);
        assertThat(f.archiveTransfers()).isEqualTo(1);
        assertThat(f.itemsTransferred()).isEqualTo(120);

        given().auth().oauth2(editor).queryParam("version", 1).when().delete(URL + "/" + id).then().statusCode(204);
        given().auth().oauth2(editor).when().get(URL + "/" + id).then().statusCode(404)
                .body("code", equalTo("ARCHIVE_TRANSFER_NOT_FOUND"));
    }

    @Test
    void aTransferNeedsAReceiverSomethingSentAndSensibleCounts() {
        String admin = fixtures.token(Role.ADMIN);
        Map<String, Object> noReceiver = transfer("T-ARC1", null, "2024-02-01");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(noReceiver).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("receivingPointId"));

        Map<String, Object> nothing = transfer("T-ARC1", null, "2024-02-01");
        nothing.put("receivingInstitution", "市档案馆");
        nothing.remove("itemIds");
        nothing.remove("setsDescription");
        nothing.remove("itemCount");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(nothing).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("itemIds"));

        Map<String, Object> tooFew = transfer("T-ARC1", null, "2024-02-01");
        tooFew.put("receivingInstitution", "市档案馆");
        tooFew.put("itemCount", 2);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(tooFew).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("itemCount"));

        Map<String, Object> future = transfer("T-ARC1", null, ChinaDate.today().plusDays(3).toString());
        future.put("receivingInstitution", "市档案馆");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(future).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("date"));

        long closed = points.point("T-ARC-RECV", "LIBRARY", LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(transfer("T-ARC1", closed, "2024-02-01"))
                .when().post(URL).then().statusCode(400).body("violations[0].field", equalTo("receivingPointId"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(transfer("T-ARC1", 999_999_999L, "2024-02-01"))
                .when().post(URL).then().statusCode(400).body("violations[0].field", equalTo("receivingPointId"));
        Map<String, Object> blank = transfer("T-ARC1", null, "2024-02-01");
        blank.put("receivingInstitution", "市档案馆");
        blank.put("receivedBy", " ");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(blank).when().post(URL)
                .then().statusCode(400).body("violations[0].field", equalTo("receivedBy"));
    }

    @Test
    void rolesScopeAndLocks() {
        Map<String, Object> body = transfer("T-ARC2", null, "2016-05-05");
        body.put("receivingInstitution", "区档案馆");
        given().contentType(ContentType.JSON).body(body).when().post(URL).then().statusCode(401);
        given().when().get(URL).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.CLERK)).contentType(ContentType.JSON).body(body).when().post(URL)
                .then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-ARC-OTHER")).contentType(ContentType.JSON).body(body)
                .when().post(URL).then().statusCode(403).body("code", equalTo("AGENCY_SCOPE"));
        int id = given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-ARC2")).contentType(ContentType.JSON).body(body)
                .when().post(URL).then().statusCode(201).extract().path("id");
        given().auth().oauth2(fixtures.tokenInAgency(Role.EDITOR, "T-ARC-OTHER")).when().get(URL + "/" + id)
                .then().statusCode(403);
        points.lockYear("T-ARC2", 2016);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).queryParam("version", 0).when().delete(URL + "/" + id)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
        Map<String, Object> another = transfer("T-ARC2", null, "2016-06-05");
        another.put("receivingInstitution", "区档案馆");
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(another).when().post(URL)
                .then().statusCode(409).body("code", equalTo("YEAR_LOCKED"));
    }
}
