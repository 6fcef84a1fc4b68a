package org.gongkai.reports;

import java.util.Map;

/**
 * The result of one consistency rule: a stable {@link #code}, the row, column or figure it is about
 * ({@link #subject}, e.g. the applicant column {@code natural_person}), the verdict, a sentence in both
 * languages and the figures involved, so the reader sees why without recomputing.
 */
public record Check(String code, String subject, Status status, String messageZh, String messageEn,
                    Map<String, Object> figures) {

    public enum Status { PASS, WARNING, FAIL }

    public Check {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
