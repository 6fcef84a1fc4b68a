package org.gongkai.applications;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.applications.ApplicationApi.*;
import static org.hamcrest.Matchers.*;

/** The generated letters (DOCX and HTML) and the appeal cases of an application. */
@QuarkusTest
class ApplicationDocumentsAndAppealsTest {

    @Inject
    Fixtures fixtures;

    private static long id;
    private static String agencyName;

    @BeforeEach
    void journey() {
        if (id != 0) {
            return;
        }
        var agency = fixtures.department("T-YSQ-DOC");
        agencyName = agency.name;
        String cw = fixtures.token(Role.CASEWORKER);
        id = register(cw, agency.id, "2024-09-27", "2024年东区道路养护经费");
        act(cw, id, "clarification-requests", Map.of("sentOn", "2024-09-30", "items", List.of("请明确路段名称"),
                "replyBy", "2024-10-20")).statusCode(200);
        act(cw, id, "clarification-replies", Map.of("receivedOn", "2024-10-09")).statusCode(200);
        act(cw, id, "consultations", Map.of("sentOn", "2024-10-10", "partyKind", "THIRD_PARTY",
                "party", "某养护公司", "subject", "养护合同单价")).statusCode(200);
        act(cw, id, "consultation-replies", Map.of("answeredOn", "2024-10-18", "answer", "CONSENTED")).statusCode(200);
        act(cw, id, "extensions", Map.of("on", "2024-10-25", "workingDays", 15, "reason", "涉及多个年度", "approvedBy", "李主任"))
                .statusCode(200);
        act(cw, id, "fee-notices", Map.of("sentOn", "2024-10-28", "method", "PER_PAGE", "pages", 250)).statusCode(200);
        act(cw, id, "fee-payments", Map.of("paidOn", "2024-11-04")).statusCode(200);
        act(cw, id, "decisions", Map.of("decidedOn", "2024-11-20", "outcome", "DISCLOSED")).statusCode(200);
    }

