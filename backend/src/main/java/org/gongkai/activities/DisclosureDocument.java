package org.gongkai.activities;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One version of an agency's disclosure guide or catalogue. The version in force is the one with the latest
 * effective date not after today.
 */
@Entity
@Table(name = "disclosure_document")
@AttributeOverride(name = "date", column = @Column(name = "effective_date", nullable = false))
public class DisclosureDocument extends ActivityRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentKind kind;

    @Column(name = "version_label", nullable = false, length = 50)
    public String versionLabel;

    @Column(nullable = false, length = 200)
    public String title;

    /** Sanitised HTML. */
    @Column(nullable = false)
    public String body;

    @Column(name = "change_summary", length = 1000)
    public String changeSummary;
}
