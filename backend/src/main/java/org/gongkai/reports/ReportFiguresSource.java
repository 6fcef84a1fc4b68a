package org.gongkai.reports;

/**
 * The seam to the statistics of the other features: the figures of one agency (and, with
 * {@code includeSubagencies}, every agency under it) for one calendar year, counted by the rules of the format,
 * aggregated in SQL. {@link LiveReportFigures} implements it from {@code ItemStatistics},
 * {@code ApplicationStatistics}, {@code ReadingPointStatistics} and {@code ActivityStatistics} (mapping in the
 * README, "Annual report"); the report services see only this interface. Report inputs
 * are applied afterwards by the services — an implementation leaves input-only figures null.
 */
@FunctionalInterface
public interface ReportFiguresSource {

    ReportFigures compute(long agencyId, boolean includeSubagencies, int year, ReportFormat format);
}
