package org.gongkai.items;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Attachment type detection and the download header, without a container. */
class FileTypesTest {

    @Test
    void extensionsMapToKinds() {
        assertThat(FileTypes.byExtension("a.PDF")).contains(FileTypes.Kind.PDF);
        assertThat(FileTypes.byExtension("照片.jpeg")).contains(FileTypes.Kind.JPG);
        assertThat(FileTypes.byExtension("archive.tar.gz")).isEmpty();
        assertThat(FileTypes.byExtension("noext")).isEmpty();
        assertThat(FileTypes.byExtension("a.html")).isEmpty();
    }

    @Test
    void contentMustMatch() throws Exception {
        assertThat(FileTypes.contentMatches(ItemAttachmentTest.PDF, FileTypes.Kind.PDF)).isTrue();
        assertThat(FileTypes.contentMatches("<!doctype html>".getBytes(StandardCharsets.US_ASCII), FileTypes.Kind.PDF)).isFalse();
        assertThat(FileTypes.contentMatches(ItemAttachmentTest.zip("word/document.xml", "x"), FileTypes.Kind.DOCX)).isTrue();
        assertThat(FileTypes.contentMatches(ItemAttachmentTest.zip("word/document.xml", "x"), FileTypes.Kind.XLSX)).isFalse();
        assertThat(FileTypes.contentMatches(ItemAttachmentTest.zip("OFD.xml", "x"), FileTypes.Kind.OFD)).isTrue();
        assertThat(FileTypes.contentMatches(ItemAttachmentTest.zip("x", "x"), FileTypes.Kind.ZIP)).isTrue();
        assertThat(FileTypes.contentMatches("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), FileTypes.Kind.ZIP)).isFalse();
    }

    @Test
    void textIsUtf8OrGb18030WithoutBinaryBytes() throws Exception {
        assertThat(FileTypes.isText("说明\r\n第二行\t制表".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(FileTypes.isText("说明".getBytes("GB18030"))).isTrue();
        assertThat(FileTypes.isText(new byte[]{'a', 0, 'b'})).isFalse();
        assertThat(FileTypes.isText(new byte[]{'M', 'Z', (byte) 0x90, 0x00, 0x03})).isFalse();
    }

    @Test
    void uploadNamesLoseTheirFoldersAndStayShort() {
        assertThat(AttachmentService.fileName("C:\\Users\\张三\\桌面\\通知.docx")).isEqualTo("通知.docx");
        assertThat(AttachmentService.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(AttachmentService.fileName("长".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
