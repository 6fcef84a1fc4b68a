package org.gongkai.items;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The proactive-disclosure figures of one year for a set of agencies, as the annual report needs them (2011
 * format: cumulative and yearly totals by category; current format: table 二).
 *
 * @param cumulativePublished       published on or before 31 December and not withdrawn by then
 * @param publishedInYear           published during the year (later withdrawals do not change it)
 * @param publishedInYearByCategory every active category (and any other with items that year), 0 when none
 * @param publishedByMonth          12 numbers, January first
 * @param rulesIssued               规章 published in the year; likewise normativeIssued
 * @param rulesRepealed             规章 whose repeal date lies in the year; likewise normativeRepealed
 * @param rulesInForce              规章 in force on 31 December; likewise normativeInForce
 * @param publishedLate             published in the year more than 20 working days after being written
 * @param lateUnknown               published in the year whose lateness could not be computed (calendar missing)
 */
@Schema(name = "ItemYearFigures")
public record ItemYearFigures(long cumulativePublished, long publishedInYear,
                              List<CategoryCount> publishedInYearByCategory, long[] publishedByMonth,
                              long rulesIssued, long rulesRepealed, long rulesInForce,
                              long normativeIssued, long normativeRepealed, long normativeInForce,
                              long licensingPublished, long penaltyPublished, long coercionPublished,
                              long publishedLate, long lateUnknown) {

    @Schema(name = "ItemCategoryCount")
    public record CategoryCount(String code, String nameZh, Category.Scheme scheme, long count) {
    }

    public long inCategory(String code) {
        return publishedInYearByCategory.stream().filter(c -> c.code().equals(code)).mapToLong(CategoryCount::count)
                .sum();
    }
}
