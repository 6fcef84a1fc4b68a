package org.gongkai.readingpoints;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.activities.ActivityDemoData;
import org.gongkai.activities.ActivityStatistics;
import org.gongkai.activities.ActivityYearFigures;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.calendar.CalendarService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data of reading points and activities: plausible figures, and a second run adds nothing. */
@QuarkusTest
class ReadingPointDemoDataTest {

    @Inject
    AgencyDemoData agencyDemo;

    @Inject
    ReadingPointDemoData readingPointDemo;

    @Inject
    ActivityDemoData activityDemo;

    @Inject
    AgencyRepository agencies;

    @Inject
    ReadingPointRepository points;

    @Inject
    TallyRepository tallies;

    @Inject
    ReadingPointStatistics statistics;

    @Inject
    ActivityStatistics activities;

    @Inject
    CalendarService calendar;

    @Test
    void seedsTheDistrictsPointsAndAYearOfPlausibleFiguresOnce() {
        for (int run = 0; run < 2; run++) {
            QuarkusTransaction.requiringNew().run(() -> {
                agencyDemo.seed();
                readingPointDemo.seed();
                activityDemo.seed();
            });
        }
        long district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElseThrow().id;
        assertThat(points.count("agency.id", district)).isEqualTo(6);

        VisitYearFigures y2025 = statistics.forYear(List.of(district), 2025);
        assertThat(y2025.kind(ReadingPointKind.SERVICE_CENTRE).points()).isEqualTo(2);
        assertThat(y2025.kind(ReadingPointKind.ARCHIVES).points()).isEqualTo(1);
        assertThat(y2025.kind(ReadingPointKind.LIBRARY).points()).isEqualTo(1);
        long workingDays = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1))
                .filter(d -> calendar.current().isWorkingDay(d)).count();
        long centre = y2025.kind(ReadingPointKind.SERVICE_CENTRE).people();
        assertThat(centre).isBetween(1000 * workingDays, 1500 * workingDays + 100);
        assertThat(y2025.group(ReadingPointKind.Group.PUBLIC_READING_POINT).people()).isBetween(100L, 5000L);
        assertThat(y2025.archiveTransfers()).isEqualTo(8);
        assertThat(statistics.forYear(List.of(district), 2011).people()).isZero();
        assertThat(tallies.count("point.agency.id = ?1 and date >= ?2", district, ChinaDate.today())).isZero();

        ActivityYearFigures a2025 = activities.forYear(List.of(district), 2025);
        assertThat(a2025.pressConferences()).isEqualTo(4);
        assertThat(a2025.trainingParticipants()).isEqualTo(174);
        assertThat(a2025.websiteMonthsRecorded()).isEqualTo(12);
        assertThat(a2025.guideLatestUpdate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(a2025.catalogueVersionsInYear()).isEqualTo(1);
        assertThat(activities.forYear(List.of(district), 2011).pressConferences()).isZero();
    }
}
