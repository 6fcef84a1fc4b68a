package org.gongkai.reports.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ReportSection", description = "One section of an annual report: the draft written from the data "
        + "and the office's edit")
public record ReportSectionView(
        @Schema(example = "overview") String key,
        @Schema(example = "一、政府信息公开工作概述") String title,
        @Schema(description = "The text that goes out (the edit where there is one)") String text,
        String generatedText,
        String editedText,
        @Schema(description = "GENERATED, EDITED, or DATA_CHANGED (the data changed since the edit: keep the edit "
                + "or take the new draft)", example = "EDITED") String state,
        @Schema(description = "Data the section uses that changed since the edit", example = "[\"website_visits\"]")
        List<String> changedData,
        String editedBy,
        Instant editedAt,
        Instant generatedAt,
        long version) {
}
