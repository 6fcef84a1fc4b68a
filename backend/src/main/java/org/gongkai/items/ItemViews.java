package org.gongkai.items;

import org.gongkai.items.dto.AttachmentView;
import org.gongkai.items.dto.CategoryRef;
import org.gongkai.items.dto.ItemEventView;
import org.gongkai.items.dto.ItemSummary;
import org.gongkai.items.dto.ItemView;
import org.gongkai.items.search.IndexedItem;

import java.util.EnumSet;
import java.util.List;

/** Entity to response mapping of the items feature (entities never leave the services). */
public final class ItemViews {

    private ItemViews() {
    }

    public static CategoryRef category(Category c) {
        return new CategoryRef(c.code, c.nameZh, c.nameEn);
    }

    public static ItemSummary summary(DisclosureItem i) {
        return new ItemSummary(i.id, i.status, i.indexNumber, i.title, i.agency.id, i.agency.name, category(i.category),
                i.documentNumber, i.writtenDate, i.publicationDate, i.topic, i.validity, i.lateness,
                i.lateByWorkingDays, i.updatedAt, i.version);
    }

    public static ItemView detail(DisclosureItem i, List<ItemAttachment> attachments, List<ItemAction> actions,
                                  String lastReason) {
        return new ItemView(i.id, i.status, i.indexNumber, i.title, i.agency.id, i.agency.name, category(i.category),
                i.documentNumber, i.writtenDate, i.publicationDate, i.topic, i.keywords, i.summary, i.body,
                i.validity, i.repealDate, i.channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(i.channels),
                i.lateness, i.lateByWorkingDays, i.withdrawnDate, i.createdBy, i.createdAt, i.updatedAt, i.version,
                attachments.stream().map(ItemViews::attachment).toList(), actions, lastReason);
    }

    public static AttachmentView attachment(ItemAttachment a) {
        return new AttachmentView(a.id, a.fileName, a.fileType, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy,
                a.createdAt, "/api/v1/items/" + a.itemId + "/attachments/" + a.id);
    }

    public static ItemEventView event(ItemEvent e) {
        return new ItemEventView(e.id, e.occurredAt, e.actor, e.action, e.fromStatus, e.toStatus, e.reason);
    }

    /** What the public search keeps of a published item. */
    public static IndexedItem indexed(DisclosureItem i) {
        return new IndexedItem(i.id, i.title, i.documentNumber, i.keywords, i.summary, HtmlBodies.text(i.body),
                i.category.code, i.agency.id, i.topic == null ? null : i.topic.name(),
                i.validity == null ? null : i.validity.name(), i.publicationDate);
    }
}
