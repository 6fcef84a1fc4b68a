package org.gongkai.items;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The attachment types a disclosure item may carry, recognised by their content (magic bytes, and for the
 * zip-based formats the entries that make them what they are) and required to agree with the file name's
 * extension. A renamed executable or an HTML page called report.pdf is refused.
 */
public final class FileTypes {

    public enum Kind {
        PDF("pdf", "application/pdf"),
        DOC("doc", "application/msword"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLS("xls", "application/vnd.ms-excel"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        OFD("ofd", "application/ofd"),
        TXT("txt", "text/plain; charset=UTF-8"),
        JPG("jpg", "image/jpeg"),
        PNG("png", "image/png"),
        ZIP("zip", "application/zip");

        public final String extension;
        public final String contentType;

        Kind(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    public static final String ALLOWED = "pdf, doc, docx, xls, xlsx, ofd, txt, jpg, png, zip";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int HEAD = 8192;

    private FileTypes() {
    }

    /** The kind named by the file name's extension (jpeg counts as jpg), if it is one we accept. */
    public static Optional<Kind> byExtension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if ("jpeg".equals(ext)) {
            ext = "jpg";
        }
        for (Kind k : Kind.values()) {
            if (k.extension.equals(ext)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True when the file's content is what {@code kind} claims. */
    public static boolean contentMatches(Path file, Kind kind) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return switch (kind) {
            case PDF -> startsWith(head, PDF);
            case DOC, XLS -> startsWith(head, OLE2);
            case JPG -> startsWith(head, JPEG);
            case PNG -> startsWith(head, PNG_SIG);
            case ZIP -> startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY);
            case DOCX -> startsWith(head, ZIP_LOCAL) && zipHas(file, "word/document.xml");
            case XLSX -> startsWith(head, ZIP_LOCAL) && zipHas(file, "xl/workbook.xml");
            case OFD -> startsWith(head, ZIP_LOCAL) && zipHas(file, "OFD.xml");
            case TXT -> isText(head);
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean zipHas(Path file, String entryName) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 10_000) {
                seen.add(e.getName());
                if (entryName.equalsIgnoreCase(e.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException corrupt) {
            return false;
        }
        return false;
    }

    /** Plain text: no NUL or other binary control bytes, and decodable as UTF-8 or GB18030. */
    static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                return false;
            }
        }
        return decodes(head, StandardCharsets.UTF_8) || decodes(head, Charset.forName("GB18030"));
    }

    private static boolean decodes(byte[] head, Charset charset) {
        // The 8 KiB head may cut a multi-byte character; ignore at most its last three bytes.
        for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
            try {
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, 0, head.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                if (head.length < HEAD) {
                    return false;
                }
            }
        }
        return false;
    }

    static boolean contentMatches(byte[] content, Kind kind) throws IOException {
        Path tmp = Files.createTempFile("gongkai-type", ".bin");
        try {
            Files.write(tmp, content);
            return contentMatches(tmp, kind);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
