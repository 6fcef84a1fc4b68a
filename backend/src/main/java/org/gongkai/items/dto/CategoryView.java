package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.Category;

@Schema(name = "Category", description = "A category of the disclosure catalogue")
public record CategoryView(
        long id,
        @Schema(example = "NORMATIVE") String code,
        @Schema(example = "行政规范性文件") String nameZh,
        @Schema(example = "Normative documents") String nameEn,
        Category.Scheme scheme,
        int sortOrder,
        boolean active,
        @Schema(description = "Published items in this category (public catalogue count)") long publishedCount,
        @Schema(description = "Some item uses the category, so its code can no longer change") boolean used,
        long version) {
}
