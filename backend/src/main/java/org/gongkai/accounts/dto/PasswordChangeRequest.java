package org.gongkai.accounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordChangeRequest", description = "currentPassword is required when changing one's own password")
public record PasswordChangeRequest(String currentPassword, @NotBlank @Size(min = 8, max = 128) String newPassword) {
}
