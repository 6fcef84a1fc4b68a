package org.gongkai.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Press conferences, trainings, website visits (null when no month of the year was recorded: the report
 * must say so, never print a blank), the last update of the guide (指南) and catalogue (目录) and the internal
 * rules adopted in the year.
 */
public record ActivityFigures(
        long pressConferences,
        List<PressConference> pressConferenceList,
        long trainings,
        long trainingSessions,
        long trainingParticipants,
        Long websiteVisits,
        int websiteMonthsRecorded,
        LocalDate guideUpdated,
        LocalDate catalogueUpdated,
        List<String> rulesAdopted) {

    public ActivityFigures {
        pressConferenceList = pressConferenceList == null ? List.of() : List.copyOf(pressConferenceList);
        rulesAdopted = rulesAdopted == null ? List.of() : List.copyOf(rulesAdopted);
        if (websiteVisits == null) {
            websiteMonthsRecorded = 0;
        }
    }

    public static ActivityFigures none() {
        return new ActivityFigures(0, null, 0, 0, 0, null, 0, null, null, null);
    }

    public record PressConference(LocalDate date, String title) {
    }
}
