package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Publishing a document approved elsewhere (the annual report) straight into the catalogue. */
@QuarkusTest
class DirectPublicationTest {

    @Inject
    DirectPublication publication;

    @Inject
    ItemTestSupport items;

    @Test
    void publishesAndRepublishesTheSameItem() throws Exception {
        long agency = items.agency("T-ITM-DIRECT").id;
        byte[] docx = ItemAttachmentTest.zip("word/document.xml", "<w:document/>");
        long id = publication.publish(new DirectPublication.Publication(agency, "ANNUAL_REPORT",
                "测试部门2025年政府信息公开工作年度报告", null, LocalDate.now().minusDays(1),
                "<p>本年度报告根据《中华人民共和国政府信息公开条例》编制。</p>", "2025年年度报告.docx", docx), null);
        int year = LocalDate.now().getYear();
        given().when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("category.code", equalTo("ANNUAL_REPORT"))
                .body("indexNumber", equalTo("T-ITM-DIRECT/" + year + "-00001"))
                .body("attachments", hasSize(1))
                .body("attachments[0].fileName", equalTo("2025年年度报告.docx"));
        given().queryParam("q", "年度报告").queryParam("agencyId", agency).when().get("/api/v1/items/search").then()
                .body("items[0].item.id", equalTo((int) id));

        byte[] corrected = ItemAttachmentTest.zip("word/document.xml", "<w:document>更正</w:document>");
        long again = publication.publish(new DirectPublication.Publication(agency, "ANNUAL_REPORT",
                "测试部门2025年政府信息公开工作年度报告（更正）", null, LocalDate.now().minusDays(1),
                "<p>更正后的报告。</p>", "2025年年度报告（更正）.docx", corrected), id);
        assertThat(again).isEqualTo(id);
        given().when().get("/api/v1/items/" + id).then()
                .body("indexNumber", equalTo("T-ITM-DIRECT/" + year + "-00001"))
                .body("title", equalTo("测试部门2025年政府信息公开工作年度报告（更正）"))
                .body("attachments", hasSize(1))
                .body("attachments[0].fileName", startsWith("2025年年度报告（更正）"));
        given().auth().oauth2(items.editor("T-ITM-DIRECT")).when().get("/api/v1/items/" + id + "/events").then()
                .body("action", equalTo(List.of("PUBLISH", "REPUBLISH")));

        String editor = items.editor("T-ITM-DIRECT");
        items.action(editor, id, "withdrawal", Map.of("version", items.version(id, editor), "reason", "测试")).statusCode(200);
        assertThatThrownBy(() -> publication.publish(new DirectPublication.Publication(agency, "ANNUAL_REPORT", "再发",
                null, LocalDate.now().minusDays(1), null, null, null), id))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> publication.publish(new DirectPublication.Publication(agency, "ANNUAL_REPORT", "坏附件",
                null, LocalDate.now().minusDays(1), null, "报告.docx", "not a zip".getBytes()), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
}
