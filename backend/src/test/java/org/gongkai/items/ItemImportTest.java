package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Historical imports: CSV in the encodings Chinese offices produce, JSON, both modes, every kind of bad row. */
@QuarkusTest
class ItemImportTest {

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    private static final String HEADER = "agency,category,title,documentNumber,writtenDate,publicationDate,topic,validity,repealDate,channels\n";

    private io.restassured.response.ValidatableResponse post(String token, String mode, String contentType, byte[] body) {
        // As browsers send it: no charset is added to the content type behind the caller's back.
        var req = given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token).contentType(contentType).body(body);
        if (mode != null) {
            req.queryParam("mode", mode);
        }
        return req.when().post("/api/v1/items/imports").then();
    }

    @Test
    void csvWithBomIsImportedWithIndexNumbersAndEvents() {
        items.agency("T-ITM-IMP1");
        String csv = "\uFEFF" + HEADER
                + "T-ITM-IMP1,法规公文,关于印发《测试办法》的通知,测府发[2011]5号,2011-03-01,2011-03-04,GENERAL,,,政府网站|GAZETTE\n"
                + "T-ITM-IMP1,NEWS,\"测试区召开会议，部署工作\",,2011/4/2,2011年4月6日,综合政务,,,\n"
                + "T-ITM-IMP1,NORMATIVE,旧规范性文件,,2010-05-01,2010-05-10,,已废止,2011-06-30,\n";
        String token = fixtures.token(Role.EDITOR);
        post(token, null, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("mode", equalTo("all-or-nothing"))
                .body("committed", equalTo(true))
                .body("rowsRead", equalTo(3)).body("rowsAccepted", equalTo(3)).body("rowsRejected", equalTo(0))
                .body("indexNumbers", equalTo(List.of("T-ITM-IMP1/2011-00001", "T-ITM-IMP1/2011-00002", "T-ITM-IMP1/2010-00001")));
        given().queryParam("q", "测府发〔2011〕5号").when().get("/api/v1/items/search").then()
                .body("items[0].item.indexNumber", equalTo("T-ITM-IMP1/2011-00001"));
        int id = given().queryParam("agencyId", items.agency("T-ITM-IMP1").id).queryParam("year", 2011)
                .queryParam("category", "NEWS").when().get("/api/v1/items").then().statusCode(200)
                .body("items[0].publicationDate", equalTo("2011-04-06")).extract().path("items[0].id");
        given().auth().oauth2(token).when().get("/api/v1/items/" + id + "/events").then()
                .body("action", equalTo(List.of("IMPORT"))).body("[0].toStatus", equalTo("PUBLISHED"));
        given().queryParam("agencyId", items.agency("T-ITM-IMP1").id).queryParam("validity", "REPEALED")
                .when().get("/api/v1/items").then().body("items", hasSize(1));
    }

    @Test
    void gb18030CsvWithChineseHeadersIsRead() {
        items.agency("T-ITM-IMP2");
        String csv = "发布机构,类别,标题,成文日期,发布日期\nT-ITM-IMP2,工作动态,测试区开展春季植树活动,2012-03-12,2012-03-13\n";
        post(fixtures.token(Role.ADMIN), null, "text/csv", csv.getBytes(Charset.forName("GB18030"))).statusCode(200)
                .body("rowsAccepted", equalTo(1));
        given().queryParam("q", "植树活动").when().get("/api/v1/items/search").then()
                .body("items[0].item.title", equalTo("测试区开展春季植树活动"));
    }

    @Test
    void allOrNothingSavesNothingWhenARowIsBad_validRowsSavesTheRest() {
        items.agency("T-ITM-IMP3");
        String csv = HEADER
                + "T-ITM-IMP3,NEWS,好的一行,,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,,,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,日期倒置,,2013-02-04,2013-01-05,,,,\n"
                + "T-NOPE,NEWS,不存在的机构,,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NOPE,不存在的类别,,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,坏日期,,2013-13-45,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,有效性不适用,,2013-01-04,2013-01-05,,IN_FORCE,,\n"
                + "T-ITM-IMP3,NEWS,重复文号一,测发〔2013〕1号,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,重复文号二,测发[2013]1号,2013-01-04,2013-01-05,,,,\n"
                + "T-ITM-IMP3,NEWS,坏渠道,,2013-01-04,2013-01-05,,,,SMOKE_SIGNAL\n";
        String token = fixtures.token(Role.EDITOR);
        post(token, "all-or-nothing", "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("committed", equalTo(false)).body("rowsRead", equalTo(10))
                .body("rowsAccepted", equalTo(0)).body("rowsRejected", equalTo(8))
                .body("rejections.find { it.row == 3 }.field", equalTo("title"))
                .body("rejections.find { it.row == 3 }.reasonZh", equalTo("请填写标题。"))
                .body("rejections.find { it.row == 3 }.reasonEn", equalTo("Title is required."))
                .body("rejections.find { it.row == 4 }.field", equalTo("publicationDate"))
                .body("rejections.find { it.row == 5 }.field", equalTo("agency"))
                .body("rejections.find { it.row == 6 }.field", equalTo("category"))
                .body("rejections.find { it.row == 7 }.field", equalTo("writtenDate"))
                .body("rejections.find { it.row == 8 }.field", equalTo("validity"))
                .body("rejections.find { it.row == 10 }.field", equalTo("documentNumber"))
                .body("rejections.find { it.row == 11 }.field", equalTo("channels"));
        given().queryParam("agencyId", items.agency("T-ITM-IMP3").id).when().get("/api/v1/items").then()
                .body("items", hasSize(0));

        post(token, "valid-rows", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("committed", equalTo(true)).body("rowsAccepted", equalTo(2)).body("rowsRejected", equalTo(8));
        given().queryParam("agencyId", items.agency("T-ITM-IMP3").id).when().get("/api/v1/items").then()
                .body("items.title", hasItem("好的一行")).body("items", hasSize(2));
    }

    @Test
    void jsonArraysAreImportedToo() {
        long agency = items.agency("T-ITM-IMP4").id;
        String json = "[{\"agency\": " + agency + ", \"category\": \"BUDGET\", \"title\": \"2014年部门预算\","
                + " \"writtenDate\": \"2014-02-01\", \"publicationDate\": \"2014-02-05\", \"channels\": [\"WEBSITE\", \"NEWSPAPER\"],"
                + " \"body\": \"<p>预算<script>x()</script></p>\"},"
                + " {\"agency\": \"T-ITM-IMP4\", \"category\": \"NEWS\", \"title\": \"无日期\"}]";
        post(fixtures.token(Role.EDITOR), "valid-rows", "application/json", json.getBytes(StandardCharsets.UTF_8))
                .statusCode(200).body("rowsAccepted", equalTo(1))
                .body("rejections.row", equalTo(List.of(2, 2)))
                .body("rejections.field", equalTo(List.of("writtenDate", "publicationDate")));
        int id = given().queryParam("agencyId", agency).when().get("/api/v1/items").then()
                .extract().path("items[0].id");
        given().when().get("/api/v1/items/" + id).then().body("body", equalTo("<p>预算</p>"))
                .body("channels", hasItem("NEWSPAPER"));
    }

    @Test
    void unreadablePayloadsAre400AndOthersAreRefused() {
        String token = fixtures.token(Role.EDITOR);
        items.agency("T-ITM-IMP6");
        post(token, null, "text/csv", new byte[0]).statusCode(400).body("code", equalTo("EMPTY_IMPORT"));
        post(token, null, "text/csv", "title\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("MISSING_COLUMNS")).body("detail", containsString("writtenDate"));
        post(token, null, "text/csv", (HEADER.trim() + ",colour\n").getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("code", equalTo("UNKNOWN_COLUMN"));
        post(token, null, "text/csv", (HEADER + "T-ITM-IMP1,NEWS,\"unclosed,2011-01-01\n").getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("code", equalTo("MALFORMED_CSV"));
        post(token, null, "application/json", "{\"not\": \"an array\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        post(token, null, "application/json", "[{\"title\": ".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        post(token, "sometimes", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("violations[0].field", equalTo("mode"));
        post(token, null, "text/plain", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode(415);
        post(token, null, "text/csv; charset=klingon", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode(415);
        // A Latin-1 label (added by many HTTP tools) does not garble Chinese content.
        post(token, "valid-rows", "text/csv; charset=ISO-8859-1", (HEADER + "T-ITM-IMP6,NEWS,拉丁标签,,2011-05-04,2011-05-05,,,,\n")
                .getBytes(StandardCharsets.UTF_8)).statusCode(200).body("rowsAccepted", equalTo(1));
        given().contentType("text/csv").body(HEADER).when().post("/api/v1/items/imports").then().statusCode(401);
        post(fixtures.token(Role.REVIEWER), null, "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode(403);
    }

    @Test
    void editorsImportOnlyForTheirAgencyAndNotIntoLockedYears() {
        long own = items.agency("T-ITM-IMP5").id;
        items.agency("T-ITM-IMP5B");
        items.lockYear(own, 2015);
        String csv = HEADER
                + "T-ITM-IMP5,NEWS,本机关,,2016-01-04,2016-01-05,,,,\n"
                + "T-ITM-IMP5B,NEWS,他机关,,2016-01-04,2016-01-05,,,,\n"
                + "T-ITM-IMP5,NEWS,锁定年度,,2015-01-04,2015-01-05,,,,\n";
        post(items.editor("T-ITM-IMP5"), "valid-rows", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rowsAccepted", equalTo(1))
                .body("rejections.find { it.row == 3 }.field", equalTo("agency"))
                .body("rejections.find { it.row == 4 }.field", equalTo("publicationDate"))
                .body("rejections.find { it.row == 4 }.reasonEn", containsString("locked"));
    }
}
