package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.items.search.ItemIndexChange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Publishes documents whose approval happened in another workflow — above all the annual report, locked and
 * published by an administrator or reviewer in the reports feature — straight into the catalogue, without a
 * second secrecy review: index number, late flag, an optional attachment, a PUBLISH event, an audit row, the
 * search index. Publishing again (a report unlocked and published anew) replaces title, body and attachment of
 * the same item, which keeps its index number and publication date (REPUBLISH event).
 */
@ApplicationScoped
public class DirectPublication {

    @Inject
    ItemService items;

    @Inject
    ItemRepository repository;

    @Inject
    ItemEventRepository events;

    @Inject
    AttachmentService attachmentService;

    @Inject
    IndexNumbers indexNumbers;


    @Inject
    YearLocks yearLocks;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    @Inject
    Event<ItemIndexChange> indexChanges;

    /**
     * What to publish. {@code attachmentName} and {@code attachment} go together (both null for none); the file
     * is checked like an upload (type by content and extension).
     */
    public record Publication(long agencyId, String categoryCode, String title, String documentNumber,
                              LocalDate writtenDate, String bodyHtml, String attachmentName, byte[] attachment) {
    }

    /** Publishes, or republishes {@code existingItemId}; answers the item's id. */
    @Transactional
    public long publish(Publication p, Long existingItemId) {
        Agency agency = items.agencyFor(p.agencyId());
        Category category = items.categoryFor(p.categoryCode(), null);
        LocalDate today = Today.date();
        ItemRules.Checked checked = ItemRules.check(new ItemContent(p.title(), p.documentNumber(), p.writtenDate(),
                null, null, null, null, p.bodyHtml(), null, null, null), category.code, today, false);
        if (!checked.ok()) {
            throw ApiException.invalid(checked.violations());
        }
        ItemContent c = checked.content();
        FileTypes.Kind kind = p.attachment() == null ? null : FileTypes.byExtension(p.attachmentName())
                .orElseThrow(() -> ApiException.unsupportedMediaType("不支持该类型的附件。", "This type of attachment is not accepted."));
        DisclosureItem i;
        ItemAction action;
        if (existingItemId == null) {
            yearLocks.requireOpen(agency.id, today);
            String number = IndexNumbers.format(agency.catalogueCode, today.getYear(),
                    indexNumbers.reserve(agency.id, today.getYear(), 1));
            i = new DisclosureItem();
            i.agency = agency;
            i.category = category;
            i.createdBy = Actor.of(user);
            i.status = ItemStatus.PUBLISHED;
            i.publicationDate = today;
            i.indexNumber = number;
            i.channels = EnumSet.of(Channel.WEBSITE);
            apply(i, c);
            Lateness.Verdict late = Lateness.of(calendar.current(), i.writtenDate, today);
            i.lateness = late.lateness();
            i.lateByWorkingDays = late.lateByWorkingDays();
            repository.persist(i);
            repository.flush();
            action = ItemAction.PUBLISH;
        } else {
            i = items.find(existingItemId);
            if (i.status != ItemStatus.PUBLISHED) {
                throw ItemTransitions.illegal(i.status, ItemAction.REPUBLISH);
            }
            yearLocks.requireOpen(i.agency.id, i.publicationDate);
            apply(i, c);
            attachmentService.removeAll(i.id);
            repository.flush();
            action = ItemAction.REPUBLISH;
        }
        if (kind != null) {
            attach(i, p.attachmentName(), p.attachment(), kind);
        }
        events.persist(ItemEvent.of(i.id, Actor.of(user), action,
                action == ItemAction.PUBLISH ? null : ItemStatus.PUBLISHED, ItemStatus.PUBLISHED, null));
        audit.record(ItemService.AUDIT_TYPE, i.id, action.name(), i.agency.id, ChangeSet.empty()
                .note("title", i.title).note("indexNumber", i.indexNumber).note("category", category.code)
                .note("attachment", p.attachmentName()));
        indexChanges.fire(ItemIndexChange.upsert(ItemViews.indexed(i)));
        return i.id;
    }

    private static void apply(DisclosureItem i, ItemContent c) {
        i.title = c.title();
        i.documentNumber = c.documentNumber();
        i.writtenDate = c.writtenDate();
        i.body = c.body();
    }

    private void attach(DisclosureItem i, String name, byte[] content, FileTypes.Kind kind) {
        try {
            Path tmp = Files.createTempFile("gongkai-publication", "." + kind.extension);
            try {
                Files.write(tmp, content);
                AttachmentService.requireContent(tmp, content.length, kind);
                attachmentService.keep(i.id, tmp, AttachmentService.fileName(name), kind);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
