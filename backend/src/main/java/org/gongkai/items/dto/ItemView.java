package org.gongkai.items.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.items.Channel;
import org.gongkai.items.ItemAction;
import org.gongkai.items.ItemStatus;
import org.gongkai.items.Lateness;
import org.gongkai.items.Topic;
import org.gongkai.items.Validity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Schema(name = "Item", description = "A disclosure item with its metadata, body and attachments")
public record ItemView(
        long id,
        ItemStatus status,
        @Schema(description = "索引号; null until published", example = "DQ-CZJ/2024-00017") String indexNumber,
        @Schema(example = "关于印发《东区2024年民生实事工作方案》的通知") String title,
        long agencyId,
        @Schema(example = "攀枝花市东区人民政府办公室") String agencyName,
        CategoryRef category,
        @Schema(example = "东府办发〔2024〕5号") String documentNumber,
        LocalDate writtenDate,
        LocalDate publicationDate,
        Topic topic,
        String keywords,
        String summary,
        @Schema(description = "Sanitised HTML") String body,
        Validity validity,
        LocalDate repealDate,
        Set<Channel> channels,
        @Schema(description = "ON_TIME, LATE (published more than 20 working days after it was written) or UNKNOWN "
                + "(holiday calendar of a year missing); null before publication") Lateness lateness,
        @Schema(description = "Working days beyond the 20-day limit when LATE") Integer lateByWorkingDays,
        LocalDate withdrawnDate,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<AttachmentView> attachments,
        @Schema(description = "What the caller may do now (the console's buttons)") List<ItemAction> allowedActions,
        @Schema(description = "Reason of the latest rejection or withdrawal, for staff") String lastReason) {
}
