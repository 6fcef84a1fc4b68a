package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ItemVocabulary", description = "The fixed code lists of items with their names")
public record Vocabulary(List<Term> topics, List<Term> channels, List<Term> validities, List<Term> statuses,
                         List<Term> actions) {

    @Schema(name = "VocabularyTerm")
    public record Term(@Schema(example = "URBAN_ENVIRONMENT") String code,
                       @Schema(example = "城乡建设、环境保护") String nameZh,
                       @Schema(example = "Urban and rural construction, environment") String nameEn) {
    }
}
