package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SearchResults", description = "A page of search hits, best first")
public record SearchResults(
        List<SearchHit> items,
        @Schema(description = "Cursor of the next page; null on the last page") String nextCursor,
        int size,
        @Schema(description = "Number of published items that match (all pages)") long total) {

    @Schema(name = "SearchHit")
    public record SearchHit(
            ItemSummary item,
            @Schema(description = "Relevance (higher is better)") float score,
            HitHighlights highlights) {
    }

    @Schema(name = "SearchHighlights", description = "HTML in which all text is escaped and matches are wrapped in "
            + "<em>; no other markup")
    public record HitHighlights(
            @Schema(example = "关于东区<em>住房保障</em>工作的通知") String title,
            @Schema(example = "…进一步做好<em>住房保障</em>工作，现就有关事项通知如下…") String body) {
    }
}
