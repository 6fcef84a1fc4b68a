package org.gongkai.readingpoints;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TallyImportResourceTest {

    private static final String URL = "/api/v1/reading-points/tally-imports";

    @Inject
    Fixtures fixtures;

    @Inject
    ReadingPointFixtures points;

    private String clerk() {
        return fixtures.token(Role.CLERK);
    }

    private ValidatableResponse upload(byte[] file, String name, String... query) {
        var request = given().auth().oauth2(clerk()).multiPart("file", name, file, "text/csv");
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().post(URL).then();
    }

    private String pointName(long id) {
        return given().when().get("/api/v1/reading-points/" + id).then().extract().path("name");
    }

    private int tallyPeople(long point, String date) {
        return given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/tallies/" + date)
                .then().statusCode(200).extract().path("people");
    }

    private void noTally(long point, String date) {
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + point + "/tallies/" + date)
                .then().statusCode(404);
    }

    @Test
    void aValidMonthIsImportedWholeAndRecorded() {
        long a = points.point("T-IMP1", "SERVICE_CENTRE");
        long b = points.point("T-IMP1", "ARCHIVES");
        StringBuilder csv = new StringBuilder("point,date,people,items\n");
        long people = 0;
        for (int day = 1; day <= 31; day++) {
            csv.append(pointName(a)).append(",2024-03-").append(String.format("%02d", day)).append(',')
                    .append(1000 + day).append(',').append(500 + day).append('\n');
            csv.append(b).append(",2024/3/").append(day).append(",").append(day % 4).append(",").append(day % 3).append('\n');
            people += 1000 + day + day % 4;
        }
        int importId = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "2024-03.csv")
                .statusCode(201).header("Location", containsString("/tally-imports/"))
                .body("committed", equalTo(true)).body("mode", equalTo("ALL_OR_NOTHING"))
                .body("rowsRead", equalTo(62)).body("created", equalTo(62)).body("rejectedRows", equalTo(0))
                .body("people", equalTo((int) people)).body("encoding", equalTo("UTF-8"))
                .body("accepted[0].row", equalTo(2)).body("accepted[0].action", equalTo("CREATED"))
                .extract().path("importId");
        org.junit.jupiter.api.Assertions.assertEquals(1015, tallyPeople(a, "2024-03-15"));
        org.junit.jupiter.api.Assertions.assertEquals(3, tallyPeople(b, "2024-03-31"));
        given().auth().oauth2(clerk()).when().get(URL + "/" + importId).then().statusCode(200)
                .body("fileName", equalTo("2024-03.csv")).body("created", equalTo(62)).body("importedBy", equalTo("clerk-t"))
                .body("rejected.size()", equalTo(0));
        given().auth().oauth2(clerk()).when().get(URL).then().statusCode(200).body("items.id", hasItem(importId));
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("entityType", "TallyImport").queryParam("entityId", importId)
                .when().get("/api/v1/audit-log").then().statusCode(200).body("items[0].changes.created", equalTo(62));
    }

    @Test
    void oneBadRowRejectsTheWholeFileByDefaultAndExplainsEveryProblem() {
        long a = points.point("T-IMP2", "LIBRARY");
        String csv = "查阅点,日期,接待人数,查阅信息数\n"
                + a + ",2024-05-06,3,4\n"
                + a + ",2024-05-07,-2,abc\n"
                + "不存在的查阅点,2024-05-08,1,1\n"
                + a + ",2024-02-30,1,1\n";
        given().auth().oauth2(clerk()).multiPart("file", "may.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .header("Accept-Language", "en")
                .when().post(URL).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED")).body("detail", startsWith("3 rows have problems"))
                .body("violations.field", hasItem("rows[3].people"))
                .body("report.committed", equalTo(false)).body("report.importId", nullValue())
                .body("report.rejectedRows", equalTo(3)).body("report.accepted.size()", equalTo(1))
                .body("report.rejected.size()", equalTo(4))
                .body("report.rejected[0].row", equalTo(3)).body("report.rejected[0].column", equalTo("people"))
                .body("report.rejected[0].code", equalTo("PEOPLE_NEGATIVE"))
                .body("report.rejected[0].reason.zh", equalTo("接待人数不能是负数。"))
                .body("report.rejected[1].column", equalTo("items")).body("report.rejected[1].code", equalTo("ITEMS_INVALID"))
                .body("report.rejected[2].row", equalTo(4)).body("report.rejected[2].code", equalTo("POINT_UNKNOWN"))
                .body("report.rejected[3].row", equalTo(5)).body("report.rejected[3].code", equalTo("DATE_INVALID"));
        noTally(a, "2024-05-06");
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndKeepsTheRejectedOnesWithTheImport() {
        long a = points.point("T-IMP3", "LIBRARY");
        String csv = "point,date,people,items,note\n"
                + a + ",2024-05-06,3,4,\n"
                + a + "," + ChinaDate.today().plusDays(2) + ",3,4,\n"
                + a + ",2024-05-08,7,8,闭馆前统计\n";
        int importId = upload(csv.getBytes(StandardCharsets.UTF_8), "may.csv", "mode", "valid-rows")
                .statusCode(201).body("created", equalTo(2)).body("rejectedRows", equalTo(1))
                .body("rejected[0].code", equalTo("DATE_IN_FUTURE")).extract().path("importId");
        org.junit.jupiter.api.Assertions.assertEquals(7, tallyPeople(a, "2024-05-08"));
        given().auth().oauth2(clerk()).when().get(URL + "/" + importId).then().statusCode(200)
                .body("mode", equalTo("VALID_ROWS")).body("rejectedRows", equalTo(1))
                .body("rejected[0].row", equalTo(3)).body("rejected[0].reason.en", startsWith("The date"));
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + a + "/tallies/2024-05-08")
                .then().body("note", equalTo("闭馆前统计")).body("importId", equalTo(importId));

        // valid-rows with nothing valid writes nothing: still a 422 with the report.
        upload(("point,date,people,items\n" + a + ",2024-05-09,x,1\n").getBytes(StandardCharsets.UTF_8), "bad.csv",
                "mode", "valid-rows").statusCode(422).body("report.rejectedRows", equalTo(1));
    }

    @Test
    void duplicatesInTheFileAndExistingTalliesAreReportedNeverSummedOrOverwritten() {
        long a = points.point("T-IMP4", "SERVICE_CENTRE");
        given().auth().oauth2(clerk()).contentType(ContentType.JSON)
                .body(java.util.Map.of("date", "2024-06-03", "people", 100, "itemsConsulted", 50))
                .when().post("/api/v1/reading-points/" + a + "/tallies").then().statusCode(201);
        String csv = "point,date,people,items\n"
                + a + ",2024-06-03,120,60\n"
                + a + ",2024-06-04,10,5\n"
                + a + ",2024-06-04,11,5\n"
                + a + ",2024-06-05,20,9\n";
        upload(csv.getBytes(StandardCharsets.UTF_8), "june.csv", "mode", "valid-rows")
                .statusCode(201).body("created", equalTo(1)).body("rejectedRows", equalTo(3))
                .body("rejected.code", equalTo(List.of("TALLY_EXISTS", "DUPLICATE_IN_FILE", "DUPLICATE_IN_FILE")))
                .body("rejected[1].reason.zh", containsString("第 4 行"));
        org.junit.jupiter.api.Assertions.assertEquals(100, tallyPeople(a, "2024-06-03"));
        noTally(a, "2024-06-04");

        String replace = "point,date,people,items\n" + a + ",2024-06-03,120,60\n" + a + ",2024-06-05,20,9\n";
        upload(replace.getBytes(StandardCharsets.UTF_8), "june-fixed.csv", "onExisting", "replace")
                .statusCode(201).body("replaced", equalTo(1)).body("unchanged", equalTo(1)).body("created", equalTo(0))
                .body("accepted[0].action", equalTo("REPLACED")).body("accepted[0].previousPeople", equalTo(100));
        org.junit.jupiter.api.Assertions.assertEquals(120, tallyPeople(a, "2024-06-03"));
        int tallyId = given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + a + "/tallies/2024-06-03")
                .then().extract().path("id");
        given().auth().oauth2(fixtures.token(Role.ADMIN)).queryParam("entityType", "ReadingPointTally")
                .queryParam("entityId", tallyId).when().get("/api/v1/audit-log").then().statusCode(200)
                .body("items[0].changes.people.from", equalTo(100)).body("items[0].changes.people.to", equalTo(120));
    }

    @Test
    void gb18030CsvWithChineseHeadersAndNamesIsRead() {
        long a = points.point("T-IMP5", "ARCHIVES");
        String csv = "查阅点,日期,接待人数,查阅信息数,备注\r\n" + pointName(a) + ",2024年7月1日,5,6,上午\r\n";
        upload(csv.getBytes(Charset.forName("GB18030")), "七月.csv").statusCode(201)
                .body("encoding", equalTo("GB18030")).body("accepted[0].pointId", equalTo((int) a))
                .body("accepted[0].date", equalTo("2024-07-01"));
        given().auth().oauth2(clerk()).when().get("/api/v1/reading-points/" + a + "/tallies/2024-07-01")
                .then().statusCode(200).body("note", equalTo("上午"));
        byte[] bom = ("\uFEFFpoint,date,people,items\n" + a + ",2024-07-02,1,1\n").getBytes(StandardCharsets.UTF_8);
        upload(bom, "bom.csv").statusCode(201).body("encoding", equalTo("UTF-8"));
    }

    @Test
    void xlsxWithRealDateCellsIsRead() throws Exception {
        long a = points.point("T-IMP5", "LIBRARY");
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("日汇总");
            Row h = s.createRow(0);
            String[] header = {"查阅点编号", "日期", "接待人数", "查阅信息数"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int d = 1; d <= 3; d++) {
                Row r = s.createRow(d);
                r.createCell(0).setCellValue(a);
                r.createCell(1).setCellValue(LocalDate.of(2024, 8, d));
                r.getCell(1).setCellStyle(dateStyle);
                r.createCell(2).setCellValue(10 * d);
                r.createCell(3).setCellFormula("C" + (d + 1) + "*2");
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().auth().oauth2(clerk()).multiPart("file", "aug.xlsx", xlsx, TallyImportResource.XLSX)
                .when().post(URL).then().statusCode(201).body("format", equalTo("XLSX"))
                .body("created", equalTo(3)).body("accepted[2].itemsConsulted", equalTo(60))
                .body("accepted[2].date", equalTo("2024-08-03"));
    }

    @Test
    void dryRunChecksWithoutWriting() {
        long a = points.point("T-IMP6", "LIBRARY");
        upload(("point,date,people,items\n" + a + ",2024-09-02,4,4\n").getBytes(StandardCharsets.UTF_8), "x.csv",
                "dryRun", "true").statusCode(200).body("dryRun", equalTo(true)).body("committed", equalTo(false))
                .body("created", equalTo(1));
        noTally(a, "2024-09-02");
    }

    @Test
    void rawBodiesWorkForScripts() {
        long a = points.point("T-IMP6", "ARCHIVES");
        given().auth().oauth2(clerk()).contentType("text/csv").queryParam("fileName", "script.csv")
                .body("point,date,people,items\n" + a + ",2024-09-03,2,2\n")
                .when().post(URL).then().statusCode(201).body("fileName", equalTo("script.csv"));
        given().auth().oauth2(clerk()).contentType(ContentType.JSON).body("{}").when().post(URL).then().statusCode(415);
    }

    @Test
    void unreadableFilesAreClearProblems() {
        upload("date,people\n2024-01-01,1\n".getBytes(StandardCharsets.UTF_8), "x.csv").statusCode(400)
                .body("code", equalTo("IMPORT_COLUMNS_MISSING")).body("violations.field", equalTo(List.of("point", "items")));
        upload("point,date,people,items\n".getBytes(StandardCharsets.UTF_8), "x.csv").statusCode(400)
                .body("code", equalTo("IMPORT_EMPTY"));
        upload(new byte[0], "x.csv").statusCode(400).body("code", equalTo("IMPORT_EMPTY"));
        upload(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0}, "old.xls").statusCode(415);
        upload(new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "broken.xlsx").statusCode(400).body("code", equalTo("IMPORT_UNREADABLE"));
        upload("point,point,date,people,items\n".getBytes(StandardCharsets.UTF_8), "x.csv").statusCode(400)
                .body("violations[0].field", equalTo("file"));
        upload("point,date,people,items\n1,2024-01-01,1,1\n".getBytes(StandardCharsets.UTF_8), "x.csv", "mode", "some")
                .statusCode(400).body("violations[0].field", equalTo("mode"));
        upload("point,date,people,items\n1,2024-01-01,1,1\n".getBytes(StandardCharsets.UTF_8), "x.csv", "onExisting", "merge")
                .statusCode(400).body("violations[0].field", equalTo("onExisting"));
        given().auth().oauth2(clerk()).contentType("multipart/form-data").multiPart("other", "x")
                .when().post(URL).then().statusCode(400).body("violations[0].field", equalTo("file"));
        byte[] big = new byte[TallyFileParser.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(clerk()).contentType("application/octet-stream").body(big)
                .when().post(URL).then().statusCode(413);
    }

    @Test
    void onlyClerksAndAdministratorsImportAndOnlyForTheirAgency() {
        long a = points.point("T-IMP7", "LIBRARY");
        byte[] csv = ("point,date,people,items\n" + pointName(a) + ",2024-10-08,2,2\n").getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "x.csv", csv, "text/csv").when().post(URL).then().statusCode(401);
        given().auth().oauth2(fixtures.token(Role.EDITOR)).multiPart("file", "x.csv", csv, "text/csv")
                .when().post(URL).then().statusCode(403);
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-IMP-OTHER")).multiPart("file", "x.csv", csv, "text/csv")
                .when().post(URL).then().statusCode(422).body("report.rejected[0].code", equalTo("POINT_UNKNOWN"));
        int id = given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-IMP7")).multiPart("file", "x.csv", csv, "text/csv")
                .when().post(URL).then().statusCode(201).extract().path("importId");
        given().auth().oauth2(fixtures.tokenInAgency(Role.CLERK, "T-IMP-OTHER")).when().get(URL + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(clerk()).when().get(URL + "/999999999").then().statusCode(404);
    }

    @Test
    void aLockedYearRejectsItsRows() {
        long a = points.point("T-IMP-LOCK", "LIBRARY");
        points.lockYear("T-IMP-LOCK", 2017);
        upload(("point,date,people,items\n" + a + ",2017-03-01,1,1\n").getBytes(StandardCharsets.UTF_8), "x.csv")
                .statusCode(422).body("report.rejected[0].code", equalTo("YEAR_LOCKED"));
    }

    @Test
    void templatesDownload() {
        byte[] csv = given().auth().oauth2(clerk()).queryParam("format", "csv").when().get(URL + "/template")
                .then().statusCode(200).header("Content-Disposition", containsString("tally-template.csv"))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals("\uFEFF查阅点,日期,接待人数,查阅信息数,备注\r\n",
                new String(csv, StandardCharsets.UTF_8));
        given().auth().oauth2(clerk()).when().get(URL + "/template").then().statusCode(200)
                .contentType(TallyImportResource.XLSX).body(notNullValue());
        given().auth().oauth2(clerk()).queryParam("format", "pdf").when().get(URL + "/template").then().statusCode(400);
    }
}
