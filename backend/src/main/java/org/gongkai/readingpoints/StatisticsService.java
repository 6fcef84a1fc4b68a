package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.readingpoints.dto.ReadingPointStatisticsView;
import org.gongkai.readingpoints.dto.ReadingPointStatisticsView.StatisticsRow;

import java.util.List;
import java.util.Locale;

/** The statistics endpoint: which agencies the caller may count, then {@link ReadingPointStatistics}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    @Inject
    ReadingPointStatistics statistics;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyScope scope;

    public ReadingPointStatisticsView statistics(int year, Long agencyId, boolean includeSubagencies, String groupBy) {
        ReadingPointStatistics.GroupBy grouping = parse(groupBy);
        if (year < 2000 || year > ChinaDate.today().getYear()) {
            throw ApiException.invalidField("year", "年度应在 2000 年至今年之间。", "The year must be between 2000 and this year.");
        }
        List<Long> ids = agencies(agencyId, includeSubagencies);
        VisitYearFigures totals = statistics.forYear(ids, year);
        int points = totals.byKind().values().stream().mapToInt(VisitYearFigures.KindFigures::points).sum();
        List<StatisticsRow> rows = statistics.grouped(ids, year, grouping).stream()
                .map(r -> new StatisticsRow(r.pointId(), r.pointName(), r.agencyId(), r.kind(),
                        r.kind() == null ? null : r.kind().label(), r.month(), r.points(), r.people(),
                        r.itemsConsulted(), r.visitsTurnedIntoApplications()))
                .toList();
        return new ReadingPointStatisticsView(year, ids, grouping.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                points, totals.people(), totals.itemsConsulted(), totals.visitsTurnedIntoApplications(), rows);
    }

    /**
     * The agencies counted: the one asked for (with the agencies under it if asked), else the caller's own
     * agency, else — for a district-wide account — every agency. Each must be within the caller's scope.
     */
    private List<Long> agencies(Long agencyId, boolean includeSubagencies) {
        Long root = agencyId != null ? agencyId : scope.restriction().orElse(null);
        if (root == null) {
            return agencies.listAll().stream().map(a -> a.id).sorted().toList();
        }
        if (agencies.findByIdOptional(root).isEmpty()) {
            throw ApiException.invalidField("agencyId", "机关不存在。", "No such agency.");
        }
        List<Long> ids = includeSubagencies ? agencies.withDescendants(root) : List.of(root);
        ids.forEach(scope::requireCanActOn);
        return ids.stream().sorted().toList();
    }

    private static ReadingPointStatistics.GroupBy parse(String groupBy) {
        String value = groupBy == null || groupBy.isBlank() ? "month" : groupBy.trim();
        try {
            return ReadingPointStatistics.GroupBy.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("groupBy", "分组方式只能是 point、kind、month、point-month 或 kind-month。",
                    "groupBy must be point, kind, month, point-month or kind-month.");
        }
    }
}
