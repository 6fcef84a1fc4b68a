package org.gongkai.reports;

import java.util.Map;

/**
 * A section's first draft: its text (paragraphs separated by line breaks) and the data it was written from —
 * the figures and narrative paragraphs it used. The fingerprint covers both, so a draft counts as changed when
 * its data or its wording changed.
 */
public record SectionDraft(SectionKey key, String text, Map<String, Object> data) {

    public String fingerprint() {
        return ReportFingerprint.of(Map.of("data", data, "text", text));
    }
}
