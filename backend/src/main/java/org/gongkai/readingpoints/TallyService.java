package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.dto.DaySummaryView;
import org.gongkai.readingpoints.dto.TallyRequest;
import org.gongkai.readingpoints.dto.TallyView;
import org.gongkai.readingpoints.dto.VisitView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily tallies (one per point and day) and the day's summary the clerk's entry screen shows. A tally is
 * addressed by its day; a second tally for the same day is refused unless it is an update carrying the version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TallyService {

    /** What {@link #put} did, so the resource can answer 201 for a new tally and 200 for a changed one. */
    public record PutResult(TallyView tally, boolean created) {
    }

    @Inject
    TallyRepository repository;

    @Inject
    VisitRepository visits;

    @Inject
    ReadingPointService points;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser user;

    @Inject
    YearLocks yearLocks;

    @Inject
    AuditService audit;

    public Page<TallyView> list(LogFilter filter, PageRequest page) {
        if (filter.pointId() != null) {
            points.findInScope(filter.pointId());
        }
        LogFilter.Query q = filter.query("ReadingPointTally", scope.restriction(), page.decodedCursor());
        List<ReadingPointTally> rows = repository.find(q.jpql(), q.parameters()).range(0, page.size).list();
        return Page.of(rows, page.size, t -> Cursor.encode(t.date, t.id), TallyService::view);
    }

    public TallyView get(long pointId, LocalDate date) {
        ReadingPoint point = points.findInScope(pointId);
        return view(repository.findByPointAndDate(point.id, date).orElseThrow(() -> notFound(date)));
    }

    /** POST: a new tally; the day must not have one yet. */
    @Transactional
    public TallyView create(long pointId, TallyRequest r) {
        if (r.date() == null) {
            throw ApiException.invalidField("date", "请填写日期。", "The date is required.");
        }
        ReadingPoint point = points.findInScope(pointId);
        repository.findByPointAndDate(point.id, r.date()).ifPresent(existing -> {
            throw exists(existing);
        });
        return insert(point, r.date(), r);
    }

    /** PUT on the day: creates the tally when there is none and no version is sent, updates it with the version. */
    @Transactional
    public PutResult put(long pointId, LocalDate date, TallyRequest r) {
        if (r.date() != null && !r.date().equals(date)) {
            throw ApiException.invalidField("date", "请求内容中的日期与地址中的日期不一致。",
                    "The date in the body differs from the date in the address.");
        }
        ReadingPoint point = points.findInScope(pointId);
        ReadingPointTally t = repository.findByPointAndDate(point.id, date).orElse(null);
        if (t == null) {
            if (r.version() != null) {
                throw Conflicts.staleWrite();
            }
            return new PutResult(insert(point, date, r), true);
        }
        if (r.version() == null) {
            throw exists(t);
        }
        Conflicts.requireVersion(t.version, r.version());
        points.requireLoggable(point, date, "date");
        ChangeSet changes = ChangeSet.empty()
                .field("people", t.people, r.people())
                .field("itemsConsulted", t.itemsConsulted, r.itemsConsulted())
                .field("note", t.note, ReadingPointService.blankToNull(r.note()));
        t.people = r.people();
        t.itemsConsulted = r.itemsConsulted();
        t.note = ReadingPointService.blankToNull(r.note());
        t.recordedBy = user.username();
        repository.flush();
        audit.record("ReadingPointTally", t.id, "UPDATE", point.agency.id, changes.note("date", date.toString()));
        return new PutResult(view(t), false);
    }

    @Transactional
    public void delete(long pointId, LocalDate date, Long version) {
        ReadingPoint point = points.findInScope(pointId);
        ReadingPointTally t = repository.findByPointAndDate(point.id, date).orElseThrow(() -> notFound(date));
        Conflicts.requireVersion(t.version, version);
        yearLocks.requireOpen(point.agency.id, date);
        Map<String, Object> before = fields(t);
        repository.delete(t);
        audit.record("ReadingPointTally", t.id, "DELETE", point.agency.id, ChangeSet.empty().note("deleted", before));
    }

    /** The day at one point: its single visits, its tally, and both added up as every statistic adds them. */
    public DaySummaryView day(long pointId, LocalDate date) {
        ReadingPoint point = points.findInScope(pointId);
        Object[] sums = visits.getEntityManager().createQuery("""
                        select count(v), coalesce(sum(v.people), 0), coalesce(sum(v.itemsConsulted), 0),
                               coalesce(sum(case when v.becameApplication = true then 1 else 0 end), 0)
                        from ReadingPointVisit v where v.point.id = ?1 and v.date = ?2""", Object[].class)
                .setParameter(1, point.id).setParameter(2, date).getSingleResult();
        long count = ((Number) sums[0]).longValue();
        long people = ((Number) sums[1]).longValue();
        long items = ((Number) sums[2]).longValue();
        long applications = ((Number) sums[3]).longValue();
        TallyView tally = repository.findByPointAndDate(point.id, date).map(TallyService::view).orElse(null);
        List<VisitView> entries = visits.find("point.id = ?1 and date = ?2 order by id desc", point.id, date)
                .range(0, 199).list().stream().map(VisitService::view).toList();
        return new DaySummaryView(point.id, point.name, date, count, people, items, applications, tally,
                people + (tally == null ? 0 : tally.people()), items + (tally == null ? 0 : tally.itemsConsulted()),
                entries);
    }

    private TallyView insert(ReadingPoint point, LocalDate date, TallyRequest r) {
        points.requireLoggable(point, date, "date");
        ReadingPointTally t = new ReadingPointTally();
        t.point = point;
        t.date = date;
        t.people = r.people();
        t.itemsConsulted = r.itemsConsulted();
        t.note = ReadingPointService.blankToNull(r.note());
        t.recordedBy = user.username();
        repository.persist(t);
        repository.flush();
        audit.record("ReadingPointTally", t.id, "CREATE", point.agency.id, ChangeSet.created(fields(t)));
        return view(t);
    }

    static ApiException exists(ReadingPointTally t) {
        return ApiException.conflict("TALLY_EXISTS", Text.of(
                "“" + t.point.name + "” " + t.date + " 已有日汇总（接待 " + t.people + " 人次，查阅信息 " + t.itemsConsulted
                        + " 条，版本 " + t.version + "）。如需修改，请带上版本号提交修改。",
                "“" + t.point.name + "” already has a tally for " + t.date + " (" + t.people + " people, "
                        + t.itemsConsulted + " items, version " + t.version + "); to change it, send an update with that version."));
    }

    private static ApiException notFound(LocalDate date) {
        return ApiException.notFound("TALLY_NOT_FOUND", "该查阅点 " + date + " 没有日汇总。",
                "This reading point has no tally for " + date + ".");
    }

    static Map<String, Object> fields(ReadingPointTally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointId", t.point.id);
        m.put("date", t.date.toString());
        m.put("people", t.people);
        m.put("itemsConsulted", t.itemsConsulted);
        m.put("note", t.note);
        m.put("importId", t.importId);
        return m;
    }

    public static TallyView view(ReadingPointTally t) {
        return new TallyView(t.id, t.point.id, t.point.name, t.point.agency.id, t.date, t.people, t.itemsConsulted,
                t.note, t.recordedBy, t.importId, t.updatedAt, t.version);
    }
}
