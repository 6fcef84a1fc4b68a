package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * Table 四 for a year: per kind of case, those closed in the year by result, those pending at its end (filed by
 * 31 December and not closed by then), and their total.
 */
@Schema(name = "ApplicationAppealFigures")
public record AppealFigures(int year, Map<AppealKind, Block> blocks) {

    @Schema(name = "ApplicationAppealBlock")
    public record Block(long upheld, long corrected, long other, long pending, long total) {
        public static Block of(long upheld, long corrected, long other, long pending) {
            return new Block(upheld, corrected, other, pending, upheld + corrected + other + pending);
        }
    }

    public Block block(AppealKind kind) {
        return blocks.getOrDefault(kind, Block.of(0, 0, 0, 0));
    }
}
