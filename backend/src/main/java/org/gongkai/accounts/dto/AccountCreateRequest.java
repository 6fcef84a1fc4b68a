package org.gongkai.accounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.security.Role;

import java.util.Set;

@Schema(name = "AccountCreateRequest")
public record AccountCreateRequest(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_.-]{2,49}", message = "{org.gongkai.Username.message}")
        @Schema(example = "wang.caseworker") String username,
        @NotBlank @Size(max = 50) @Schema(example = "王办理") String displayName,
        @NotBlank @Size(min = 8, max = 128) String password,
        @NotEmpty Set<@NotNull Role> roles,
        Long agencyId,
        boolean districtWide) {
}
