package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.DocumentKind;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "DisclosureDocument", description = "A version of an agency's disclosure guide or catalogue")
public record DisclosureDocumentView(
        long id,
        long agencyId,
        String agencyName,
        @Schema(example = "GUIDE") DocumentKind kind,
        @Schema(example = "2026年版") String versionLabel,
        @Schema(example = "攀枝花市东区人民政府信息公开指南") String title,
        @Schema(example = "2026-01-01") LocalDate effectiveDate,
        @Schema(description = "Sanitised HTML") String body,
        String changeSummary,
        @Schema(description = "This is the version in force today") boolean current,
        Instant updatedAt,
        long version) {
}
