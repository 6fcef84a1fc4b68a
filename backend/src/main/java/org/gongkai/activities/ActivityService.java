package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.AgencyScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life of a dated activity record, written once for press conferences, trainings, internal rules and
 * guide/catalogue versions: agency scope, date checks, year locks, optimistic locking, audit, and the keyset
 * list newest first with agency and year filters. Subclasses add their own fields.
 */
@Transactional(Transactional.TxType.SUPPORTS)
public abstract class ActivityService<E extends ActivityRecord, R extends ActivityRequest, V> {

    @Inject
    ActivityGuard guard;

    @Inject
    AgencyScope scope;

    @Inject
    AuditService audit;

    protected abstract PanacheRepository<E> repository();

    protected abstract Class<E> entityClass();

    protected abstract E newRecord();

    /** Copies and checks the type's own fields; agency and date are already set. */
    protected abstract void apply(E e, R r);

    /**
     * Checks that need a query (uniqueness), run before the record is touched: a query after a change would
     * flush it early and count the version twice.
     */
    protected void checkBeforeChange(E e, Agency agency, R r) {
    }

    /** The type's own fields, for the audit log. */
    protected abstract Map<String, Object> fields(E e);

    protected abstract V view(E e);

    protected abstract ApiException notFound();

    /** Guide versions may take effect later; records of work done may not be dated in the future. */
    protected boolean futureDatesAllowed() {
        return false;
    }

    /** The request's JSON name of the date, for the violation when it lies in the future. */
    protected String dateField() {
        return "date";
    }

    /** Extra list conditions over alias {@code e}. */
    protected void narrow(List<String> where, Parameters p) {
    }

    /** Whose records a list shows: by default the caller's agency unless district-wide. */
    protected Optional<Long> readRestriction() {
        return scope.restriction();
    }

    protected void requireReadable(E e) {
        scope.requireCanActOn(e.agency.id);
    }

    public Page<V> list(Long agencyId, Integer year, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (agencyId != null) {
            where.add("e.agency.id = :agency");
            p.and("agency", agencyId);
        }
        readRestriction().ifPresent(id -> {
            where.add("e.agency.id = :scope");
            p.and("scope", id);
        });
        if (year != null) {
            where.add("e.date between :from and :to");
            p.and("from", LocalDate.of(year, 1, 1)).and("to", LocalDate.of(year, 12, 31));
        }
        narrow(where, p);
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            where.add("(e.date < :afterDate or (e.date = :afterDate and e.id < :afterId))");
            p.and("afterDate", c.date(0)).and("afterId", c.longValue(1));
        }
        String jpql = "from " + entityClass().getSimpleName() + " e join fetch e.agency"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by e.date desc, e.id desc";
        List<E> rows = repository().find(jpql, p).range(0, page.size).list();
        return Page.of(rows, page.size, e -> Cursor.encode(e.date, e.id), this::view);
    }

    public V get(long id) {
        E e = find(id);
        requireReadable(e);
        return view(e);
    }

    @Transactional
    public V create(R r) {
        E e = newRecord();
        assign(e, r);
        repository().persist(e);
        repository().flush();
        audit.record(entityClass().getSimpleName(), e.id, "CREATE", e.agency.id, ChangeSet.created(allFields(e)));
        return view(e);
    }

    @Transactional
    public V update(long id, R r) {
        E e = find(id);
        scope.requireCanActOn(e.agency.id);
        Conflicts.requireVersion(e.version, r.version());
        guard.requireOpen(e.agency.id, e.date.getYear());
        Map<String, Object> before = allFields(e);
        assign(e, r);
        Map<String, Object> after = allFields(e);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        repository().flush();
        audit.record(entityClass().getSimpleName(), e.id, "UPDATE", e.agency.id, changes);
        return view(e);
    }

    @Transactional
    public void delete(long id, Long version) {
        E e = find(id);
        scope.requireCanActOn(e.agency.id);
        Conflicts.requireVersion(e.version, version);
        guard.requireOpen(e.agency.id, e.date.getYear());
        Map<String, Object> before = allFields(e);
        repository().delete(e);
        audit.record(entityClass().getSimpleName(), id, "DELETE", e.agency.id, ChangeSet.empty().note("deleted", before));
    }

    protected E find(long id) {
        return repository().findByIdOptional(id).orElseThrow(this::notFound);
    }

    private void assign(E e, R r) {
        Agency agency = guard.agencyForWrite(r.agencyId());
        if (!futureDatesAllowed()) {
            guard.requireNotFuture(dateField(), r.activityDate());
        }
        guard.requireOpen(agency.id, r.activityDate().getYear());
        checkBeforeChange(e, agency, r);
        e.agency = agency;
        e.date = r.activityDate();
        apply(e, r);
    }

    private Map<String, Object> allFields(E e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", e.agency.id);
        m.put("date", e.date.toString());
        m.putAll(fields(e));
        return m;
    }
}
