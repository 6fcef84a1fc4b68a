package org.gongkai.reports;

import java.util.Map;

/**
 * A section's first draft: its text (paragraphs separated by line breaks) and the data it was written from —
 * the figures and narrative paragraphs it used — whose {@link ReportFingerprint} tells later whether a new
 * draft would read differently.
 */
public record SectionDraft(SectionKey key, String text, Map<String, Object> data) {

    public String fingerprint() {
        return ReportFingerprint.of(data);
    }
}
