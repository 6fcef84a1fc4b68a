package org.gongkai.accounts.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Account", description = "A staff account")
public record AccountView(
        long id,
        @Schema(example = "editor") String username,
        @Schema(example = "张编辑") String displayName,
        @Schema(example = "[\"EDITOR\"]") List<String> roles,
        Long agencyId,
        String agencyName,
        boolean districtWide,
        boolean enabled,
        boolean demo,
        long version) {
}
