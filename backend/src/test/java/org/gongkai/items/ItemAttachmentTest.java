package org.gongkai.items;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Attachments: upload to drafts, type and size checks, downloads that follow the item's visibility. */
@QuarkusTest
class ItemAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    ItemTestSupport items;

    @Inject
    Fixtures fixtures;

    @Inject
    FileStore files;

    /** Uploads as browsers do: the file name as raw UTF-8 in the part's header. */
    static final RestAssuredConfig BROWSER = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private ExtractableResponse<Response> upload(String token, long itemId, String name, byte[] content, int status) {
        return given().config(BROWSER).auth().oauth2(token).multiPart("file", name, content, "application/octet-stream")
                .when().post("/api/v1/items/" + itemId + "/attachments")
                .then().statusCode(status).extract();
    }

    @Test
    void uploadDownloadAndPublicationVisibility() throws Exception {
        long agency = items.agency("T-ITM-ATT1").id;
        long id = items.createDraft("T-ITM-ATT1", ItemTestSupport.draft(agency, "BUDGET", "部门预算"));
        String editor = items.editor("T-ITM-ATT1");
        ExtractableResponse<Response> created = upload(editor, id, "2024年部门预算.pdf", PDF, 201);
        assertThat(created.header("Location")).contains("/api/v1/items/" + id + "/attachments/");
        assertThat((String) created.path("sha256")).isEqualTo(sha256(PDF));
        assertThat((String) created.path("fileName")).isEqualTo("2024年部门预算.pdf");
        assertThat((String) created.path("contentType")).isEqualTo("application/pdf");
        assertThat(((Number) created.path("sizeBytes")).longValue()).isEqualTo(PDF.length);
        String url = created.path("downloadUrl");

        given().when().get(url).then().statusCode(404);
        byte[] body = given().auth().oauth2(editor).when().get(url).then().statusCode(200)
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''2024%E5%B9%B4%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf"))
                .header("Content-Disposition", containsString("filename=\"2024_____.pdf\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .extract().asByteArray();
        assertThat(body).isEqualTo(PDF);

        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then()
                .body("attachments", hasSize(1)).body("attachments[0].fileType", equalTo("pdf"));

        String reviewer = items.reviewer("T-ITM-ATT1");
        items.action(editor, id, "submission", Map.of("version", 0)).statusCode(200);
        upload(editor, id, "more.pdf", PDF, 409);
        items.action(reviewer, id, "approval", Map.of("version", 1)).statusCode(200);
        assertThat(given().when().get(url).then().statusCode(200).header("Cache-Control", "public, max-age=300")
                .extract().asByteArray()).isEqualTo(PDF);
        given().when().get("/api/v1/items/" + id).then().body("attachments[0].fileName", equalTo("2024年部门预算.pdf"));
        given().when().get("/api/v1/items/" + id + "/attachments/999999").then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        given().auth().oauth2(editor).when().delete(url).then().statusCode(409);
    }

    @Test
    void typesAreCheckedByContentAndExtension() throws IOException {
        long agency = items.agency("T-ITM-ATT2").id;
        long id = items.createDraft("T-ITM-ATT2", ItemTestSupport.draft(agency, "NEWS", "附件类型"));
        String editor = items.editor("T-ITM-ATT2");
        upload(editor, id, "setup.exe", new byte[]{'M', 'Z', 0, 0}, 415);
        upload(editor, id, "noextension", PDF, 415);
        upload(editor, id, "report.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), 415);
        upload(editor, id, "empty.pdf", new byte[0], 415);
        upload(editor, id, "fake.docx", zip("readme.txt", "x"), 415);
        upload(editor, id, "picture.png", PDF, 415);
        upload(editor, id, "binary.txt", new byte[]{'a', 0, 'b'}, 415)
                .path("code").equals("UNSUPPORTED_MEDIA_TYPE");

        upload(editor, id, "通知.docx", zip("word/document.xml", "<w:document/>"), 201);
        upload(editor, id, "统计表.xlsx", zip("xl/workbook.xml", "<workbook/>"), 201);
        upload(editor, id, "公文.ofd", zip("OFD.xml", "<ofd:OFD/>"), 201);
        upload(editor, id, "材料.zip", zip("a.txt", "a"), 201);
        upload(editor, id, "说明.txt", "政府信息公开说明\n第二行".getBytes(StandardCharsets.UTF_8), 201);
        upload(editor, id, "旧说明.txt", "政府信息公开".getBytes("GB18030"), 201);
        upload(editor, id, "图.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, 201);
        upload(editor, id, "照片.JPEG", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}, 201)
                .path("fileType").equals("jpg");
        upload(editor, id, "旧文件.doc", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1, 0}, 201);
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then().body("attachments", hasSize(9));
    }

    @Test
    void oversizedUploadsAre413AndMissingFilesAre400() {
        long agency = items.agency("T-ITM-ATT3").id;
        long id = items.createDraft("T-ITM-ATT3", ItemTestSupport.draft(agency, "NEWS", "大文件"));
        String editor = items.editor("T-ITM-ATT3");
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        given().auth().oauth2(editor).multiPart("file", "big.pdf", big, "application/pdf")
                .when().post("/api/v1/items/" + id + "/attachments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE")).body("detail", containsString("1 MB"));
        given().auth().oauth2(editor).multiPart("other", "x.pdf", PDF, "application/pdf")
                .when().post("/api/v1/items/" + id + "/attachments")
                .then().statusCode(400).body("violations[0].field", equalTo("file"));
        given().auth().oauth2(editor).when().get("/api/v1/items/" + id).then().body("attachments", hasSize(0));
    }

    @Test
    void onlyEditorsOfTheAgencyManageAttachments() {
        long agency = items.agency("T-ITM-ATT4").id;
        items.agency("T-ITM-ATT4B");
        long id = items.createDraft("T-ITM-ATT4", ItemTestSupport.draft(agency, "NEWS", "附件权限"));
        given().multiPart("file", "a.pdf", PDF, "application/pdf").when().post("/api/v1/items/" + id + "/attachments")
                .then().statusCode(401);
        upload(fixtures.token(Role.REVIEWER), id, "a.pdf", PDF, 403);
        upload(items.editor("T-ITM-ATT4B"), id, "a.pdf", PDF, 403);
        upload(items.editor("T-ITM-ATT4"), 987654321L, "a.pdf", PDF, 404);
    }

    @Test
    void sharedContentIsStoredOnceAndRemovedWithItsLastAttachment() {
        long agency = items.agency("T-ITM-ATT5").id;
        long id = items.createDraft("T-ITM-ATT5", ItemTestSupport.draft(agency, "NEWS", "共享内容"));
        String editor = items.editor("T-ITM-ATT5");
        byte[] content = ("%PDF-1.7 unique " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        String first = upload(editor, id, "a.pdf", content, 201).path("downloadUrl");
        String second = upload(editor, id, "b.pdf", content, 201).path("downloadUrl");
        var path = files.path(sha256(content));
        assertThat(Files.exists(path)).isTrue();
        given().auth().oauth2(editor).when().delete(first).then().statusCode(204);
        assertThat(Files.exists(path)).isTrue();
        given().auth().oauth2(editor).when().get(second).then().statusCode(200);
        given().auth().oauth2(editor).when().delete(second).then().statusCode(204);
        assertThat(Files.exists(path)).isFalse();
        given().auth().oauth2(editor).when().get(first).then().statusCode(404);
    }

    static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
