package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.TallyFile.RawRow;
import org.gongkai.readingpoints.dto.TallyImportReport.RejectedRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads many daily tallies from Java in JDBC batches — demo data, and the annual-report feature's year of
 * 2011 figures. The rows pass the same checks as an import (point exists, open that day, not in the future,
 * year not locked, no duplicates in the list or in the database) and are written all or nothing. No agency
 * scope applies: this is a trusted, server-side path, not reachable over HTTP.
 */
@ApplicationScoped
public class TallyLoader {

    /** One day's tally at one point. */
    public record TallyRow(long pointId, LocalDate date, int people, int itemsConsulted) {
    }

    @Inject
    EntityManager em;

    @Inject
    YearLocks yearLocks;

    @Inject
    TallyWriter writer;

    /**
     * Inserts every row or none.
     *
     * @return the number of tallies inserted
     * @throws ApiException 422 {@code TALLY_LOAD_REJECTED} naming the first problems when any row is invalid
     */
    @Transactional
    public int load(List<TallyRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<RawRow> raw = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TallyRow r = rows.get(i);
            raw.add(new RawRow(i + 1, String.valueOf(r.pointId()), r.date().toString(), String.valueOf(r.people()),
                    String.valueOf(r.itemsConsulted()), null));
        }
        TallyRowChecker.Result result = new TallyRowChecker(new TallyLookup(em, yearLocks, Optional.empty()),
                ChinaDate.today(), false).check(raw);
        if (!result.rejected().isEmpty()) {
            List<RejectedRow> first = result.rejected().subList(0, Math.min(5, result.rejected().size()));
            throw new ApiException(422, "TALLY_LOAD_REJECTED", Text.of(
                    result.rejectedRows() + " 行无法载入（行号为列表中的序号，从 1 起）：" + first.stream()
                            .map(r -> "第 " + r.row() + " 行 " + r.reason().zh()).collect(Collectors.joining("；")),
                    result.rejectedRows() + " rows cannot be loaded (row = position in the list, from 1): " + first.stream()
                            .map(r -> "row " + r.row() + ": " + r.reason().en()).collect(Collectors.joining("; "))));
        }
        writer.load(result.accepted(), "system");
        return result.accepted().size();
    }
}
