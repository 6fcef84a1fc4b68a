package org.gongkai.readingpoints;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.gongkai.readingpoints.dto.ArchiveTransferRequest;
import org.gongkai.readingpoints.dto.ArchiveTransferView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Records of proactively disclosed information sent to archives and libraries (Art.25). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArchiveTransferService {

    public record Filter(Long agencyId, Integer year, Long receivingPointId) {
    }

    @Inject
    ArchiveTransferRepository repository;

    @Inject
    ReadingPointRepository points;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyScope scope;

    @Inject
    YearLocks yearLocks;

    @Inject
    AuditService audit;

    public Page<ArchiveTransferView> list(Filter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.agencyId() != null) {
            where.add("a.agency.id = :agency");
            p.and("agency", f.agencyId());
        }
        scope.restriction().ifPresent(id -> {
            where.add("a.agency.id = :scope");
            p.and("scope", id);
        });
        if (f.year() != null) {
            where.add("a.date between :from and :to");
            p.and("from", LocalDate.of(f.year(), 1, 1)).and("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.receivingPointId() != null) {
            where.add("a.receivingPoint.id = :point");
            p.and("point", f.receivingPointId());
        }
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            where.add("(a.date < :afterDate or (a.date = :afterDate and a.id < :afterId))");
            p.and("afterDate", c.date(0)).and("afterId", c.longValue(1));
        }
        String jpql = "from ArchiveTransfer a join fetch a.agency left join fetch a.receivingPoint"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by a.date desc, a.id desc";
        List<ArchiveTransfer> rows = repository.find(jpql, p).range(0, page.size).list();
        return Page.of(rows, page.size, a -> Cursor.encode(a.date, a.id), ArchiveTransferService::view);
    }

    public ArchiveTransferView get(long id) {
        ArchiveTransfer a = find(id);
        scope.requireCanActOn(a.agency.id);
        return view(a);
    }

    @Transactional
    public ArchiveTransferView create(ArchiveTransferRequest r) {
        ArchiveTransfer a = new ArchiveTransfer();
        apply(a, r);
        repository.persist(a);
        repository.flush();
        audit.record("ArchiveTransfer", a.id, "CREATE", a.agency.id, ChangeSet.created(fields(a)));
        return view(a);
    }

    @Transactional
    public ArchiveTransferView update(long id, ArchiveTransferRequest r) {
        ArchiveTransfer a = find(id);
        scope.requireCanActOn(a.agency.id);
        Conflicts.requireVersion(a.version, r.version());
        yearLocks.requireOpen(a.agency.id, a.date);
        Map<String, Object> before = fields(a);
        apply(a, r);
        Map<String, Object> after = fields(a);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        repository.flush();
        audit.record("ArchiveTransfer", a.id, "UPDATE", a.agency.id, changes);
        return view(a);
    }

    @Transactional
    public void delete(long id, Long version) {
        ArchiveTransfer a = find(id);
        scope.requireCanActOn(a.agency.id);
        Conflicts.requireVersion(a.version, version);
        yearLocks.requireOpen(a.agency.id, a.date);
        Map<String, Object> before = fields(a);
        repository.delete(a);
        audit.record("ArchiveTransfer", id, "DELETE", a.agency.id, ChangeSet.empty().note("deleted", before));
    }

    private ArchiveTransfer find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("ARCHIVE_TRANSFER_NOT_FOUND",
                "移交记录不存在。", "No such archive transfer."));
    }

    private void apply(ArchiveTransfer a, ArchiveTransferRequest r) {
        Agency agency = agencies.findByIdOptional(r.agencyId()).orElseThrow(() ->
                ApiException.invalidField("agencyId", "机关不存在。", "No such agency."));
        scope.requireCanActOn(agency.id);
        if (r.date().isAfter(ChinaDate.today())) {
            throw ApiException.invalidField("date", "移交日期不能晚于今天。", "The transfer date cannot be after today.");
        }
        String institution = ReadingPointService.blankToNull(r.receivingInstitution());
        ReadingPoint point = null;
        if (r.receivingPointId() != null) {
            // The receiving archive or library may belong to another agency (the district archives receive
            // every department's information), so only its existence and opening period are checked.
            point = points.findByIdOptional(r.receivingPointId()).orElseThrow(() ->
                    ApiException.invalidField("receivingPointId", "接收的查阅点不存在。", "No such receiving reading point."));
            if (!point.activeOn(r.date())) {
                throw ApiException.invalidField("receivingPointId", "“" + point.name + "”在 " + r.date() + " 未开放。",
                        "“" + point.name + "” was not open on " + r.date() + ".");
            }
        } else if (institution == null) {
            throw ApiException.invalidField("receivingPointId", "请选择接收的查阅点，或填写接收单位。",
                    "Choose the receiving reading point or name the receiving institution.");
        }
        LinkedHashSet<Long> itemIds = r.itemIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(r.itemIds());
        if (r.itemIds() != null && itemIds.size() != r.itemIds().size()) {
            throw ApiException.invalidField("itemIds", "同一信息条目重复列出。", "A catalogue item is listed twice.");
        }
        String sets = ReadingPointService.blankToNull(r.setsDescription());
        if (itemIds.isEmpty() && sets == null) {
            throw ApiException.invalidField("itemIds", "请列出移交的信息条目，或描述移交的信息汇编。",
                    "List the catalogue items sent, or describe the sets sent.");
        }
        int count = r.itemCount() == null ? itemIds.size() : r.itemCount();
        if (count < itemIds.size()) {
            throw ApiException.invalidField("itemCount", "移交信息数少于列出的信息条目数（" + itemIds.size() + "）。",
                    "The number of pieces sent is less than the items listed (" + itemIds.size() + ").");
        }
        yearLocks.requireOpen(agency.id, r.date());
        a.agency = agency;
        a.date = r.date();
        a.receivingPoint = point;
        a.receivingInstitution = institution;
        a.itemIds.clear();
        a.itemIds.addAll(itemIds);
        a.setsDescription = sets;
        a.itemCount = count;
        a.receivedBy = r.receivedBy().trim();
        a.note = ReadingPointService.blankToNull(r.note());
    }

    private static Map<String, Object> fields(ArchiveTransfer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", a.agency.id);
        m.put("date", a.date.toString());
        m.put("receivingPointId", a.receivingPoint == null ? null : a.receivingPoint.id);
        m.put("receivingInstitution", a.receivingInstitution);
        m.put("itemIds", a.itemIds.stream().sorted().toList().toString());
        m.put("setsDescription", a.setsDescription);
        m.put("itemCount", a.itemCount);
        m.put("receivedBy", a.receivedBy);
        m.put("note", a.note);
        return m;
    }

    static ArchiveTransferView view(ArchiveTransfer a) {
        return new ArchiveTransferView(a.id, a.agency.id, a.agency.name, a.date,
                a.receivingPoint == null ? null : a.receivingPoint.id, a.receivingPoint == null ? null : a.receivingPoint.name,
                a.receivingInstitution, a.itemIds.stream().sorted().toList(), a.setsDescription, a.itemCount,
                a.receivedBy, a.note, a.createdAt, a.version);
    }
}
