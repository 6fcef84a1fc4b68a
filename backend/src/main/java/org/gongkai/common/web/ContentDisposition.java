package org.gongkai.common.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} with the file name twice: an ASCII fallback for old clients and the real (often
 * Chinese) name as RFC 5987 / RFC 6266 {@code filename*=UTF-8''…}, which every current browser uses.
 */
public final class ContentDisposition {

    private static final String ATTR_CHAR_PUNCT = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** A download: the browser saves the file. */
    public static String attachment(String fileName) {
        return "attachment" + names(fileName);
    }

    /** Shown in the browser (e.g. a print preview), with the name to use when the reader saves it. */
    public static String inline(String fileName) {
        return "inline" + names(fileName);
    }

    private static String names(String fileName) {
        return "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiFallback(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return sb.toString();
    }

    static String encode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCT.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