    private String docxText(String kind) throws Exception {
        byte[] bytes = as(fixtures.token(Role.CLERK)).when().get("/api/v1/applications/" + id + "/documents/" + kind)
                .then().statusCode(200)
                .contentType(ApplicationDocuments.DOCX)
                .header("Content-Disposition", containsString("filename*=UTF-8''YSQ-2024-"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void everyLetterNamesAgencyNumberDatesAndLegalBasis() throws Exception {
        String tracking = as(fixtures.token(Role.CLERK)).when().get("/api/v1/applications/" + id).then().extract().path("trackingNumber");
        String receipt = docxText("RECEIPT");
        assertThat(receipt).contains("政府信息公开申请登记回执", agencyName, tracking, "2024年9月27日", "第三十三条",
                "510402********").doesNotContain("13812345678");
        assertThat(docxText("CLARIFICATION_NOTICE")).contains("补正", "第三十条", "1. 请明确路段名称", "2024年10月20日", tracking);
        assertThat(docxText("CONSULTATION_LETTER")).contains("某养护公司", "第三十二条", "养护合同单价");
        assertThat(docxText("EXTENSION_NOTICE")).contains("延长15个工作日", "李主任", "涉及多个年度", "第三十三条第二款");
        assertThat(docxText("FEE_NOTICE")).contains("4700", "国办函〔2020〕109号", "按量计收", "20个工作日");
        String decision = docxText("DECISION");
        assertThat(decision).contains("政府信息公开申请答复书", agencyName, tracking, "予以公开", "第三十六条",
                "六十日内", "行政复议", "六个月内", "行政诉讼", "2024年11月20日", "收到您补正后的申请");
    }

    @Test
    void printableHtmlAndErrors() {
        String clerk = fixtures.token(Role.CLERK);
        as(clerk).queryParam("format", "html").when().get("/api/v1/applications/" + id + "/documents/DECISION")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>政府信息公开申请答复书</h1>")).body(containsString("lang=\"zh-CN\""));
        as(clerk).when().get("/api/v1/applications/" + id + "/documents").then().statusCode(200)
                .body("kind", hasItems("RECEIPT", "DECISION")).body("href", hasItem(containsString("/documents/")));
        as(clerk).when().get("/api/v1/applications/" + id + "/documents/NOPE").then().statusCode(400);
        as(clerk).queryParam("format", "pdf").when().get("/api/v1/applications/" + id + "/documents/RECEIPT")
                .then().statusCode(400).contentType("application/problem+json");
        long fresh = register(fixtures.token(Role.CASEWORKER), fixtures.department("T-YSQ-DOC").id, "2024-09-27", "新申请");
        as(clerk).when().get("/api/v1/applications/" + fresh + "/documents/DECISION")
                .then().statusCode(404).body("code", equalTo("DOCUMENT_NOT_AVAILABLE"));
        as(fixtures.tokenInAgency(Role.CLERK, "T-YSQ-DOC2")).when().get("/api/v1/applications/" + id + "/documents/RECEIPT")
                .then().statusCode(403);
        given().when().get("/api/v1/applications/" + id + "/documents/RECEIPT").then().statusCode(401);
    }

    @Test
    void appealsAreRecordedAndTheirResultsUpdated() {
        String cw = fixtures.token(Role.CASEWORKER);
        var created = as(cw).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-12-10", "body", "攀枝花市东区人民政府",
                        "caseNumber", "东府复〔2024〕15号"))
                .when().post("/api/v1/applications/" + id + "/appeals")
                .then().statusCode(201).header("Location", containsString("/appeals/"))
                .body("pending", equalTo(true)).body("result", nullValue()).extract();
        int appealId = created.path("id");
        as(cw).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-12-10", "body", "攀枝花市东区人民政府",
                        "result", "UPHELD", "closedOn", "2025-02-10", "version", 0))
                .when().put("/api/v1/applications/" + id + "/appeals/" + appealId)
                .then().statusCode(200).body("result", equalTo("UPHELD")).body("pending", equalTo(false)).body("version", equalTo(1));
        as(cw).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-12-10", "body", "x", "version", 0))
                .when().put("/api/v1/applications/" + id + "/appeals/" + appealId)
                .then().statusCode(409).body("code", equalTo("STALE_WRITE"));
        as(cw).body(Map.of("kind", "LITIGATION_AFTER_RECONSIDERATION", "filedOn", "2025-03-01", "body", "攀枝花市东区人民法院",
                        "precedingAppealId", appealId))
                .when().post("/api/v1/applications/" + id + "/appeals").then().statusCode(201);
        as(cw).body(Map.of("kind", "LITIGATION_DIRECT", "filedOn", "2025-03-01", "body", "法院", "precedingAppealId", appealId))
                .when().post("/api/v1/applications/" + id + "/appeals")
                .then().statusCode(400).body("violations[0].field", equalTo("precedingAppealId"));
        as(cw).body(Map.of("kind", "LITIGATION_DIRECT", "filedOn", "2025-03-01", "body", "法院", "result", "CORRECTED"))
                .when().post("/api/v1/applications/" + id + "/appeals")
                .then().statusCode(400).body("violations[0].field", equalTo("closedOn"));
        as(cw).body(Map.of("kind", "LITIGATION_DIRECT", "filedOn", "2024-01-01", "body", "法院"))
                .when().post("/api/v1/applications/" + id + "/appeals")
                .then().statusCode(400).body("violations[0].field", equalTo("filedOn"));
        as(cw).body(Map.of("filedOn", "2025-03-01", "body", "法院"))
                .when().post("/api/v1/applications/" + id + "/appeals")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(cw).when().get("/api/v1/applications/" + id + "/appeals").then().statusCode(200)
                .body("kind", contains("RECONSIDERATION", "LITIGATION_AFTER_RECONSIDERATION"));
        as(cw).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-12-10", "body", "x", "version", 0))
                .when().put("/api/v1/applications/" + id + "/appeals/99999999").then().statusCode(404);
        as(fixtures.token(Role.CLERK)).body(Map.of("kind", "RECONSIDERATION", "filedOn", "2024-12-10", "body", "x"))
                .when().post("/api/v1/applications/" + id + "/appeals").then().statusCode(403);
        as(cw).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("appeals.size()", equalTo(2)).body("events.type", hasItems("APPEAL_RECORDED", "APPEAL_UPDATED"));
    }
}
