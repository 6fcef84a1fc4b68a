package org.gongkai.openstats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.agencies.AgencyService;
import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.applications.ApplicationYearFigures;
import org.gongkai.applications.OutcomeCode;
import org.gongkai.common.error.ApiException;
import org.gongkai.items.Category;
import org.gongkai.items.CategoryRepository;
import org.gongkai.items.ItemStatistics;
import org.gongkai.items.ItemYearFigures;
import org.gongkai.openstats.dto.OpenStatisticsView;
import org.gongkai.openstats.dto.OpenStatisticsView.CategoryCount;
import org.gongkai.openstats.dto.OpenStatisticsView.KindVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.MonthVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.OutcomeCount;
import org.gongkai.readingpoints.ReadingPointKind;
import org.gongkai.readingpoints.ReadingPointStatistics;
import org.gongkai.readingpoints.VisitYearFigures;
import org.gongkai.reports.ReportYears;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portal's open statistics, from the same SQL aggregates the annual report uses (items, applications,
 * reading points) plus the recorded website visits. Everything here is public: counts of published items and of
 * applications by outcome, never a record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenStatisticsService {

    /** The first year the open statistics offer (the reading-point statistics' lower bound). */
    static final int FIRST_YEAR = 2000;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyService agencyService;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemStatistics itemStatistics;

    @Inject
    ApplicationStatistics applicationStatistics;

    @Inject
    ReadingPointStatistics readingPointStatistics;

    @Inject
    OpenStatisticsQueries queries;

    public OpenStatisticsView forYear(Integer requestedYear, Long agencyId) {
        int current = ReportYears.today().getYear();
        int year = requestedYear == null ? current : requestedYear;
        if (year < FIRST_YEAR || year > current) {
            throw ApiException.invalidField("year", "年度应在" + FIRST_YEAR + "年至" + current + "年之间。",
                    "The year must be between " + FIRST_YEAR + " and " + current + ".");
        }
        Agency agency = agencyId == null ? null : agencyService.find(agencyId);
        List<Long> ids = agency == null ? agencies.listAll().stream().map(a -> a.id).toList()
                : agencies.withDescendants(agency.id);

        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        queries.yearsWithFigures(ids).stream().filter(y -> y >= FIRST_YEAR && y <= current).forEach(years::add);
        years.add(current);

        return new OpenStatisticsView(year, List.copyOf(years), agency == null ? null : agency.id,
                agency == null ? null : agency.name, items(ids, year), applications(ids, year), visits(ids, year));
    }

    private OpenStatisticsView.Items items(List<Long> ids, int year) {
        ItemYearFigures f = itemStatistics.forYear(ids, year);
        Map<String, Category> byCode = categories.listAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<CategoryCount> byCategory = f.publishedInYearByCategory().stream()
                .map(c -> new CategoryCount(c.code(), c.nameZh(),
                        byCode.containsKey(c.code()) ? byCode.get(c.code()).nameEn : c.nameZh(), c.scheme(), c.count()))
                .toList();
        return new OpenStatisticsView.Items(f.publishedInYear(), f.cumulativePublished(), byCategory,
                f.publishedByMonth(), queries.itemsByYear(ids));
    }

    private OpenStatisticsView.Applications applications(List<Long> ids, int year) {
        ApplicationYearFigures.Column total = applicationStatistics.forYear(ids, year).total();
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (OutcomeCode.Group g : OutcomeCode.Group.values()) {
            long n = Arrays.stream(OutcomeCode.values()).filter(c -> c.group() == g).mapToLong(total::outcome).sum();
            outcomes.add(new OutcomeCount(g.name(), g.plainZh(), g.en(), n));
        }
        return new OpenStatisticsView.Applications(total.newReceived(), total.carriedOver(), total.concluded(),
                total.carriedForward(), outcomes, applicationStatistics.receivedByMonthAndGroup(ids, year));
    }

    private OpenStatisticsView.Visits visits(List<Long> ids, int year) {
        VisitYearFigures f = readingPointStatistics.forYear(ids, year);
        Long[] website = queries.websiteVisitsByMonth(ids, year);
        List<MonthVisits> byMonth = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            byMonth.add(new MonthVisits(m + 1, f.peopleByMonth()[m], f.itemsByMonth()[m], website[m]));
        }
        List<KindVisits> byKind = Arrays.stream(ReadingPointKind.values())
                .map(k -> {
                    VisitYearFigures.KindFigures kf = f.byKind().getOrDefault(k, VisitYearFigures.KindFigures.ZERO);
                    return new KindVisits(k, k.label().zh(), k.label().en(), kf.points(), kf.people(), kf.itemsConsulted());
                })
                .toList();
        List<Long> recorded = Arrays.stream(website).filter(Objects::nonNull).toList();
        Long websiteTotal = recorded.isEmpty() ? null : recorded.stream().mapToLong(Long::longValue).sum();
        return new OpenStatisticsView.Visits(f.people(), f.itemsConsulted(), byMonth, byKind, websiteTotal, recorded.size());
    }
}
