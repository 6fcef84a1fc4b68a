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
import org.gongkai.readingpoints.dto.VisitRequest;
import org.gongkai.readingpoints.dto.VisitView;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Single visits logged at a reading point, as they happen. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitService {

    @Inject
    VisitRepository repository;

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

    public Page<VisitView> list(LogFilter filter, PageRequest page) {
        if (filter.pointId() != null) {
            points.findInScope(filter.pointId());
        }
        LogFilter.Query q = filter.query("ReadingPointVisit", scope.restriction(), page.decodedCursor());
        List<ReadingPointVisit> rows = repository.find(q.jpql(), q.parameters()).range(0, page.size).list();
        return Page.of(rows, page.size, v -> Cursor.encode(v.date, v.id), VisitService::view);
    }

    public VisitView get(long pointId, long visitId) {
        return view(find(pointId, visitId));
    }

    @Transactional
    public VisitView create(long pointId, VisitRequest r) {
        ReadingPoint point = points.findInScope(pointId);
        ReadingPointVisit v = new ReadingPointVisit();
        v.point = point;
        v.recordedBy = user.username();
        apply(v, r);
        points.requireLoggable(point, v.date, "date");
        repository.persist(v);
        repository.flush();
        audit.record("ReadingPointVisit", v.id, "CREATE", point.agency.id, ChangeSet.created(fields(v)));
        return view(v);
    }

    @Transactional
    public VisitView update(long pointId, long visitId, VisitRequest r) {
        ReadingPointVisit v = find(pointId, visitId);
        Conflicts.requireVersion(v.version, r.version());
        yearLocks.requireOpen(v.point.agency.id, v.date);
        Map<String, Object> before = fields(v);
        apply(v, r);
        points.requireLoggable(v.point, v.date, "date");
        Map<String, Object> after = fields(v);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, value) -> changes.field(k, value, after.get(k)));
        repository.flush();
        audit.record("ReadingPointVisit", v.id, "UPDATE", v.point.agency.id, changes);
        return view(v);
    }

    /** Removes a visit logged by mistake (the entry screen's undo uses this too). */
    @Transactional
    public void delete(long pointId, long visitId, Long version) {
        ReadingPointVisit v = find(pointId, visitId);
        Conflicts.requireVersion(v.version, version);
        yearLocks.requireOpen(v.point.agency.id, v.date);
        Map<String, Object> before = fields(v);
        repository.delete(v);
        audit.record("ReadingPointVisit", visitId, "DELETE", v.point.agency.id, ChangeSet.empty().note("deleted", before));
    }

    ReadingPointVisit find(long pointId, long visitId) {
        ReadingPoint point = points.findInScope(pointId);
        ReadingPointVisit v = repository.findByIdOptional(visitId).orElse(null);
        if (v == null || !Objects.equals(v.point.id, point.id)) {
            throw ApiException.notFound("VISIT_NOT_FOUND", "该查阅点没有这条接待记录。", "No such visit at this reading point.");
        }
        return v;
    }

    private void apply(ReadingPointVisit v, VisitRequest r) {
        int people = r.people() == null ? 1 : r.people();
        int items = r.itemsConsulted() == null ? 0 : r.itemsConsulted();
        LinkedHashSet<Long> itemIds = r.itemIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(r.itemIds());
        if (r.itemIds() != null && itemIds.size() != r.itemIds().size()) {
            throw ApiException.invalidField("itemIds", "同一信息条目重复列出。", "A catalogue item is listed twice.");
        }
        if (itemIds.size() > items) {
            throw ApiException.invalidField("itemsConsulted", "查阅信息数（" + items + "）少于列出的信息条目数（" + itemIds.size() + "）。",
                    "Items consulted (" + items + ") is less than the number of catalogue items listed (" + itemIds.size() + ").");
        }
        String reference = ReadingPointService.blankToNull(r.applicationReference());
        if (reference != null && !r.becameApplication()) {
            throw ApiException.invalidField("applicationReference", "只有转为信息公开申请的接待才能填写申请编号。",
                    "An application reference is only for a visit that became an application for disclosure.");
        }
        boolean today = r.date().equals(ChinaDate.today());
        if (today && r.time() != null && r.time().isAfter(ChinaDate.now().plusMinutes(5))) {
            throw ApiException.invalidField("time", "接待时间不能晚于现在。", "The time of the visit cannot be later than now.");
        }
        v.date = r.date();
        v.time = r.time() != null ? r.time().withNano(0) : today ? ChinaDate.now() : null;
        v.people = people;
        v.itemsConsulted = items;
        v.itemIds.clear();
        v.itemIds.addAll(itemIds);
        v.requestSummary = ReadingPointService.blankToNull(r.requestSummary());
        v.becameApplication = r.becameApplication();
        v.applicationReference = reference;
        v.note = ReadingPointService.blankToNull(r.note());
    }

    private static Map<String, Object> fields(ReadingPointVisit v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointId", v.point.id);
        m.put("date", v.date.toString());
        m.put("time", v.time == null ? null : v.time.toString());
        m.put("people", v.people);
        m.put("itemsConsulted", v.itemsConsulted);
        m.put("itemIds", v.itemIds.stream().sorted().toList().toString());
        m.put("requestSummary", v.requestSummary);
        m.put("becameApplication", v.becameApplication);
        m.put("applicationReference", v.applicationReference);
        m.put("note", v.note);
        return m;
    }

    public static VisitView view(ReadingPointVisit v) {
        return new VisitView(v.id, v.point.id, v.point.name, v.point.agency.id, v.date, v.time, v.people,
                v.requestSummary, v.itemsConsulted, v.itemIds.stream().sorted().toList(), v.becameApplication,
                v.applicationReference, v.note, v.recordedBy, v.createdAt, v.version);
    }
}
