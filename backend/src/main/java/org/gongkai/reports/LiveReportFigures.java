package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.activities.ActivityStatistics;
import org.gongkai.activities.ActivityYearFigures;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.applications.AppealKind;
import org.gongkai.applications.ApplicantType;
import org.gongkai.applications.ApplicationStatistics;
import org.gongkai.applications.ApplicationYearFigures;
import org.gongkai.applications.Channel;
import org.gongkai.applications.OutcomeCode;
import org.gongkai.items.ItemStatistics;
import org.gongkai.items.ItemYearFigures;
import org.gongkai.readingpoints.ReadingPointStatistics;
import org.gongkai.readingpoints.VisitYearFigures;
import org.gongkai.reports.AppealFigures.AppealBlock;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.ApplicationFigures.ApplicationControls;
import org.gongkai.reports.ApplicationFigures.ChannelCount;
import org.gongkai.reports.ProactiveFigures.CategoryCount;
import org.gongkai.reports.RegulatoryFigures.DocumentFigures;
import org.gongkai.reports.RegulatoryFigures.MatterFigures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report's figures from the records: the four features' year statistics (each aggregated in SQL, a
 * handful of GROUP BY queries whatever the number of records) mapped onto the report's model. The agency alone,
 * or with every agency under it. Input-only figures stay null; the report services apply the report inputs.
 * The same figures serve every format: what differs between formats is which of them are printed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveReportFigures implements ReportFiguresSource {

    @Inject
    AgencyRepository agencies;

    @Inject
    ItemStatistics items;

    @Inject
    ApplicationStatistics applications;

    @Inject
    ReadingPointStatistics readingPoints;

    @Inject
    ActivityStatistics activities;

    @Override
    public ReportFigures compute(long agencyId, boolean includeSubagencies, int year, ReportFormat format) {
        List<Long> ids = includeSubagencies ? agencies.withDescendants(agencyId) : List.of(agencyId);
        ItemYearFigures i = items.forYear(ids, year);
        ApplicationYearFigures a = applications.forYear(ids, year);
        ApplicationStatistics.YearTotals totals = applications.totalsForYear(ids, year);
        org.gongkai.applications.AppealFigures ap = applications.appealsForYear(ids, year);
        VisitYearFigures v = readingPoints.forYear(ids, year);
        ActivityYearFigures act = activities.forYear(ids, year);
        return ReportFigures.empty(year)
                .withProactive(proactive(i))
                .withRegulatory(regulatory(i))
                .withApplications(applications(a, totals))
                .withAppeals(appeals(ap, totals))
                .withFees(fees(a, totals))
                .withReadingPoints(readingPoints(v))
                .withActivities(activities(act));
    }

    static ProactiveFigures proactive(ItemYearFigures i) {
        List<CategoryCount> categories = i.publishedInYearByCategory().stream()
                .map(c -> new CategoryCount(c.code(), c.nameZh(), c.scheme().name(), c.count())).toList();
        return new ProactiveFigures(i.cumulativePublished(), i.publishedInYear(), categories,
                months(i.publishedByMonth()), i.publishedLate(), i.lateUnknown());
    }

    /**
     * Table 二. The 2019 trial's 本年新制作数量 and 本年新公开数量 are both the documents published in the year
     * (a rule or normative document is issued by publishing it); its 对外公开总数量 is the number in force at year
     * end, the figure the 2021 format calls 现行有效件数. Licensing, penalty and coercion decisions are those
     * published in the catalogue; their 2019 matter counts are report inputs.
     */
    static RegulatoryFigures regulatory(ItemYearFigures i) {
        DocumentFigures rules = new DocumentFigures(i.rulesIssued(), i.rulesRepealed(), i.rulesInForce(),
                i.rulesIssued(), i.rulesInForce());
        DocumentFigures normative = new DocumentFigures(i.normativeIssued(), i.normativeRepealed(),
                i.normativeInForce(), i.normativeIssued(), i.normativeInForce());
        return new RegulatoryFigures(rules, normative, decisions(i.licensingPublished()), null,
                decisions(i.penaltyPublished()), decisions(i.coercionPublished()), null, null);
    }

    private static MatterFigures decisions(long n) {
        return new MatterFigures(null, null, n);
    }

    static ApplicationFigures applications(ApplicationYearFigures a, ApplicationStatistics.YearTotals totals) {
        Map<ApplicantColumn, ApplicationColumn> columns = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantType t : ApplicantType.values()) {
            ApplicationYearFigures.Column c = a.column(t);
            Map<OutcomeRow, Long> outcomes = new EnumMap<>(OutcomeRow.class);
            for (OutcomeCode o : OutcomeCode.values()) {
                outcomes.put(OutcomeRow.valueOf(o.name()), c.outcome(o));
            }
            columns.put(ApplicantColumn.valueOf(t.name()),
                    new ApplicationColumn(c.newReceived(), c.carriedOver(), outcomes, c.carriedForward()));
        }
        ApplicationControls controls = new ApplicationControls(totals.newReceived(), totals.carriedOver(),
                totals.concluded(), totals.carriedForward());
        List<ChannelCount> channels = new ArrayList<>();
        for (Channel ch : Channel.values()) {
            channels.add(new ChannelCount(ch.name(), ch.zh(), a.receivedByChannel().getOrDefault(ch, 0L)));
        }
        return new ApplicationFigures(columns, controls, channels, months(a.receivedByMonth()), a.answeredLate());
    }

    static AppealFigures appeals(org.gongkai.applications.AppealFigures a, ApplicationStatistics.YearTotals totals) {
        return new AppealFigures(block(a, totals, AppealKind.RECONSIDERATION),
                block(a, totals, AppealKind.LITIGATION_DIRECT),
                block(a, totals, AppealKind.LITIGATION_AFTER_RECONSIDERATION));
    }

    private static AppealBlock block(org.gongkai.applications.AppealFigures a, ApplicationStatistics.YearTotals totals,
                                     AppealKind kind) {
        org.gongkai.applications.AppealFigures.Block b = a.block(kind);
        return new AppealBlock(b.upheld(), b.corrected(), b.other(), b.pending(), totals.appeals().get(kind));
    }

    /**
     * Fees of the year: the information-processing fees of the 2019 Regulation plus, for cases handled under
     * the 2007 one, the 检索/复制/邮寄 cost fees — both are what the agency charged for providing information.
     */
    static FeeFigures fees(ApplicationYearFigures a, ApplicationStatistics.YearTotals totals) {
        return new FeeFigures(a.feesCharged().add(a.legacyRetrievalFees()).add(a.legacyCopyFees()).add(a.legacyPostageFees()),
                a.feesWaived().add(a.legacyFeesWaived()), a.applicationsCharged() + totals.legacyApplicationsCharged(),
                a.legacyRetrievalFees(), a.legacyCopyFees(), a.legacyPostageFees());
    }

    static ReadingPointFigures readingPoints(VisitYearFigures v) {
        List<ReadingPointFigures.KindFigures> kinds = new ArrayList<>();
        for (org.gongkai.readingpoints.ReadingPointKind k : org.gongkai.readingpoints.ReadingPointKind.values()) {
            VisitYearFigures.KindFigures f = v.kind(k);
            kinds.add(new ReadingPointFigures.KindFigures(ReadingPointKind.valueOf(k.name()), f.points(), f.people(),
                    f.itemsConsulted()));
        }
        List<ReadingPointFigures.PointFigures> points = v.byPoint().stream()
                .map(p -> new ReadingPointFigures.PointFigures(p.pointId(), p.name(), ReadingPointKind.valueOf(p.kind().name()),
                        p.people(), p.itemsConsulted()))
                .toList();
        return new ReadingPointFigures(kinds, points, months(v.peopleByMonth()), months(v.itemsByMonth()));
    }

    static ActivityFigures activities(ActivityYearFigures a) {
        return new ActivityFigures(a.pressConferences(),
                a.pressConferenceList().stream().map(e -> new ActivityFigures.PressConference(e.date(), e.title())).toList(),
                a.trainings(), a.trainingSessions(), a.trainingParticipants(), a.websiteVisits(), a.websiteMonthsRecorded(),
                a.guideLatestUpdate(), a.catalogueLatestUpdate(),
                a.internalRuleList().stream().map(ActivityYearFigures.Rule::title).toList());
    }

    private static List<Long> months(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
