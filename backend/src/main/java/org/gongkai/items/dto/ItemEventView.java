package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.ItemAction;
import org.gongkai.items.ItemStatus;

import java.time.Instant;

@Schema(name = "ItemEvent", description = "One move in an item's life cycle")
public record ItemEventView(
        long id,
        Instant occurredAt,
        @Schema(example = "reviewer") String actor,
        ItemAction action,
        ItemStatus fromStatus,
        ItemStatus toStatus,
        @Schema(example = "附件中含有个人身份证号码，请删除后重新提交。") String reason) {
}
