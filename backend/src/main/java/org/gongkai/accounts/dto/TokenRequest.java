package org.gongkai.accounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest")
public record TokenRequest(@NotBlank @Size(max = 50) @Schema(example = "editor") String username,
                           @NotBlank @Size(max = 128) @Schema(example = "gongkai-demo") String password) {
}
