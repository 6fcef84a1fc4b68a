package org.gongkai.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the agencies' other disclosure work, as the annual report needs it.
 *
 * @param websiteVisits         visits to the disclosure column in the year, or null when no month is recorded
 *                              (the report then flags the figure as missing instead of printing a blank)
 * @param websiteMonthsRecorded distinct months of the year with a recorded figure (12 = complete)
 * @param guideLatestUpdate     effective date of the latest guide version on or before 31 December, or null
 * @param guideVersionsInYear   guide versions that took effect during the year
 */
public record ActivityYearFigures(
        int year,
        int pressConferences,
        List<Event> pressConferenceList,
        int trainings,
        long trainingSessions,
        long trainingParticipants,
        Long websiteVisits,
        int websiteMonthsRecorded,
        LocalDate guideLatestUpdate,
        int guideVersionsInYear,
        LocalDate catalogueLatestUpdate,
        int catalogueVersionsInYear,
        int internalRules,
        List<Rule> internalRuleList) {

    public record Event(long agencyId, LocalDate date, String title, PressChannel channel) {
    }

    public record Rule(long agencyId, LocalDate adoptedOn, String title, String documentNumber) {
    }

    public boolean websiteComplete() {
        return websiteMonthsRecorded == 12;
    }
}
