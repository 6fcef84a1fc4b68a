package org.gongkai.accounts.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.security.Role;

import java.util.Set;

@Schema(name = "AccountUpdateRequest")
public record AccountUpdateRequest(
        @NotBlank @Size(max = 50) String displayName,
        @NotEmpty Set<@NotNull Role> roles,
        Long agencyId,
        boolean districtWide,
        boolean enabled,
        @Schema(description = "Version read from GET") Long version) {
}
