package org.gongkai.readingpoints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLocks;
import org.gongkai.readingpoints.TallyRowChecker.Accepted;
import org.gongkai.readingpoints.dto.TallyImportReport.RejectedRow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes checked tally rows in one transaction, in JDBC batches (Hibernate's statement batch size, flushing
 * and clearing the session every {@value #CHUNK} rows so a year of tallies does not fill memory).
 */
@ApplicationScoped
public class TallyWriter {

    static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    YearLocks yearLocks;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    /** Everything a committed import records about itself. */
    public record ImportRecord(Long scopeAgencyId, String fileName, String format, String encoding, String mode,
                               String onExisting, int rowsRead, String importedBy, List<RejectedRow> rejected) {
    }

    /** Stores the import record and its accepted rows; returns the import's id. */
    @Transactional
    public long commit(ImportRecord r, List<Accepted> accepted) {
        requireYearsOpen(accepted);
        TallyImport record = new TallyImport();
        record.agencyId = r.scopeAgencyId();
        record.fileName = r.fileName();
        record.format = r.format();
        record.encoding = r.encoding();
        record.mode = r.mode();
        record.onExisting = r.onExisting();
        record.rowsRead = r.rowsRead();
        record.importedBy = r.importedBy();
        record.createdCount = (int) accepted.stream().filter(a -> a.action() == TallyRowChecker.Action.CREATED).count();
        record.replacedCount = (int) accepted.stream().filter(a -> a.action() == TallyRowChecker.Action.REPLACED).count();
        record.rejectedCount = (int) r.rejected().stream().mapToInt(RejectedRow::row).distinct().count();
        record.peopleTotal = accepted.stream().mapToLong(Accepted::people).sum();
        record.itemsTotal = accepted.stream().mapToLong(Accepted::itemsConsulted).sum();
        record.rejectedRows = toJson(r.rejected());
        em.persist(record);
        em.flush();
        long importId = record.id;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("fileName", r.fileName());
        summary.put("format", r.format());
        summary.put("mode", r.mode());
        summary.put("onExisting", r.onExisting());
        summary.put("rowsRead", r.rowsRead());
        summary.put("created", record.createdCount);
        summary.put("replaced", record.replacedCount);
        summary.put("rejectedRows", record.rejectedCount);
        summary.put("people", record.peopleTotal);
        summary.put("itemsConsulted", record.itemsTotal);
        audit.record("TallyImport", importId, "IMPORT", r.scopeAgencyId(), ChangeSet.created(summary));
        write(accepted, r.importedBy(), importId);
        return importId;
    }

    /** Inserts rows already checked (the loader's path): no import record, one audit row for the batch. */
    @Transactional
    public void load(List<Accepted> accepted, String recordedBy) {
        requireYearsOpen(accepted);
        write(accepted, recordedBy, null);
        if (!accepted.isEmpty()) {
            audit.record("ReadingPointTally", "load", "LOAD", null, ChangeSet.empty()
                    .note("rows", accepted.size())
                    .note("from", accepted.stream().map(Accepted::date).min(LocalDate::compareTo).orElseThrow().toString())
                    .note("to", accepted.stream().map(Accepted::date).max(LocalDate::compareTo).orElseThrow().toString())
                    .note("people", accepted.stream().mapToLong(Accepted::people).sum())
                    .note("itemsConsulted", accepted.stream().mapToLong(Accepted::itemsConsulted).sum()));
        }
    }

    private void write(List<Accepted> accepted, String recordedBy, Long importId) {
        int pending = 0;
        for (Accepted a : accepted) {
            switch (a.action()) {
                case UNCHANGED -> {
                    continue;
                }
                case CREATED -> {
                    ReadingPointTally t = new ReadingPointTally();
                    t.point = em.getReference(ReadingPoint.class, a.point().id());
                    t.date = a.date();
                    t.people = a.people();
                    t.itemsConsulted = a.itemsConsulted();
                    t.note = a.note();
                    t.recordedBy = recordedBy;
                    t.importId = importId;
                    em.persist(t);
                }
                case REPLACED -> {
                    ReadingPointTally t = em.find(ReadingPointTally.class, a.replaces().id());
                    if (t == null) {
                        throw Conflicts.staleWrite();
                    }
                    ChangeSet changes = ChangeSet.empty()
                            .field("people", t.people, a.people())
                            .field("itemsConsulted", t.itemsConsulted, a.itemsConsulted())
                            .field("note", t.note, a.note())
                            .note("date", a.date().toString())
                            .note("importId", importId);
                    t.people = a.people();
                    t.itemsConsulted = a.itemsConsulted();
                    t.note = a.note();
                    t.recordedBy = recordedBy;
                    t.importId = importId;
                    audit.record("ReadingPointTally", t.id, "UPDATE", a.point().agencyId(), changes);
                }
            }
            if (++pending % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    /** Checked again inside the transaction: a report may have been locked since the rows were checked. */
    private void requireYearsOpen(List<Accepted> accepted) {
        Set<String> seen = new LinkedHashSet<>();
        for (Accepted a : accepted) {
            if (seen.add(a.point().agencyId() + "/" + a.date().getYear())) {
                yearLocks.requireOpen(a.point().agencyId(), a.date().getYear());
            }
        }
    }

    private String toJson(List<RejectedRow> rejected) {
        try {
            return json.writeValueAsString(rejected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
