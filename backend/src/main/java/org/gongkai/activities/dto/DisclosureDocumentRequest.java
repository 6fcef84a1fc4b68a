package org.gongkai.activities.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.ActivityRequest;

import java.time.LocalDate;

@Schema(name = "DisclosureDocumentRequest", description = "A version of the disclosure guide or catalogue")
public record DisclosureDocumentRequest(
        @NotNull @Schema(example = "1") Long agencyId,
        @NotBlank @Size(max = 50) @Schema(example = "2026年版") String versionLabel,
        @NotBlank @Size(max = 200) @Schema(example = "攀枝花市东区人民政府信息公开指南") String title,
        @NotNull @Schema(description = "The day this version takes effect (may be in the future)", example = "2026-01-01")
        LocalDate effectiveDate,
        @NotBlank @Size(max = 200_000)
        @Schema(description = "HTML (sanitised on save) or plain text (paragraphs become HTML)", example = "<h2>一、公开范围</h2><p>……</p>")
        String body,
        @Size(max = 1000) @Schema(example = "更新办公地址和受理时间") String changeSummary,
        @Schema(description = "Version read from GET; required on update") Long version) implements ActivityRequest {

    @Override
    public LocalDate activityDate() {
        return effectiveDate;
    }
}
