package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

import java.time.Instant;

/**
 * One section of a report in one format: the latest generated draft with the data it was written from, and
 * the office's edit with the data the draft had when they edited it. Regenerating replaces the draft, never
 * the edit; when the two data fingerprints differ the edit is marked "data changed since your edit".
 */
@Entity
@Table(name = "report_section")
public class ReportSection extends BaseEntity {

    @Column(name = "report_id", nullable = false)
    public Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReportFormat format;

    @Column(name = "section_key", nullable = false, length = 30)
    public String sectionKey;

    @Column(name = "generated_text", nullable = false, columnDefinition = "varchar")
    public String generatedText;

    @Column(name = "generated_data", nullable = false, columnDefinition = "varchar")
    public String generatedData;

    @Column(name = "generated_fingerprint", nullable = false, length = 64)
    public String generatedFingerprint;

    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;

    @Column(name = "edited_text", columnDefinition = "varchar")
    public String editedText;

    @Column(name = "edit_base_data", columnDefinition = "varchar")
    public String editBaseData;

    @Column(name = "edit_base_fingerprint", length = 64)
    public String editBaseFingerprint;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "edited_by", length = 50)
    public String editedBy;

    /** Where the section stands: only a draft, edited, or edited but the data changed since. */
    public enum State { GENERATED, EDITED, DATA_CHANGED }

    public State state() {
        if (editedText == null) {
            return State.GENERATED;
        }
        return generatedFingerprint.equals(editBaseFingerprint) ? State.EDITED : State.DATA_CHANGED;
    }

    /** The text that goes out: the edit where there is one. */
    public String text() {
        return editedText != null ? editedText : generatedText;
    }

    public SectionKey key() {
        return SectionKey.ofKey(sectionKey);
    }
}
