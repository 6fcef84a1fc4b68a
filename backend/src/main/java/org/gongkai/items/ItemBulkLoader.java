package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.text.Text;
import org.gongkai.items.search.IndexedItem;
import org.gongkai.items.search.ItemIndexChange;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads published items in bulk — a historical catalogue, a previous platform's export, the 75,646 items of a
 * demonstration year — with JDBC batches instead of one entity at a time: ids from Hibernate's own sequence
 * pools, index numbers reserved per agency and year in one step, one IMPORT event per item, one audit row for
 * the load, and one Lucene pass after commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemBulkLoader {

    private static final Logger LOG = Logger.getLogger(ItemBulkLoader.class);
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    AgencyRepository agencies;

    @Inject
    CategoryRepository categories;

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

    /** A row's problem: its 0-based position in the list, the field, and why. */
    public record RowProblem(int index, String field, Text reason) {
    }

    /** A row that passed the checks, normalised, ready to insert. */
    public record Prepared(int index, Agency agency, Category category, ItemContent content) {
    }

    public record Checked(List<Prepared> valid, List<RowProblem> problems) {
    }

    /** How many items were loaded, their index numbers in row order, and how long it took. */
    public record LoadResult(int loaded, List<String> indexNumbers, long millis) {
    }

    /**
     * Checks every row and inserts them all, or none: any invalid row is a 400 listing every problem as
     * {@code items[i].field}.
     */
    @Transactional
    public LoadResult loadPublished(List<HistoricalItem> rows) {
        long start = System.nanoTime();
        Checked checked = check(rows);
        LOG.debugf("Checked %d rows in %d ms", rows.size(), (System.nanoTime() - start) / 1_000_000);
        if (!checked.problems().isEmpty()) {
            throw ApiException.invalid(checked.problems().stream().limit(100)
                    .map(p -> new ApiException.Violation("items[" + p.index() + "]." + p.field(), p.reason()))
                    .toList());
        }
        List<String> numbers = insert(checked.valid(), "bulk-load");
        return new LoadResult(numbers.size(), numbers, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The field rules of {@link ItemRules}, plus: the agency and category exist, the document number is unique
     * within its agency (in the database and among the rows) and the years concerned are not locked.
     */
    public Checked check(List<HistoricalItem> rows) {
        Map<Long, Agency> agencyById = agencies.listAll().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<String, Category> categoryByCode = categories.listAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        Set<String> documentNumbers = existingDocumentNumbers(rows.stream().map(HistoricalItem::agencyId)
                .filter(agencyById::containsKey).collect(Collectors.toSet()));
        Map<String, Boolean> locked = new HashMap<>();
        LocalDate today = Today.date();
        List<Prepared> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int idx = i;
            HistoricalItem r = rows.get(idx);
            List<RowProblem> mine = new ArrayList<>();
            Agency agency = agencyById.get(r.agencyId());
            if (agency == null) {
                mine.add(new RowProblem(idx, "agencyId", Text.of("发布机构不存在。", "No such agency.")));
            }
            Category category = r.categoryCode() == null ? null : categoryByCode.get(r.categoryCode().trim());
            if (category == null) {
                mine.add(new RowProblem(idx, "categoryCode", Text.of("没有代码为“" + r.categoryCode() + "”的类别。",
                        "No category with code '" + r.categoryCode() + "'.")));
            }
            ItemRules.Checked c = ItemRules.check(new ItemContent(r.title(), r.documentNumber(), r.writtenDate(),
                    r.publicationDate(), r.topic(), r.keywords(), r.summary(), r.body(), r.validity(), r.repealDate(),
                    r.channels()), category == null ? null : category.code, today, true);
            c.violations().forEach(v -> mine.add(new RowProblem(idx, v.field(), v.message())));
            if (agency != null && c.content().documentNumber() != null
                    && !documentNumbers.add(agency.id + "\u0000" + c.content().documentNumber())) {
                mine.add(new RowProblem(idx, "documentNumber", Text.of(
                        "本机关已有文号为“" + c.content().documentNumber() + "”的信息。",
                        "This agency already has an item numbered " + c.content().documentNumber() + ".")));
            }
            if (agency != null) {
                for (LocalDate d : new LocalDate[]{r.publicationDate(), r.repealDate()}) {
                    if (d != null && locked.computeIfAbsent(agency.id + "/" + d.getYear(),
                            k -> yearLocks.findLock(agency.id, d.getYear()).isPresent())) {
                        mine.add(new RowProblem(idx, d == r.publicationDate() ? "publicationDate" : "repealDate", Text.of(
                                d.getYear() + "年度报告已锁定，不能再添加该年度的信息。",
                                "The " + d.getYear() + " annual report is locked; items of that year cannot be added.")));
                    }
                }
            }
            if (mine.isEmpty()) {
                valid.add(new Prepared(idx, agency, category, c.content()));
            } else {
                problems.addAll(mine);
            }
        }
        return new Checked(valid, problems);
    }

    /** Inserts rows that passed {@link #check}; answers their index numbers in row order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> insert(List<Prepared> rows, String source) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        em.flush();
        Map<Prepared, String> numbers = indexNumbersFor(rows);
        WorkingDayCalendar workingDays = calendar.current();
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        BeforeExecutionGenerator itemIds = generator(session, DisclosureItem.class);
        BeforeExecutionGenerator eventIds = generator(session, ItemEvent.class);
        String actor = Actor.of(user);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<IndexedItem> indexed = new ArrayList<>(rows.size());
        session.doWork(conn -> {
            try (PreparedStatement item = conn.prepareStatement(INSERT_ITEM);
                 PreparedStatement channel = conn.prepareStatement(
                         "insert into item_channel (item_id, channel) values (?, ?)");
                 PreparedStatement event = conn.prepareStatement(INSERT_EVENT)) {
                int pending = 0;
                for (Prepared p : rows) {
                    long id = (Long) itemIds.generate(session, null, null, EventType.INSERT);
                    ItemContent c = p.content();
                    Lateness.Verdict late = Lateness.of(workingDays, c.writtenDate(), c.publicationDate());
                    bindItem(item, id, p, c, numbers.get(p), late, now, actor);
                    item.addBatch();
                    for (Channel ch : c.channels()) {
                        channel.setLong(1, id);
                        channel.setString(2, ch.name());
                        channel.addBatch();
                    }
                    event.setLong(1, (Long) eventIds.generate(session, null, null, EventType.INSERT));
                    event.setLong(2, id);
                    event.setObject(3, now);
                    event.setString(4, actor);
                    event.setString(5, ItemAction.IMPORT.name());
                    event.setString(6, ItemStatus.PUBLISHED.name());
                    event.setString(7, "导入 / imported: " + source);
                    event.addBatch();
                    indexed.add(new IndexedItem(id, c.title(), c.documentNumber(), c.keywords(), c.summary(),
                            HtmlBodies.text(c.body()), p.category().code, p.agency().id,
                            c.topic() == null ? null : c.topic().name(),
                            c.validity() == null ? null : c.validity().name(), c.publicationDate()));
                    if (++pending == BATCH) {
                        flush(item, channel, event);
                        pending = 0;
                    }
                }
                flush(item, channel, event);
            }
        });
        Set<String> years = new TreeSet<>();
        Set<Long> agencyIds = new TreeSet<>();
        rows.forEach(p -> {
            years.add(String.valueOf(p.content().publicationDate().getYear()));
            agencyIds.add(p.agency().id);
        });
        audit.record(ItemService.AUDIT_TYPE, "bulk", "IMPORT", agencyIds.size() == 1 ? agencyIds.iterator().next() : null,
                ChangeSet.empty().note("items", rows.size()).note("source", source)
                        .note("agencies", agencyIds.toString()).note("years", String.join(",", years)));
        indexChanges.fire(ItemIndexChange.added(indexed));
        LOG.infof("Loaded %d published items (%s) in %d ms; the search index follows after commit", rows.size(), source,
                (System.nanoTime() - start) / 1_000_000);
        return rows.stream().map(numbers::get).toList();
    }

    private static final String INSERT_ITEM = "insert into item (id, version, created_at, updated_at, status, "
            + "index_number, title, agency_id, category_id, document_number, written_date, publication_date, topic, "
            + "keywords, summary, body, validity, repeal_date, lateness, late_by_working_days, withdrawn_date, created_by) "
            + "values (?, 0, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)";

    private static final String INSERT_EVENT = "insert into item_event (id, item_id, occurred_at, actor, action, "
            + "from_status, to_status, reason) values (?, ?, ?, ?, ?, null, ?, ?)";

    private static void bindItem(PreparedStatement s, long id, Prepared p, ItemContent c, String indexNumber,
                                 Lateness.Verdict late, OffsetDateTime now, String actor) throws SQLException {
        s.setLong(1, id);
        s.setObject(2, now);
        s.setObject(3, now);
        s.setString(4, indexNumber);
        s.setString(5, c.title());
        s.setLong(6, p.agency().id);
        s.setLong(7, p.category().id);
        s.setString(8, c.documentNumber());
        s.setObject(9, c.writtenDate());
        s.setObject(10, c.publicationDate());
        s.setString(11, c.topic() == null ? null : c.topic().name());
        s.setString(12, c.keywords());
        s.setString(13, c.summary());
        s.setString(14, c.body());
        s.setString(15, c.validity() == null ? null : c.validity().name());
        if (c.repealDate() == null) {
            s.setNull(16, Types.DATE);
        } else {
            s.setObject(16, c.repealDate());
        }
        s.setString(17, late.lateness().name());
        if (late.lateByWorkingDays() == null) {
            s.setNull(18, Types.INTEGER);
        } else {
            s.setInt(18, late.lateByWorkingDays());
        }
        s.setString(19, actor);
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }

    /** Index numbers in publication order within each agency and year, reserved with one counter update each. */
    private Map<Prepared, String> indexNumbersFor(List<Prepared> rows) {
        Map<String, List<Prepared>> groups = new LinkedHashMap<>();
        for (Prepared p : rows) {
            groups.computeIfAbsent(p.agency().id + "/" + p.content().publicationDate().getYear(), k -> new ArrayList<>())
                    .add(p);
        }
        Map<Prepared, String> numbers = new IdentityHashMap<>(rows.size() * 2);
        for (List<Prepared> group : groups.values()) {
            group.sort(Comparator.comparing((Prepared p) -> p.content().publicationDate())
                    .thenComparingInt(Prepared::index));
            Agency agency = group.get(0).agency();
            int year = group.get(0).content().publicationDate().getYear();
            int first = indexNumbers.reserve(agency.id, year, group.size());
            for (int k = 0; k < group.size(); k++) {
                numbers.put(group.get(k), IndexNumbers.format(agency.catalogueCode, year, first + k));
            }
        }
        return numbers;
    }

    private Set<String> existingDocumentNumbers(Set<Long> agencyIds) {
        Set<String> out = new HashSet<>();
        if (agencyIds.isEmpty()) {
            return out;
        }
        em.createQuery("select i.agency.id, i.documentNumber from DisclosureItem i "
                        + "where i.agency.id in :a and i.documentNumber is not null", Object[].class)
                .setParameter("a", agencyIds).getResultList()
                .forEach(r -> out.add(r[0] + "\u0000" + r[1]));
        return out;
    }

    private static BeforeExecutionGenerator generator(SessionImplementor session, Class<?> entity) {
        return (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(entity).getGenerator();
    }
}
