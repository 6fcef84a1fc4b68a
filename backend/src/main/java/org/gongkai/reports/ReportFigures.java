package org.gongkai.reports;

import java.util.List;

/**
 * Every figure an annual report of one year shows, in any of the three formats: what the records say (filled
 * by a {@link ReportFiguresSource}) with the staff-entered report inputs applied ({@link #entered} names
 * which). Totals are methods, never fields, so a table cannot disagree with its own rows; where the source
 * also counts a total directly ({@link ApplicationControls}, {@link AppealBlock#countedTotal}) the checks
 * compare the two.
 */
public record ReportFigures(
        int year,
        ProactiveFigures proactive,
        RegulatoryFigures regulatory,
        ApplicationFigures applications,
        AppealFigures appeals,
        FeeFigures fees,
        ReadingPointFigures readingPoints,
        ActivityFigures activities,
        List<EnteredFigure> entered) {

    public ReportFigures {
        proactive = proactive == null ? ProactiveFigures.none() : proactive;
        regulatory = regulatory == null ? RegulatoryFigures.none() : regulatory;
        applications = applications == null ? ApplicationFigures.none() : applications;
        appeals = appeals == null ? AppealFigures.none() : appeals;
        fees = fees == null ? FeeFigures.none() : fees;
        readingPoints = readingPoints == null ? ReadingPointFigures.none() : readingPoints;
        activities = activities == null ? ActivityFigures.none() : activities;
        entered = entered == null ? List.of() : List.copyOf(entered);
    }

    /** A year in which nothing was recorded: every count zero, every optional figure absent. */
    public static ReportFigures empty(int year) {
        return new ReportFigures(year, null, null, null, null, null, null, null, null);
    }

    public ReportFigures withProactive(ProactiveFigures p) {
        return new ReportFigures(year, p, regulatory, applications, appeals, fees, readingPoints, activities, entered);
    }

    public ReportFigures withRegulatory(RegulatoryFigures r) {
        return new ReportFigures(year, proactive, r, applications, appeals, fees, readingPoints, activities, entered);
    }

    public ReportFigures withApplications(ApplicationFigures a) {
        return new ReportFigures(year, proactive, regulatory, a, appeals, fees, readingPoints, activities, entered);
    }

    public ReportFigures withAppeals(AppealFigures a) {
        return new ReportFigures(year, proactive, regulatory, applications, a, fees, readingPoints, activities, entered);
    }

    public ReportFigures withFees(FeeFigures f) {
        return new ReportFigures(year, proactive, regulatory, applications, appeals, f, readingPoints, activities, entered);
    }

    public ReportFigures withReadingPoints(ReadingPointFigures r) {
        return new ReportFigures(year, proactive, regulatory, applications, appeals, fees, r, activities, entered);
    }

    public ReportFigures withActivities(ActivityFigures a) {
        return new ReportFigures(year, proactive, regulatory, applications, appeals, fees, readingPoints, a, entered);
    }

    public ReportFigures withEntered(List<EnteredFigure> e) {
        return new ReportFigures(year, proactive, regulatory, applications, appeals, fees, readingPoints, activities, e);
    }

    /** Twelve monthly figures; a missing list is twelve zeros, a wrong length is a programming error. */
    static List<Long> months(List<Long> values) {
        if (values == null || values.isEmpty()) {
            return java.util.Collections.nCopies(12, 0L);
        }
        if (values.size() != 12) {
            throw new IllegalArgumentException("Monthly figures need 12 values, got " + values.size());
        }
        return values.stream().map(v -> v == null ? 0L : v).toList();
    }
}
