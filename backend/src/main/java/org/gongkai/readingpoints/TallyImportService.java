package org.gongkai.readingpoints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.TallyRowChecker.Accepted;
import org.gongkai.readingpoints.dto.TallyImportReport;
import org.gongkai.readingpoints.dto.TallyImportView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tally import: read the file, check every row, then write either every row (all-or-nothing, the default) or
 * only the valid rows (valid-rows) — never a silent partial import. A rejected all-or-nothing import writes
 * nothing and answers 422 with the report; a valid-rows import stores its left-out rows with the import record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TallyImportService {

    public enum Mode { ALL_OR_NOTHING, VALID_ROWS }

    public enum OnExisting { REJECT, REPLACE }

    @Inject
    TallyFileParser parser;

    @Inject
    TallyWriter writer;

    @Inject
    TallyImportRepository imports;

    @Inject
    EntityManager em;

    @Inject
    YearLocks yearLocks;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    public TallyImportReport importFile(byte[] bytes, String fileName, String modeParam, String onExistingParam,
                                        boolean dryRun) {
        Mode mode = parse(Mode.class, "mode", modeParam, Mode.ALL_OR_NOTHING,
                "导入方式只能是 all-or-nothing（全部或全不）或 valid-rows（只导入正确的行）。",
                "mode must be all-or-nothing or valid-rows.");
        OnExisting onExisting = parse(OnExisting.class, "onExisting", onExistingParam, OnExisting.REJECT,
                "onExisting 只能是 reject（已有数据的行不导入）或 replace（覆盖已有数据）。",
                "onExisting must be reject or replace.");
        TallyFile file = parser.parse(bytes);
        TallyRowChecker.Result result = new TallyRowChecker(new TallyLookup(em, yearLocks, scope.restriction()),
                ChinaDate.today(), onExisting == OnExisting.REPLACE).check(file.rows());
        String name = fileName == null || fileName.isBlank() ? null : fileName.trim();
        if (dryRun) {
            return report(null, mode, onExisting, true, false, name, file, result);
        }
        if (!result.rejected().isEmpty() && mode == Mode.ALL_OR_NOTHING) {
            int bad = result.rejectedRows();
            throw new TallyImportRejectedException(report(null, mode, onExisting, false, false, name, file, result),
                    Text.of(bad + " 行有问题，整个文件未导入（全部或全不导入）。请按报告修改后重新导入，或选择只导入正确的行。",
                            bad + " rows have problems, so nothing was imported (all-or-nothing). Fix them as the report "
                                    + "says and import again, or import only the valid rows."));
        }
        if (result.accepted().isEmpty()) {
            throw new TallyImportRejectedException(report(null, mode, onExisting, false, false, name, file, result),
                    Text.of("没有一行可以导入，未写入任何数据。", "No row can be imported; nothing was written."));
        }
        long id = writer.commit(new TallyWriter.ImportRecord(scope.restriction().orElse(null), name, file.format(),
                file.encoding(), mode.name(), onExisting.name(), result.rowsRead(), user.username(), result.rejected()),
                result.accepted());
        return report(id, mode, onExisting, false, true, name, file, result);
    }

    public Page<TallyImportView> list(PageRequest page) {
        Cursor c = page.decodedCursor();
        Optional<Long> restriction = scope.restriction();
        String where = restriction.isPresent() ? "agencyId = :scope" : "1 = 1";
        Parameters params = new Parameters();
        restriction.ifPresent(id -> params.and("scope", id));
        if (c != null) {
            where += " and id < :after";
            params.and("after", c.expect(1).longValue(0));
        }
        List<TallyImport> rows = imports.find(where + " order by id desc", params).range(0, page.size).list();
        return Page.of(rows, page.size, t -> Cursor.encode(t.id), this::view);
    }

    public TallyImportView get(long id) {
        TallyImport t = imports.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("TALLY_IMPORT_NOT_FOUND",
                "导入记录不存在。", "No such tally import."));
        if (scope.restriction().isPresent()) {
            // An account limited to one agency sees only the imports made within that agency.
            scope.requireCanActOn(t.agencyId);
        }
        return view(t);
    }

    private TallyImportView view(TallyImport t) {
        try {
            List<TallyImportReport.RejectedRow> rejected = json.readValue(t.rejectedRows, new TypeReference<>() {
            });
            return new TallyImportView(t.id, t.fileName, t.format, t.encoding, t.mode, t.onExisting, t.rowsRead,
                    t.createdCount, t.replacedCount, t.rejectedCount, t.peopleTotal, t.itemsTotal, t.importedBy,
                    t.createdAt, rejected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TallyImportReport report(Long id, Mode mode, OnExisting onExisting, boolean dryRun, boolean committed,
                                            String fileName, TallyFile file, TallyRowChecker.Result result) {
        List<TallyImportReport.AcceptedRow> accepted = result.accepted().stream().map(TallyImportService::row).toList();
        return new TallyImportReport(id, mode.name(), onExisting.name(), dryRun, committed, fileName, file.format(),
                file.encoding(), file.ignoredColumns(), result.rowsRead(),
                count(result, TallyRowChecker.Action.CREATED), count(result, TallyRowChecker.Action.REPLACED),
                count(result, TallyRowChecker.Action.UNCHANGED), result.rejectedRows(),
                result.accepted().stream().mapToLong(Accepted::people).sum(),
                result.accepted().stream().mapToLong(Accepted::itemsConsulted).sum(), accepted, result.rejected());
    }

    private static int count(TallyRowChecker.Result result, TallyRowChecker.Action action) {
        return (int) result.accepted().stream().filter(a -> a.action() == action).count();
    }

    private static TallyImportReport.AcceptedRow row(Accepted a) {
        return new TallyImportReport.AcceptedRow(a.row(), a.point().id(), a.point().name(), a.date(), a.people(),
                a.itemsConsulted(), a.action().name(), a.replaces() == null ? null : a.replaces().people(),
                a.replaces() == null ? null : a.replaces().itemsConsulted());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E fallback, String zh, String en) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, zh, en);
        }
    }
}
