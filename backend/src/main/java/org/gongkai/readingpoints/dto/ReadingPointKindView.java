package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.ReadingPointKind;

@Schema(name = "ReadingPointKindInfo", description = "A kind of reading point with its names and report group")
public record ReadingPointKindView(
        @Schema(example = "ARCHIVES") ReadingPointKind kind,
        Text label,
        @Schema(example = "PUBLIC_READING_POINT") ReadingPointKind.Group group) {
}
