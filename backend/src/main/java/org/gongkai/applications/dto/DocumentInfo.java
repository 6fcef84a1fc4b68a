package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.DocumentKind;

@Schema(name = "DocumentInfo", description = "A document that can be generated for the application")
public record DocumentInfo(DocumentKind kind, @Schema(example = "政府信息公开申请答复书") String title,
                           @Schema(description = "For consultation letters: which consultation") Long eventId,
                           @Schema(example = "/api/v1/applications/42/documents/DECISION") String href) {
}
