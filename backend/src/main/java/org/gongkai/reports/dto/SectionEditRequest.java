package org.gongkai.reports.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionEditRequest")
public record SectionEditRequest(
        @NotBlank(message = "{org.gongkai.reports.SectionText.message}") @Size(max = 20000)
        @Schema(description = "The section's text, paragraphs separated by line breaks",
                example = "本年度我区未收到政府信息公开申请。") String text,
        @Schema(description = "The section's version as read") Long version) {
}
