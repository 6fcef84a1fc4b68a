package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ApprovalRequest", description = "Approve the secrecy review and publish")
public record ApprovalRequest(
        @Schema(required = true, description = "Version read from GET") Long version,
        @Schema(description = "Publication date; today when omitted; never in the future nor before the date written",
                example = "2024-03-20") LocalDate publicationDate) {
}
