package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevealRequest", description = "Why the full personal data is needed (recorded in the audit log)")
public record RevealRequest(
        @NotBlank @Size(min = 2, max = 300) @Schema(example = "邮寄答复书需核对收件人身份") String reason) {
}
