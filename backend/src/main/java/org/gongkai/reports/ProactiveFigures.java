package org.gongkai.reports;

import java.util.List;

/**
 * Proactively disclosed items: published and not withdrawn at year end ({@link #cumulativePublished}), first
 * published in the year, by catalogue category (the legacy report lists the 2011 scheme's seven categories),
 * by month, and how many were published after the 20-working-day limit (or could not be judged).
 */
public record ProactiveFigures(
        long cumulativePublished,
        long publishedInYear,
        List<CategoryCount> publishedInYearByCategory,
        List<Long> publishedByMonth,
        long publishedLate,
        long lateUnknown) {

    public ProactiveFigures {
        publishedInYearByCategory = publishedInYearByCategory == null ? List.of() : List.copyOf(publishedInYearByCategory);
        publishedByMonth = ReportFigures.months(publishedByMonth);
    }

    public static ProactiveFigures none() {
        return new ProactiveFigures(0, 0, List.of(), null, 0, 0);
    }

    /** Items published before the year began and still published at its end, as the legacy text has it. */
    public long publishedBefore() {
        return cumulativePublished - publishedInYear;
    }

    /** Categories of one scheme in the source's order (LEGACY_2011 for the legacy text). */
    public List<CategoryCount> categories(String scheme) {
        return publishedInYearByCategory.stream().filter(c -> scheme.equals(c.scheme())).toList();
    }

    public long category(String scheme, String code) {
        return publishedInYearByCategory.stream().filter(c -> scheme.equals(c.scheme()) && code.equals(c.code()))
                .mapToLong(CategoryCount::count).sum();
    }

    /** One catalogue category's count; {@code scheme} is LEGACY_2011 or NATIONAL (see the items feature). */
    public record CategoryCount(String code, String nameZh, String scheme, long count) {
        public static final String LEGACY_2011 = "LEGACY_2011";
        public static final String NATIONAL = "NATIONAL";
    }
}
