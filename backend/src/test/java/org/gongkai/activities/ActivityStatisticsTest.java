package org.gongkai.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ActivityStatisticsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ActivityStatistics statistics;

    private void post(String path, Map<String, Object> body) {
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201);
    }

    @Test
    void aYearOfActivitiesAddsUpInSql() {
        long a = fixtures.department("T-ACT1").id;
        long b = fixtures.department("T-ACT2").id;
        post("/api/v1/press-conferences", Map.of("agencyId", a, "date", "2021-03-01", "title", "发布会一", "channel", "PRESS_CONFERENCE"));
        post("/api/v1/press-conferences", Map.of("agencyId", b, "date", "2021-07-01", "title", "发布会二", "channel", "BRIEFING"));
        post("/api/v1/press-conferences", Map.of("agencyId", a, "date", "2020-12-31", "title", "上年", "channel", "OTHER"));
        post("/api/v1/trainings", Map.of("agencyId", a, "date", "2021-04-01", "topic", "培训一", "sessions", 1, "participants", 60));
        post("/api/v1/trainings", Map.of("agencyId", b, "date", "2021-09-01", "topic", "培训二", "sessions", 1, "participants", 56));
        post("/api/v1/internal-rules", Map.of("agencyId", a, "adoptedOn", "2021-06-01", "title", "考核办法"));
        post("/api/v1/disclosure-guides", Map.of("agencyId", a, "versionLabel", "2019", "title", "指南",
                "effectiveDate", "2019-05-15", "body", "x"));
        post("/api/v1/disclosure-guides", Map.of("agencyId", a, "versionLabel", "2021", "title", "指南",
                "effectiveDate", "2021-08-01", "body", "y"));
        post("/api/v1/disclosure-guides", Map.of("agencyId", a, "versionLabel", "2022", "title", "指南",
                "effectiveDate", "2022-02-01", "body", "z"));
        post("/api/v1/disclosure-catalogues", Map.of("agencyId", b, "versionLabel", "2018", "title", "目录",
                "effectiveDate", "2018-03-01", "body", "c"));
        for (int m = 1; m <= 11; m++) {
            given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(Map.of("visits", 1000 + m))
                    .when().put("/api/v1/website-statistics/" + a + "/2021/" + m).then().statusCode(201);
        }
        given().auth().oauth2(fixtures.token(Role.EDITOR)).contentType(ContentType.JSON).body(Map.of("visits", 7))
                .when().put("/api/v1/website-statistics/" + b + "/2021/11").then().statusCode(201);

        ActivityYearFigures f = statistics.forYear(List.of(a, b), 2021);
        assertThat(f.pressConferences()).isEqualTo(2);
        assertThat(f.pressConferenceList()).extracting(ActivityYearFigures.Event::title).containsExactly("发布会一", "发布会二");
        assertThat(f.trainings()).isEqualTo(2);
        assertThat(f.trainingSessions()).isEqualTo(2);
        assertThat(f.trainingParticipants()).isEqualTo(116);
        assertThat(f.websiteVisits()).isEqualTo(11 * 1000 + 66 + 7);
        assertThat(f.websiteMonthsRecorded()).isEqualTo(11);
        assertThat(f.websiteComplete()).isFalse();
        assertThat(f.guideLatestUpdate()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(f.guideVersionsInYear()).isEqualTo(1);
        assertThat(f.catalogueLatestUpdate()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(f.catalogueVersionsInYear()).isZero();
        assertThat(f.internalRules()).isEqualTo(1);
        assertThat(f.internalRuleList().get(0).title()).isEqualTo("考核办法");

        ActivityYearFigures none = statistics.forYear(List.of(b), 2019);
        assertThat(none.websiteVisits()).isNull();
        assertThat(none.websiteMonthsRecorded()).isZero();
        assertThat(none.guideLatestUpdate()).isNull();
        assertThat(statistics.forYear(List.of(), 2021).pressConferences()).isZero();
    }
}
