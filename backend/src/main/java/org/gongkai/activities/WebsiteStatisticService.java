package org.gongkai.activities;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.activities.dto.WebsiteStatisticRequest;
import org.gongkai.activities.dto.WebsiteStatisticView;
import org.gongkai.activities.dto.WebsiteYearView;
import org.gongkai.agencies.Agency;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.text.Text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly visits to the disclosure column, one row per agency and month, addressed by agency, year and month:
 * PUT without a version creates the month, PUT with the version read changes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WebsiteStatisticService {

    public record PutResult(WebsiteStatisticView view, boolean created) {
    }

    @Inject
    WebsiteStatisticRepository repository;

    @Inject
    ActivityGuard guard;

    @Inject
    AgencyScope scope;

    @Inject
    AuditService audit;

    public Page<WebsiteStatisticView> list(Long agencyId, Integer year, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (agencyId != null) {
            where.add("agency.id = :agency");
            p.and("agency", agencyId);
        }
        scope.restriction().ifPresent(id -> {
            where.add("agency.id = :scope");
            p.and("scope", id);
        });
        if (year != null) {
            where.add("year = :year");
            p.and("year", year);
        }
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(3);
            int y = (int) c.longValue(0);
            int m = (int) c.longValue(1);
            where.add("(year < :y or (year = :y and month < :m) or (year = :y and month = :m and id < :id))");
            p.and("y", y).and("m", m).and("id", c.longValue(2));
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by year desc, month desc, id desc";
        List<WebsiteStatistic> rows = repository.find(query, p).range(0, page.size).list();
        return Page.of(rows, page.size, w -> Cursor.encode(w.year, w.month, w.id), WebsiteStatisticService::view);
    }

    /** The twelve months of a year for one agency, for the console's grid. */
    public WebsiteYearView year(long agencyId, int year) {
        scope.requireCanActOn(agencyId);
        Map<Integer, WebsiteStatistic> byMonth = new LinkedHashMap<>();
        repository.list("agency.id = ?1 and year = ?2", agencyId, year).forEach(w -> byMonth.put(w.month, w));
        List<WebsiteYearView.Month> months = new ArrayList<>(12);
        long total = 0;
        for (int m = 1; m <= 12; m++) {
            WebsiteStatistic w = byMonth.get(m);
            months.add(w == null ? new WebsiteYearView.Month(m, null, null, null)
                    : new WebsiteYearView.Month(m, w.visits, w.note, w.version));
            total += w == null ? 0 : w.visits;
        }
        return new WebsiteYearView(agencyId, year, months, byMonth.isEmpty() ? null : total, byMonth.size());
    }

    public WebsiteStatisticView get(long agencyId, int year, int month) {
        scope.requireCanActOn(agencyId);
        requireMonth(year, month);
        return find(agencyId, year, month).map(WebsiteStatisticService::view).orElseThrow(() -> notFound(year, month));
    }

    @Transactional
    public PutResult put(long agencyId, int year, int month, WebsiteStatisticRequest r) {
        Agency agency = guard.agencyForWrite(agencyId);
        requireMonth(year, month);
        if (YearMonth.of(year, month).isAfter(YearMonth.now(ActivityGuard.CHINA))) {
            throw ApiException.invalidField("month", "不能登记尚未开始的月份。", "A month that has not begun cannot be recorded.");
        }
        guard.requireOpen(agency.id, year);
        Optional<WebsiteStatistic> existing = find(agency.id, year, month);
        if (existing.isEmpty()) {
            if (r.version() != null) {
                throw Conflicts.staleWrite();
            }
            WebsiteStatistic w = new WebsiteStatistic();
            w.agency = agency;
            w.year = year;
            w.month = month;
            w.visits = r.visits();
            w.note = ActivityGuard.blankToNull(r.note());
            repository.persist(w);
            repository.flush();
            audit.record("WebsiteStatistic", w.id, "CREATE", agency.id, ChangeSet.created(Map.of(
                    "year", year, "month", month, "visits", w.visits)).note("note", w.note));
            return new PutResult(view(w), true);
        }
        WebsiteStatistic w = existing.get();
        if (r.version() == null) {
            throw ApiException.conflict("WEBSITE_MONTH_EXISTS", Text.of(
                    year + "年" + month + "月已登记访问量 " + w.visits + "（版本 " + w.version + "）。如需修改，请带上版本号提交。",
                    year + "-" + month + " already has " + w.visits + " visits (version " + w.version
                            + "); send the version to change it."));
        }
        Conflicts.requireVersion(w.version, r.version());
        ChangeSet changes = ChangeSet.empty().field("visits", w.visits, r.visits())
                .field("note", w.note, ActivityGuard.blankToNull(r.note())).note("month", year + "-" + month);
        w.visits = r.visits();
        w.note = ActivityGuard.blankToNull(r.note());
        repository.flush();
        audit.record("WebsiteStatistic", w.id, "UPDATE", agency.id, changes);
        return new PutResult(view(w), false);
    }

    @Transactional
    public void delete(long agencyId, int year, int month, Long version) {
        scope.requireCanActOn(agencyId);
        requireMonth(year, month);
        WebsiteStatistic w = find(agencyId, year, month).orElseThrow(() -> notFound(year, month));
        Conflicts.requireVersion(w.version, version);
        guard.requireOpen(agencyId, year);
        repository.delete(w);
        audit.record("WebsiteStatistic", w.id, "DELETE", agencyId, ChangeSet.empty()
                .note("deleted", Map.of("year", year, "month", month, "visits", w.visits)));
    }

    private Optional<WebsiteStatistic> find(long agencyId, int year, int month) {
        return repository.find("agency.id = ?1 and year = ?2 and month = ?3", agencyId, year, month).firstResultOptional();
    }

    private static void requireMonth(int year, int month) {
        if (month < 1 || month > 12) {
            throw ApiException.invalidField("month", "月份应为 1 至 12。", "The month must be 1 to 12.");
        }
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年度应在 2000 至 2100 之间。", "The year must be between 2000 and 2100.");
        }
    }

    private static ApiException notFound(int year, int month) {
        return ApiException.notFound("WEBSITE_MONTH_NOT_FOUND", year + "年" + month + "月尚未登记访问量。",
                "No visits are recorded for " + year + "-" + month + ".");
    }

    static WebsiteStatisticView view(WebsiteStatistic w) {
        return new WebsiteStatisticView(w.id, w.agency.id, w.year, w.month, w.visits, w.note, w.version);
    }
}
