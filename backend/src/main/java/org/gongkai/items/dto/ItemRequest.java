package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.Channel;
import org.gongkai.items.Topic;
import org.gongkai.items.Validity;

import java.time.LocalDate;
import java.util.Set;

/** Create or edit a draft. Field rules (with bilingual messages) are checked by the service. */
@Schema(name = "ItemRequest", description = "The editable fields of a disclosure item (drafts only)")
public record ItemRequest(
        @Schema(required = true, maxLength = 300, example = "关于印发《东区2024年民生实事工作方案》的通知") String title,
        @Schema(required = true, description = "Publishing agency", example = "3") Long agencyId,
        @Schema(required = true, description = "Category code", example = "NORMATIVE") String categoryCode,
        @Schema(maxLength = 100, description = "文号; brackets around the year are normalised to 〔〕",
                example = "东府发〔2024〕12号") String documentNumber,
        @Schema(required = true, description = "成文日期, not in the future", example = "2024-03-15") LocalDate writtenDate,
        @Schema(description = "主题分类") Topic topic,
        @Schema(maxLength = 200, example = "民生实事 工作方案") String keywords,
        @Schema(maxLength = 1000) String summary,
        @Schema(description = "HTML; scripts, event handlers and javascript: links are removed before storing",
                example = "<p>各街道办事处、区级各部门：</p><p>现将《方案》印发给你们，请认真贯彻执行。</p>") String body,
        @Schema(description = "Only for categories RULES and NORMATIVE, where it is required") Validity validity,
        @Schema(description = "Required when validity is REPEALED", example = "2025-12-31") LocalDate repealDate,
        @Schema(description = "Channels used; WEBSITE when empty") Set<Channel> channels,
        @Schema(description = "Version read from GET; required when editing") Long version) {
}
