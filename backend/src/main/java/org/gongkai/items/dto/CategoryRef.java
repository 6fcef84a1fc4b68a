package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryRef", description = "A category as items show it")
public record CategoryRef(
        @Schema(example = "NORMATIVE") String code,
        @Schema(example = "行政规范性文件") String nameZh,
        @Schema(example = "Normative documents") String nameEn) {
}
