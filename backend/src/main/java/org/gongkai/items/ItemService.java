package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.items.dto.ApprovalRequest;
import org.gongkai.items.dto.ItemEventView;
import org.gongkai.items.dto.ItemRequest;
import org.gongkai.items.dto.ItemView;
import org.gongkai.items.dto.ReasonRequest;
import org.gongkai.items.dto.ValidityRequest;
import org.gongkai.items.dto.VersionRequest;
import org.gongkai.items.search.ItemIndexChange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The life cycle of disclosure items: drafting, secrecy review, publication, withdrawal, and the validity of
 * published rules and normative documents. Every move is checked against {@link ItemTransitions}, appends an
 * {@link ItemEvent}, writes an audit row, and keeps the public search in step after commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemService {

    static final String AUDIT_TYPE = "Item";

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    AgencyRepository agencies;

    @Inject
    ItemEventRepository events;

    @Inject
    ItemAttachmentRepository attachments;

    @Inject
    IndexNumbers indexNumbers;

    @Inject
    AttachmentService attachmentService;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    @Inject
    AgencyScope scope;

    @Inject
    YearLocks yearLocks;

    @Inject
    CalendarService calendar;

    @Inject
    Event<ItemIndexChange> indexChanges;

    // ----- reading -------------------------------------------------------------------------------------------

    /** Published items for everyone; other states for editors, reviewers and administrators of the agency. */
    public ItemView get(long id) {
        DisclosureItem i = readable(id);
        boolean staffView = isStaffReader() && scope.canActOn(i.agency.id);
        List<ItemAction> actions = staffView ? ItemTransitions.allowed(i.status, user::hasRole) : List.of();
        return ItemViews.detail(i, attachments.forItem(i.id), actions, staffView ? lastReason(i) : null);
    }

    public List<ItemEventView> events(long id) {
        DisclosureItem i = find(id);
        requireStaffReader(i);
        return events.forItem(i.id).stream().map(ItemViews::event).toList();
    }

    /** The item if the caller may read it: published, or staff of its agency (403 outside, 404 for the public). */
    DisclosureItem readable(long id) {
        DisclosureItem i = find(id);
        if (i.status != ItemStatus.PUBLISHED) {
            requireStaffReader(i);
        }
        return i;
    }

    /** An action on an item: it exists (404), the caller acts for its agency (403) and may take the action in
     * the item's state (409 / 403), and read the current version (409). Answers the item and the state it moves to. */
    private record Step(DisclosureItem item, ItemStatus to) {
    }

    private Step begin(long id, ItemAction action, Long version) {
        DisclosureItem i = find(id);
        scope.requireCanActOn(i.agency.id);
        ItemStatus to = ItemTransitions.require(i.status, action, user::hasRole);
        Conflicts.requireVersion(i.version, version);
        return new Step(i, to);
    }

    DisclosureItem find(long id) {
        return items.findByIdOptional(id).orElseThrow(ItemService::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("ITEM_NOT_FOUND", "信息不存在或尚未公开。", "No such item, or it is not public.");
    }

    boolean isStaffReader() {
        return user.hasRole(Roles.EDITOR) || user.hasRole(Roles.REVIEWER) || user.hasRole(Roles.ADMIN);
    }

    private void requireStaffReader(DisclosureItem i) {
        if (!isStaffReader()) {
            throw notFound();
        }
        scope.requireCanActOn(i.agency.id);
    }

    // ----- drafting ------------------------------------------------------------------------------------------

    @Transactional
    public ItemView create(ItemRequest r) {
        Agency agency = agencyFor(r.agencyId());
        scope.requireCanActOn(agency.id);
        Category category = categoryFor(r.categoryCode(), null);
        ItemContent content = checked(r, category);
        requireUniqueDocumentNumber(agency.id, content.documentNumber(), null);
        yearLocks.requireOpen(agency.id, content.writtenDate());
        DisclosureItem i = new DisclosureItem();
        i.createdBy = user.username();
        apply(i, agency, category, content);
        items.persist(i);
        items.flush();
        event(i, ItemAction.CREATE, null, ItemStatus.DRAFT, null);
        audit.record(AUDIT_TYPE, i.id, "CREATE", agency.id, ChangeSet.created(auditFields(i)));
        return get(i.id);
    }

    @Transactional
    public ItemView update(long id, ItemRequest r) {
        DisclosureItem i = begin(id, ItemAction.EDIT, r.version()).item();
        Agency agency = agencyFor(r.agencyId());
        scope.requireCanActOn(agency.id);
        Category category = categoryFor(r.categoryCode(), i.category);
        ItemContent content = checked(r, category);
        requireUniqueDocumentNumber(agency.id, content.documentNumber(), i.id);
        yearLocks.requireOpen(i.agency.id, i.writtenDate);
        yearLocks.requireOpen(agency.id, content.writtenDate());
        Map<String, Object> before = auditFields(i);
        apply(i, agency, category, content);
        Map<String, Object> after = auditFields(i);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        items.flush();
        audit.record(AUDIT_TYPE, i.id, "UPDATE", agency.id, changes);
        return get(i.id);
    }

    /** Discards a draft with its attachments and events; the audit log keeps what it was. */
    @Transactional
    public void delete(long id, Long version) {
        DisclosureItem i = begin(id, ItemAction.DELETE, version).item();
        yearLocks.requireOpen(i.agency.id, i.writtenDate);
        Map<String, Object> was = auditFields(i);
        attachmentService.removeAll(i.id);
        // item_event is append-only for the life of an item; a discarded draft takes its events with it.
        items.getEntityManager().createNativeQuery("delete from item_event where item_id = ?1")
                .setParameter(1, i.id).executeUpdate();
        items.delete(i);
        items.flush();
        audit.record(AUDIT_TYPE, id, "DELETE", i.agency.id, ChangeSet.empty().note("deleted", was));
    }

    // ----- review and publication ------------------------------------------------------------------------------

    @Transactional
    public ItemView submit(long id, VersionRequest r) {
        Step step = begin(id, ItemAction.SUBMIT, r.version());
        DisclosureItem i = step.item();
        move(i, ItemAction.SUBMIT, step.to(), null, ChangeSet.empty());
        return get(i.id);
    }

    /**
     * The reviewer's approval of the secrecy review is the publication: the item gets its publication date
     * (today unless an earlier one is given), its index number, and its late flag.
     */
    @Transactional
    public ItemView approve(long id, ApprovalRequest r) {
        Step step = begin(id, ItemAction.APPROVE, r.version());
        DisclosureItem i = step.item();
        ItemStatus to = step.to();
        requireOtherThanSubmitter(i);
        LocalDate today = Today.date();
        LocalDate published = r.publicationDate() == null ? today : r.publicationDate();
        List<ApiException.Violation> wrong = ItemRules.publicationDateViolations(published, i.writtenDate, today);
        if (!wrong.isEmpty()) {
            throw ApiException.invalid(wrong);
        }
        yearLocks.requireOpen(i.agency.id, published);
        // Reserved before the item changes: the counter's SQL would otherwise flush the item early.
        String indexNumber = IndexNumbers.format(i.agency.catalogueCode, published.getYear(),
                indexNumbers.reserve(i.agency.id, published.getYear(), 1));
        i.publicationDate = published;
        i.indexNumber = indexNumber;
        Lateness.Verdict verdict = Lateness.of(calendar.current(), i.writtenDate, published);
        i.lateness = verdict.lateness();
        i.lateByWorkingDays = verdict.lateByWorkingDays();
        move(i, ItemAction.APPROVE, to, null, ChangeSet.empty()
                .field("publicationDate", null, published.toString())
                .field("indexNumber", null, i.indexNumber)
                .field("lateness", null, i.lateness.name()));
        indexChanges.fire(ItemIndexChange.upsert(ItemViews.indexed(i)));
        return get(i.id);
    }

    @Transactional
    public ItemView reject(long id, ReasonRequest r) {
        Step step = begin(id, ItemAction.REJECT, r.version());
        DisclosureItem i = step.item();
        ItemStatus to = step.to();
        String reason = ItemRules.requireReason(r.reason());
        move(i, ItemAction.REJECT, to, reason, ChangeSet.empty());
        return get(i.id);
    }

    @Transactional
    public ItemView withdraw(long id, ReasonRequest r) {
        Step step = begin(id, ItemAction.WITHDRAW, r.version());
        DisclosureItem i = step.item();
        ItemStatus to = step.to();
        String reason = ItemRules.requireReason(r.reason());
        LocalDate today = Today.date();
        yearLocks.requireOpen(i.agency.id, i.publicationDate);
        yearLocks.requireOpen(i.agency.id, today);
        i.withdrawnDate = today;
        move(i, ItemAction.WITHDRAW, to, reason, ChangeSet.empty().field("withdrawnDate", null, today.toString()));
        indexChanges.fire(ItemIndexChange.delete(i.id));
        return get(i.id);
    }

    /** A published rule or normative document is repealed (or a wrong repeal is undone). */
    @Transactional
    public ItemView changeValidity(long id, ValidityRequest r) {
        Step step = begin(id, ItemAction.CHANGE_VALIDITY, r.version());
        DisclosureItem i = step.item();
        ItemStatus to = step.to();
        if (!Category.hasValidity(i.category.code)) {
            throw ApiException.conflict("VALIDITY_NOT_APPLICABLE", "只有规章和行政规范性文件才有有效性。",
                    "Only rules and normative documents have a validity.");
        }
        if (r.validity() == null) {
            throw ApiException.invalidField("validity", "请选择有效性。", "Choose the validity.");
        }
        List<ApiException.Violation> wrong = ItemRules.validityViolations(i.category.code, r.validity(), r.repealDate(),
                i.writtenDate, Today.date());
        if (!wrong.isEmpty()) {
            throw ApiException.invalid(wrong);
        }
        if (r.validity() == i.validity && Objects.equals(r.repealDate(), i.repealDate)) {
            return get(i.id);
        }
        yearLocks.requireOpen(i.agency.id, i.repealDate);
        yearLocks.requireOpen(i.agency.id, r.repealDate());
        ChangeSet changes = ChangeSet.empty()
                .field("validity", name(i.validity), r.validity().name())
                .field("repealDate", str(i.repealDate), str(r.repealDate()));
        String reason = describe(i.validity, i.repealDate) + " → " + describe(r.validity(), r.repealDate());
        i.validity = r.validity();
        i.repealDate = r.repealDate();
        move(i, ItemAction.CHANGE_VALIDITY, to, reason, changes);
        indexChanges.fire(ItemIndexChange.upsert(ItemViews.indexed(i)));
        return get(i.id);
    }

    // ----- helpers ---------------------------------------------------------------------------------------------

    private void move(DisclosureItem i, ItemAction action, ItemStatus to, String reason, ChangeSet changes) {
        ItemStatus from = i.status;
        i.status = to;
        items.flush();
        event(i, action, from, to, reason);
        changes.field("status", from.name(), to.name());
        if (reason != null) {
            changes.note("reason", reason);
        }
        audit.record(AUDIT_TYPE, i.id, action.name(), i.agency.id, changes);
    }

    private void event(DisclosureItem i, ItemAction action, ItemStatus from, ItemStatus to, String reason) {
        events.persist(ItemEvent.of(i.id, user.username(), action, from, to, reason));
    }

    /** 保密审查 needs a second person: whoever submitted the item cannot approve it. */
    private void requireOtherThanSubmitter(DisclosureItem i) {
        events.find("itemId = ?1 and action = ?2 order by id desc", i.id, ItemAction.SUBMIT).firstResultOptional()
                .filter(e -> e.actor.equals(user.username()))
                .ifPresent(e -> {
                    throw ApiException.forbidden("SELF_REVIEW", "提交审查的人不能审查自己提交的信息，请由另一位审核人员审查。",
                            "Whoever submitted an item cannot review it; another reviewer must.");
                });
    }

    private String lastReason(DisclosureItem i) {
        if (i.status != ItemStatus.DRAFT && i.status != ItemStatus.WITHDRAWN) {
            return null;
        }
        return events.find("itemId = ?1 and action in ?2 order by id desc", i.id,
                        List.of(ItemAction.REJECT, ItemAction.WITHDRAW)).firstResultOptional()
                .filter(e -> e.toStatus == i.status)
                .map(e -> e.reason).orElse(null);
    }

    private ItemContent checked(ItemRequest r, Category category) {
        ItemContent raw = new ItemContent(r.title(), r.documentNumber(), r.writtenDate(), null, r.topic(),
                r.keywords(), r.summary(), r.body(), r.validity(), r.repealDate(), r.channels());
        ItemRules.Checked c = ItemRules.check(raw, category.code, Today.date(), false);
        if (!c.ok()) {
            throw ApiException.invalid(c.violations());
        }
        return c.content();
    }

    private static void apply(DisclosureItem i, Agency agency, Category category, ItemContent c) {
        i.agency = agency;
        i.category = category;
        i.title = c.title();
        i.documentNumber = c.documentNumber();
        i.writtenDate = c.writtenDate();
        i.topic = c.topic();
        i.keywords = c.keywords();
        i.summary = c.summary();
        i.body = c.body();
        i.validity = c.validity();
        i.repealDate = c.repealDate();
        i.channels.clear();
        i.channels.addAll(c.channels());
    }

    Agency agencyFor(Long agencyId) {
        if (agencyId == null) {
            throw ApiException.invalidField("agencyId", "请选择发布机构。", "Choose the publishing agency.");
        }
        Agency a = agencies.findByIdOptional(agencyId).orElseThrow(() ->
                ApiException.invalidField("agencyId", "发布机构不存在。", "No such agency."));
        if (!a.active) {
            throw ApiException.invalidField("agencyId", "该机关已停用。", "This agency is no longer active.");
        }
        return a;
    }

    /** The category by code; an inactive one only when the item already has it (editing an old draft). */
    Category categoryFor(String code, Category current) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("categoryCode", "请选择类别。", "Choose a category.");
        }
        Category c = categories.findByCode(code.trim()).orElseThrow(() -> ApiException.invalidField("categoryCode",
                "没有代码为“" + code + "”的类别。", "No category with code '" + code + "'."));
        if (!c.active && (current == null || !current.id.equals(c.id))) {
            throw ApiException.invalidField("categoryCode", "类别“" + c.nameZh + "”已停用。",
                    "The category '" + c.nameEn + "' is no longer in use.");
        }
        return c;
    }

    private void requireUniqueDocumentNumber(Long agencyId, String documentNumber, Long self) {
        if (documentNumber == null) {
            return;
        }
        items.findByDocumentNumber(agencyId, documentNumber).filter(o -> !o.id.equals(self)).ifPresent(o -> {
            throw ApiException.invalidField("documentNumber", "本机关已有文号为“" + documentNumber + "”的信息：" + o.title,
                    "This agency already has an item numbered " + documentNumber + ": " + o.title);
        });
    }

    private static Map<String, Object> auditFields(DisclosureItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", i.title);
        m.put("agencyId", i.agency == null ? null : i.agency.id);
        m.put("categoryCode", i.category == null ? null : i.category.code);
        m.put("documentNumber", i.documentNumber);
        m.put("writtenDate", str(i.writtenDate));
        m.put("topic", name(i.topic));
        m.put("keywords", i.keywords);
        m.put("summary", i.summary);
        m.put("body", fingerprint(i.body));
        m.put("validity", name(i.validity));
        m.put("repealDate", str(i.repealDate));
        m.put("channels", i.channels == null ? null : new TreeSet<>(EnumSet.copyOf(
                i.channels.isEmpty() ? EnumSet.noneOf(Channel.class) : i.channels)).toString());
        return m;
    }

    /** The body is too long for the audit log: its length and a hash show that (and whether) it changed. */
    private static String fingerprint(String body) {
        if (body == null) {
            return null;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return body.length() + " chars, sha256 " + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Validity v, LocalDate repeal) {
        if (v == null) {
            return "-";
        }
        return v.label().zh() + (repeal == null ? "" : "（" + repeal + "）");
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
