package org.gongkai.reports;

import org.gongkai.reports.AppealFigures.AppealBlock;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.ApplicationFigures.ApplicationControls;
import org.gongkai.reports.ProactiveFigures.CategoryCount;
import org.gongkai.reports.ReadingPointFigures.KindFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-built figures for the report tests: the Dongqu 2011 seed, and a busy national-format year. */
public final class ReportFixtures {

    public static final String LEGACY = CategoryCount.LEGACY_2011;

    private ReportFixtures() {
    }

    public static ReportSubject dongqu(int year) {
        return new ReportSubject(1L, "攀枝花市东区人民政府", "东区政府", true, true, year);
    }

    /** Every figure of dongqu-2011-annual-report.txt; website visits were not recorded (the seed's blank). */
    public static ReportFigures dongqu2011() {
        List<CategoryCount> cats = List.of(
                new CategoryCount("OVERVIEW", "概况信息", LEGACY, 113),
                new CategoryCount("PLANS", "计划总结", LEGACY, 105),
                new CategoryCount("REGULATIONS", "法规公文", LEGACY, 376),
                new CategoryCount("NEWS", "工作动态", LEGACY, 5436),
                new CategoryCount("PERSONNEL", "人事信息", LEGACY, 36),
                new CategoryCount("FINANCE", "财政信息", LEGACY, 21),
                new CategoryCount("OTHER", "其他信息", LEGACY, 4672));
        return ReportFigures.empty(2011)
                .withProactive(new ProactiveFigures(64_887 + 10_759, 10_759, cats, null, 0, 0))
                .withReadingPoints(new ReadingPointFigures(List.of(
                        new KindFigures(ReadingPointKind.SERVICE_CENTRE, 2, 403_517, 201_846),
                        new KindFigures(ReadingPointKind.ARCHIVES, 1, 600, 700),
                        new KindFigures(ReadingPointKind.LIBRARY, 1, 526, 618)), null, null, null))
                .withActivities(new ActivityFigures(3, null, 2, 2, 116, null, 0, null, null, null));
    }

    public static ReportInputs dongquInputs() {
        return new ReportInputs(Map.of(), Map.of(NarrativeSlot.WEBSITE_NAME,
                new ReportInputs.Narrative("攀枝花市东区公众信息网", 2011, "editor", Instant.parse("2012-01-05T02:00:00Z"))));
    }

