package org.gongkai.readingpoints;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.readingpoints.dto.ReadingPointKindView;
import org.gongkai.readingpoints.dto.ReadingPointRequest;
import org.gongkai.readingpoints.dto.ReadingPointView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading points: the public list, administration, and the checks every visit or tally goes through before
 * it is written (the point exists, the caller may act on its agency, the day is within its opening period,
 * not in the future, and not in a locked year).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingPointService {

    /** Which points a list shows: those open today (the portal's default), those closed, or all. */
    @Schema(name = "ReadingPointStatus")
    public enum Status { ACTIVE, INACTIVE, ALL }

    public record Filter(Long agencyId, ReadingPointKind kind, Status status) {
    }

    @Inject
    ReadingPointRepository repository;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyScope scope;

    @Inject
    YearLocks yearLocks;

    @Inject
    AuditService audit;

    public List<ReadingPointKindView> kinds() {
        return Arrays.stream(ReadingPointKind.values())
                .map(k -> new ReadingPointKindView(k, k.label(), k.group())).toList();
    }

    public Page<ReadingPointView> list(Filter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.agencyId() != null) {
            where.add("p.agency.id = :agency");
            p.and("agency", f.agencyId());
        }
        if (f.kind() != null) {
            where.add("p.kind = :kind");
            p.and("kind", f.kind());
        }
        Status status = f.status() == null ? Status.ACTIVE : f.status();
        if (status != Status.ALL) {
            where.add(status == Status.ACTIVE
                    ? "p.activeFrom <= :today and (p.activeTo is null or p.activeTo >= :today)"
                    : "(p.activeFrom > :today or p.activeTo < :today)");
            p.and("today", ChinaDate.today());
        }
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            where.add("(p.name > :afterName or (p.name = :afterName and p.id > :afterId))");
            p.and("afterName", c.string(0)).and("afterId", c.longValue(1));
        }
        String jpql = "from ReadingPoint p join fetch p.agency"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by p.name, p.id";
        List<ReadingPoint> rows = repository.find(jpql, p).range(0, page.size).list();
        return Page.of(rows, page.size, r -> Cursor.encode(r.name, r.id), ReadingPointService::view);
    }

    public ReadingPointView get(long id) {
        return view(find(id));
    }

    @Transactional
    public ReadingPointView create(ReadingPointRequest r) {
        Agency agency = agencyForWrite(r.agencyId());
        requireValidPeriod(r);
        requireUniqueName(agency.id, r.name().trim(), null);
        ReadingPoint p = new ReadingPoint();
        p.agency = agency;
        apply(p, r);
        requireYearsOpen(agency.id, p.activeFrom, p.activeTo);
        repository.persist(p);
        repository.flush();
        audit.record("ReadingPoint", p.id, "CREATE", agency.id, ChangeSet.created(fields(p)));
        return view(p);
    }

    @Transactional
    public ReadingPointView update(long id, ReadingPointRequest r) {
        ReadingPoint p = find(id);
        scope.requireCanActOn(p.agency.id);
        Conflicts.requireVersion(p.version, r.version());
        requireValidPeriod(r);
        Agency agency = p.agency;
        if (!p.agency.id.equals(r.agencyId())) {
            agency = agencyForWrite(r.agencyId());
            if (repository.inUse(p.id)) {
                throw ApiException.conflict("READING_POINT_IN_USE", "该查阅点已有接待记录或移交记录，不能改为其他机关的查阅点；请停用后为新机关另建查阅点。",
                        "This reading point already has logged visits or transfers and cannot move to another agency; "
                                + "close it and create a new point for the other agency.");
            }
        }
        requireUniqueName(agency.id, r.name().trim(), p.id);
        requireRecordsInside(p, r.activeFrom(), r.activeTo());
        if (p.kind != r.kind() || !agency.id.equals(p.agency.id)) {
            // Statistics of every year the point was open would change.
            requireYearsOpen(p.agency.id, p.activeFrom, p.activeTo);
        }
        requirePeriodChangeOpen(p.agency.id, p.activeFrom, r.activeFrom());
        requirePeriodChangeOpen(p.agency.id, p.activeTo == null ? ChinaDate.today() : p.activeTo,
                r.activeTo() == null ? ChinaDate.today() : r.activeTo());
        Map<String, Object> before = fields(p);
        p.agency = agency;
        apply(p, r);
        Map<String, Object> after = fields(p);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        repository.flush();
        audit.record("ReadingPoint", p.id, "UPDATE", p.agency.id, changes);
        return view(p);
    }

    @Transactional
    public void delete(long id, Long version) {
        ReadingPoint p = find(id);
        scope.requireCanActOn(p.agency.id);
        Conflicts.requireVersion(p.version, version);
        if (repository.inUse(p.id)) {
            throw ApiException.conflict("READING_POINT_IN_USE", "该查阅点已有接待记录或移交记录，不能删除；如已不再开放，请填写停用日期。",
                    "This reading point has logged visits or transfers and cannot be deleted; set its last day open instead.");
        }
        requireYearsOpen(p.agency.id, p.activeFrom, p.activeTo);
        Map<String, Object> before = fields(p);
        repository.delete(p);
        audit.record("ReadingPoint", id, "DELETE", p.agency.id, ChangeSet.empty().note("deleted", before));
    }

    public ReadingPoint find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("READING_POINT_NOT_FOUND",
                "查阅点不存在。", "No such reading point."));
    }

    /**
     * The point, when the caller may read and write its logs: its agency is the caller's, or the caller is
     * district-wide.
     */
    public ReadingPoint findInScope(long id) {
        ReadingPoint p = find(id);
        scope.requireCanActOn(p.agency.id);
        return p;
    }

    /**
     * A visit or tally may be dated only on a day the point was open, not in the future, and not in a year whose
     * annual report is locked.
     */
    public void requireLoggable(ReadingPoint p, LocalDate date, String field) {
        if (date.isAfter(ChinaDate.today())) {
            throw ApiException.invalidField(field, "日期不能晚于今天（" + ChinaDate.today() + "）。",
                    "The date cannot be after today (" + ChinaDate.today() + ").");
        }
        if (!p.activeOn(date)) {
            throw ApiException.invalidField(field, "“" + p.name + "”在 " + date + " 未开放（开放期间：" + period(p) + "）。",
                    "“" + p.name + "” was not open on " + date + " (open " + period(p) + ").");
        }
        yearLocks.requireOpen(p.agency.id, date);
    }

    static String period(ReadingPoint p) {
        return p.activeFrom + " – " + (p.activeTo == null ? "" : p.activeTo.toString());
    }

    private Agency agencyForWrite(Long agencyId) {
        Agency a = agencies.findByIdOptional(agencyId).orElseThrow(() ->
                ApiException.invalidField("agencyId", "机关不存在。", "No such agency."));
        scope.requireCanActOn(a.id);
        return a;
    }

    private static void requireValidPeriod(ReadingPointRequest r) {
        if (r.activeTo() != null && r.activeTo().isBefore(r.activeFrom())) {
            throw ApiException.invalidField("activeTo", "停用日期不能早于启用日期。",
                    "The last day open cannot be before the first day open.");
        }
    }

    private void requireUniqueName(long agencyId, String name, Long self) {
        repository.findByName(name, agencyId).stream().filter(o -> !o.id.equals(self)).findFirst().ifPresent(o -> {
            throw ApiException.invalidField("name", "本机关已有同名查阅点。", "This agency already has a reading point with this name.");
        });
    }

    /** Narrowing the opening period must not leave logged visits or tallies outside it. */
    private void requireRecordsInside(ReadingPoint p, LocalDate from, LocalDate to) {
        long before = countRecords(p.id, "< ?2", from);
        if (before > 0) {
            throw ApiException.invalidField("activeFrom", "已有 " + before + " 条接待记录早于新的启用日期。",
                    before + " logged visits or tallies are dated before the new first day open.");
        }
        if (to != null) {
            long after = countRecords(p.id, "> ?2", to);
            if (after > 0) {
                throw ApiException.invalidField("activeTo", "已有 " + after + " 条接待记录晚于新的停用日期。",
                        after + " logged visits or tallies are dated after the new last day open.");
            }
        }
    }

    private long countRecords(long pointId, String comparison, LocalDate date) {
        var em = repository.getEntityManager();
        return em.createQuery("select count(v) from ReadingPointVisit v where v.point.id = ?1 and v.date " + comparison,
                        Long.class).setParameter(1, pointId).setParameter(2, date).getSingleResult()
                + em.createQuery("select count(t) from ReadingPointTally t where t.point.id = ?1 and t.date " + comparison,
                        Long.class).setParameter(1, pointId).setParameter(2, date).getSingleResult();
    }

    /** Moving an opening boundary changes the "points open during the year" count of every year in between. */
    private void requirePeriodChangeOpen(long agencyId, LocalDate from, LocalDate to) {
        if (!from.equals(to)) {
            requireYearsOpen(agencyId, from.isBefore(to) ? from : to, from.isBefore(to) ? to : from);
        }
    }

    private void requireYearsOpen(long agencyId, LocalDate from, LocalDate to) {
        int last = (to == null || to.isAfter(ChinaDate.today()) ? ChinaDate.today() : to).getYear();
        for (int y = from.getYear(); y <= last; y++) {
            yearLocks.requireOpen(agencyId, y);
        }
    }

    private static void apply(ReadingPoint p, ReadingPointRequest r) {
        p.kind = r.kind();
        p.name = r.name().trim();
        p.address = blankToNull(r.address());
        p.openingHours = blankToNull(r.openingHours());
        p.phone = blankToNull(r.phone());
        p.description = blankToNull(r.description());
        p.activeFrom = r.activeFrom();
        p.activeTo = r.activeTo();
    }

    private static Map<String, Object> fields(ReadingPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", p.agency.id);
        m.put("kind", p.kind.name());
        m.put("name", p.name);
        m.put("address", p.address);
        m.put("openingHours", p.openingHours);
        m.put("phone", p.phone);
        m.put("description", p.description);
        m.put("activeFrom", p.activeFrom.toString());
        m.put("activeTo", p.activeTo == null ? null : p.activeTo.toString());
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static ReadingPointView view(ReadingPoint p) {
        return new ReadingPointView(p.id, p.agency.id, p.agency.name, p.kind, p.kind.label(), p.name, p.address,
                p.openingHours, p.phone, p.description, p.activeFrom, p.activeTo, p.activeOn(ChinaDate.today()),
                p.version);
    }
}
