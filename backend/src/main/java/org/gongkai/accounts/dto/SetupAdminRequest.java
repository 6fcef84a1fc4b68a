package org.gongkai.accounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetupAdminRequest", description = "Creates the first administrator with the one-time token printed at start-up")
public record SetupAdminRequest(
        @NotBlank String setupToken,
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.-]{2,49}", message = "{org.gongkai.Username.message}") String username,
        @NotBlank @Size(max = 50) String displayName,
        @NotBlank @Size(min = 10, max = 128) String password) {
}
