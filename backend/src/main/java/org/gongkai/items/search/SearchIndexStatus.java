package org.gongkai.items.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "SearchIndexStatus", description = "The state of the public search index")
public record SearchIndexStatus(
        @Schema(description = "Documents (published items) in the index") int documents,
        @Schema(description = "A rebuild is running") boolean rebuilding,
        @Schema(description = "When the last rebuild finished; null if none since start-up") Instant lastRebuildAt,
        @Schema(description = "Items indexed by the last rebuild") Integer lastRebuildDocuments,
        @Schema(description = "Duration of the last rebuild in milliseconds") Long lastRebuildMillis) {
}
