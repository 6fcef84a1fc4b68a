package org.gongkai.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.agencies.AgencyService;
import org.gongkai.applications.ApplicationQueryService;
import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.dashboard.dto.DashboardView;
import org.gongkai.dashboard.dto.DashboardView.ApplicationsCard;
import org.gongkai.dashboard.dto.DashboardView.Charts;
import org.gongkai.dashboard.dto.DashboardView.ItemsCard;
import org.gongkai.dashboard.dto.DashboardView.PointToday;
import org.gongkai.dashboard.dto.DashboardView.ReadingPointsCard;
import org.gongkai.dashboard.dto.DashboardView.ReportCard;
import org.gongkai.dashboard.dto.DashboardView.Scope;
import org.gongkai.items.ItemFilter;
import org.gongkai.items.ItemQueryService;
import org.gongkai.items.ItemStatistics;
import org.gongkai.items.ItemStatus;
import org.gongkai.items.dto.ItemSummary;
import org.gongkai.readingpoints.ReadingPointStatistics;
import org.gongkai.reports.AnnualReportService;
import org.gongkai.reports.ReportYears;
import org.gongkai.reports.dto.ReportStatisticsView.CheckSummary;
import org.gongkai.reports.dto.ReportStatusView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Composes the console's home page from the features' own services and statistics (every figure is an SQL
 * aggregate; the lists are the first rows of the features' queues). Each card is computed only for the roles
 * that act on it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** "Due soon" as the queue and the README define it. */
    static final int DUE_SOON_DAYS = 5;
    /** Rows shown per list on the dashboard; the card links to the full list. */
    static final int FIRST_ROWS = 5;

    @Inject
    CurrentUser user;

    @Inject
    AgencyScope scope;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyService agencyService;

    @Inject
    ApplicationQueryService applicationQueue;

    @Inject
    ApplicationStatistics applicationStatistics;

    @Inject
    ItemQueryService itemLists;

    @Inject
    ItemStatistics itemStatistics;

    @Inject
    DashboardQueries queries;

    @Inject
    ReadingPointStatistics readingPointStatistics;

    @Inject
    AnnualReportService reports;

    /** The agencies one dashboard counts: one agency, or (district-wide, none asked for) all of them. */
    private record Counted(Long agencyId, String agencyName, List<Long> ids) {

        Scope scope() {
            return new Scope(agencyId, agencyName, agencyId == null);
        }
    }

    public DashboardView dashboard(Long agencyId) {
        Counted counted = counted(agencyId);
        LocalDate today = ReportYears.today();
        int year = today.getYear();
        boolean admin = user.hasRole(Roles.ADMIN);
        boolean editor = user.hasRole(Roles.EDITOR);
        boolean reviewer = user.hasRole(Roles.REVIEWER);
        boolean caseworker = user.hasRole(Roles.CASEWORKER);
        boolean clerk = user.hasRole(Roles.CLERK);

        ApplicationsCard applications = admin || caseworker ? applications(counted) : null;
        ItemsCard items = admin || editor || reviewer ? items(counted, editor, admin || reviewer) : null;
        ReadingPointsCard readingPoints = admin || clerk ? readingPoints(counted, today) : null;
        ReportCard report = admin || editor || reviewer ? report(counted, year) : null;

        long[] itemsByMonth = admin || editor || reviewer
                ? itemStatistics.forYear(counted.ids(), year).publishedByMonth() : null;
        List<ApplicationStatistics.GroupByMonth> applicationsByMonth = admin || caseworker
                ? applicationStatistics.receivedByMonthAndGroup(counted.ids(), year) : null;
        long[] visitors = null;
        long[] consulted = null;
        if (admin || clerk) {
            visitors = new long[12];
            consulted = new long[12];
            for (ReadingPointStatistics.Row r : readingPointStatistics.grouped(counted.ids(), year,
                    ReadingPointStatistics.GroupBy.MONTH)) {
                visitors[r.month() - 1] = r.people();
                consulted[r.month() - 1] = r.itemsConsulted();
            }
        }
        return new DashboardView(today, year, counted.scope(), applications, items, readingPoints, report,
                new Charts(itemsByMonth, applicationsByMonth, visitors, consulted));
    }

    private Counted counted(Long agencyId) {
        if (agencyId != null) {
            Agency a = agencyService.find(agencyId);
            scope.requireCanActOn(agencyId);
            return new Counted(a.id, a.name, List.of(a.id));
        }
        return scope.restriction()
                .map(own -> new Counted(own, agencies.findByIdOptional(own).map(a -> a.name).orElse(null), List.of(own)))
                .orElseGet(() -> new Counted(null, null, agencies.listAll().stream().map(a -> a.id).toList()));
    }

    private ApplicationsCard applications(Counted counted) {
        PageRequest first = new PageRequest(null, FIRST_ROWS);
        ApplicationQueryService.Filter open = queueFilter(counted, Boolean.TRUE, null, null);
        ApplicationQueryService.Filter overdue = queueFilter(counted, null, Boolean.TRUE, null);
        ApplicationQueryService.Filter dueSoon = queueFilter(counted, null, null, DUE_SOON_DAYS);
        DashboardQueries.UnknownDeadlines unknown = queries.unknownDeadlines(counted.agencyId());
        return new ApplicationsCard(applicationQueue.count(open),
                applicationQueue.count(overdue), applicationQueue.list(overdue, first).items(), DUE_SOON_DAYS,
                applicationQueue.count(dueSoon), applicationQueue.list(dueSoon, first).items(),
                unknown.count(), unknown.years());
    }

    private static ApplicationQueryService.Filter queueFilter(Counted counted, Boolean open, Boolean overdue,
                                                              Integer dueWithinDays) {
        return new ApplicationQueryService.Filter(null, open, counted.agencyId(), null, null, overdue, dueWithinDays,
                null, null, null, null, ApplicationQueryService.Sort.DUE);
    }

    private ItemsCard items(Counted counted, boolean editor, boolean reviews) {
        Long pending = null;
        List<ItemSummary> pendingFirst = List.of();
        if (reviews) {
            ItemFilter inScope = new ItemFilter(null, null, counted.agencyId() == null ? List.of() : List.of(counted.agencyId()),
                    null, null, null);
            pending = queries.itemCount(counted.agencyId(), ItemStatus.PENDING_REVIEW, null);
            pendingFirst = itemLists.list(inScope, Set.of(ItemStatus.PENDING_REVIEW), false, new PageRequest(null, FIRST_ROWS))
                    .items();
        }
        Long drafts = null;
        List<ItemSummary> draftsFirst = List.of();
        Long submitted = null;
        if (editor) {
            drafts = queries.itemCount(counted.agencyId(), ItemStatus.DRAFT, user.username());
            draftsFirst = queries.latestItems(counted.agencyId(), ItemStatus.DRAFT, user.username(), FIRST_ROWS);
            submitted = queries.itemCount(counted.agencyId(), ItemStatus.PENDING_REVIEW, user.username());
        }
        return new ItemsCard(pending, pendingFirst, drafts, draftsFirst, submitted);
    }

    private ReadingPointsCard readingPoints(Counted counted, LocalDate today) {
        List<PointToday> points = readingPointStatistics.forDay(counted.ids(), today).stream()
                .map(r -> new PointToday(r.pointId(), r.pointName(), r.kind(), r.kind().label().zh(),
                        r.kind().label().en(), r.people(), r.itemsConsulted()))
                .toList();
        return new ReadingPointsCard(today, points.stream().mapToLong(PointToday::people).sum(),
                points.stream().mapToLong(PointToday::itemsConsulted).sum(), points);
    }

    /**
     * The report the agency owes now: last year's until it is published, then this year's (whose deadline lies in
     * the next year). An account without an agency has no report card.
     */
    private ReportCard report(Counted counted, int year) {
        Long agencyId = counted.agencyId() != null ? counted.agencyId() : user.agencyId().orElse(null);
        Agency agency = agencyId == null ? null : agencies.findById(agencyId);
        if (agency == null) {
            return null;
        }
        ReportStatusView status = reports.status(agencyId, year - 1);
        if ("PUBLISHED".equals(status.status())) {
            status = reports.status(agencyId, year);
        }
        CheckSummary checks = reports.statistics(agencyId, status.year(), null, null, false).checks();
        return new ReportCard(status.year(), agencyId, agency.name, status.status(), status.statusLabelZh(),
                status.statusLabelEn(), status.deadline(), checks);
    }
}
