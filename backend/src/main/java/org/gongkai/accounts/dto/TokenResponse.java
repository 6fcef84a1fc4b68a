package org.gongkai.accounts.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "Signed JWT; send as 'Authorization: Bearer …'") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "7200") long expiresIn,
        AccountView account) {
}
