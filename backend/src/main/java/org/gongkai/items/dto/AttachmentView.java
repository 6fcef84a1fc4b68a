package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Attachment", description = "A file attached to an item")
public record AttachmentView(
        long id,
        @Schema(example = "2024年部门预算.pdf") String fileName,
        @Schema(example = "pdf") String fileType,
        @Schema(example = "application/pdf") String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content, hex") String sha256,
        String uploadedBy,
        Instant uploadedAt,
        @Schema(example = "/api/v1/items/12/attachments/3") String downloadUrl) {
}
