package org.gongkai.common.paging;

import org.gongkai.common.error.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Keyset position: the sort-key values of the last row of a page, encoded as an opaque URL-safe string.
 * The next page asks for rows strictly after that position, so page 5,000 costs what page 1 costs.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";
    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = parts;
    }

    public static String encode(Object... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(values[i] == null ? NULL : values[i].toString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return new Cursor(Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1)));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public int size() {
        return parts.size();
    }

    public String string(int i) {
        String v = part(i);
        return NULL.equals(v) ? null : v;
    }

    public long longValue(int i) {
        try {
            return Long.parseLong(Objects.requireNonNull(string(i)));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public LocalDate date(int i) {
        try {
            String v = string(i);
            return v == null ? null : LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public Instant instant(int i) {
        try {
            String v = string(i);
            return v == null ? null : Instant.parse(v);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** Fails with 400 unless the cursor has exactly {@code n} parts (a cursor from another list is refused). */
    public Cursor expect(int n) {
        if (parts.size() != n) {
            throw invalid();
        }
        return this;
    }

    private String part(int i) {
        if (i < 0 || i >= parts.size()) {
            throw invalid();
        }
        return parts.get(i);
    }

    private static ApiException invalid() {
        return ApiException.invalidField("cursor", "分页游标无效，请从第一页重新开始。",
                "Invalid paging cursor; start again from the first page.");
    }
}
