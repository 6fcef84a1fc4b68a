package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Reject or withdraw, with the reason")
public record ReasonRequest(
        @Schema(required = true, description = "Version read from GET") Long version,
        @Schema(required = true, maxLength = 1000, example = "附件中含有个人身份证号码，请删除后重新提交。") String reason) {
}