    /**
     * A 2021 year with many applications that balance in every column, 2 carried over from 2020 and 3 carried
     * into 2022; table 二 and 四 filled; controls counted and equal.
     */
    public static ReportFigures busy2021() {
        Map<ApplicantColumn, ApplicationColumn> cols = new EnumMap<>(ApplicantColumn.class);
        cols.put(ApplicantColumn.NATURAL_PERSON, column(120, 2, 3, Map.of(
                OutcomeRow.DISCLOSED, 60L, OutcomeRow.PARTIAL, 12L, OutcomeRow.WITHHELD_THIRD_PARTY, 4L,
                OutcomeRow.WITHHELD_PROCESS, 6L, OutcomeRow.UNAVAILABLE_NOT_HELD, 20L, OutcomeRow.NOT_PROCESSED_REPEAT, 5L,
                OutcomeRow.NOT_PROCESSED_PETITION, 3L, OutcomeRow.OTHER_NO_CORRECTION, 7L, OutcomeRow.OTHER_OTHER, 2L)));
        cols.put(ApplicantColumn.BUSINESS, column(18, 0, 0, Map.of(OutcomeRow.DISCLOSED, 10L, OutcomeRow.PARTIAL, 3L,
                OutcomeRow.WITHHELD_THIRD_PARTY, 2L, OutcomeRow.UNAVAILABLE_NEEDS_CREATION, 2L, OutcomeRow.OTHER_FEE_UNPAID, 1L)));
        cols.put(ApplicantColumn.RESEARCH, column(2, 0, 0, Map.of(OutcomeRow.DISCLOSED, 2L)));
        cols.put(ApplicantColumn.SOCIAL_WELFARE, column(1, 0, 0, Map.of(OutcomeRow.UNAVAILABLE_UNCLEAR, 1L)));
        cols.put(ApplicantColumn.LEGAL_SERVICE, column(6, 0, 0, Map.of(OutcomeRow.DISCLOSED, 3L,
                OutcomeRow.WITHHELD_ENFORCEMENT, 2L, OutcomeRow.NOT_PROCESSED_CONFIRMATION, 1L)));
        cols.put(ApplicantColumn.OTHER_ORG, column(3, 0, 0, Map.of(OutcomeRow.WITHHELD_STATE_SECRET, 1L,
                OutcomeRow.DISCLOSED, 2L)));
        ApplicationFigures apps = new ApplicationFigures(cols, new ApplicationControls(150L, 2L, 149L, 3L),
                List.of(new ApplicationFigures.ChannelCount("ONLINE", "网上", 130),
                        new ApplicationFigures.ChannelCount("LETTER", "信函", 15),
                        new ApplicationFigures.ChannelCount("IN_PERSON", "当面", 5)), null, 0);
        RegulatoryFigures reg = new RegulatoryFigures(
                new RegulatoryFigures.DocumentFigures(1, 0, 12, 1, 12),
                new RegulatoryFigures.DocumentFigures(8, 3, 41, 8, 41),
                new RegulatoryFigures.MatterFigures(null, null, 2_310L), null,
                new RegulatoryFigures.MatterFigures(null, null, 187L),
                new RegulatoryFigures.MatterFigures(null, null, 9L),
                new RegulatoryFigures.FeeMatterFigures(null, null, new BigDecimal("12.35")), null);
        AppealFigures appeals = new AppealFigures(new AppealBlock(3, 1, 0, 1, 5L), new AppealBlock(1, 0, 0, 1, 2L),
                new AppealBlock(0, 0, 1, 0, 1L));
        return ReportFigures.empty(2021)
                .withProactive(new ProactiveFigures(48_210, 5_302, List.of(), null, 0, 0))
                .withRegulatory(reg)
                .withApplications(apps)
                .withAppeals(appeals)
                .withFees(new FeeFigures(new BigDecimal("1200"), BigDecimal.ZERO, 2, null, null, null))
                .withReadingPoints(new ReadingPointFigures(List.of(
                        new KindFigures(ReadingPointKind.SERVICE_CENTRE, 1, 12_480, 8_310),
                        new KindFigures(ReadingPointKind.LIBRARY, 1, 640, 905)), null, null, null))
                .withActivities(new ActivityFigures(6, null, 3, 4, 142, 1_268_440L, 12, null, null, null));
    }

    /** Last year of {@link #busy2021()}: what it carried forward is what 2021 carried over. */
    public static ReportFigures busy2020() {
        Map<ApplicantColumn, ApplicationColumn> cols = new EnumMap<>(ApplicantColumn.class);
        cols.put(ApplicantColumn.NATURAL_PERSON, column(90, 1, 2, Map.of(OutcomeRow.DISCLOSED, 80L, OutcomeRow.PARTIAL, 9L)));
        return ReportFigures.empty(2020)
                .withProactive(new ProactiveFigures(42_908, 4_977, List.of(), null, 0, 0))
                .withRegulatory(new RegulatoryFigures(new RegulatoryFigures.DocumentFigures(0, 1, 11, 0, 11),
                        new RegulatoryFigures.DocumentFigures(5, 2, 36, 5, 36), null, null, null, null, null, null))
                .withApplications(new ApplicationFigures(cols, null, null, null, 0))
                .withActivities(new ActivityFigures(4, null, 2, 2, 98, 1_002_310L, 12, null, null, null));
    }

    public static ApplicationColumn column(long newReceived, long carriedOver, long carriedForward,
                                           Map<OutcomeRow, Long> outcomes) {
        return new ApplicationColumn(newReceived, carriedOver, outcomes, carriedForward);
    }
}
