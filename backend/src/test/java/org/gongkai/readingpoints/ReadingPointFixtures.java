package org.gongkai.readingpoints;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.period.YearLock;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Reading points for the tests, created through the API so that they take the same path as real ones. */
@ApplicationScoped
public class ReadingPointFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Fixtures fixtures;

    @Inject
    AgencyRepository agencies;

    @Inject
    YearLocks yearLocks;

    /** A unique name, so that test classes sharing one database never collide. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
    }

    public Map<String, Object> body(long agencyId, String kind, String name, LocalDate from, LocalDate to) {
        Map<String, Object> m = new HashMap<>();
        m.put("agencyId", agencyId);
        m.put("kind", kind);
        m.put("name", name);
        m.put("address", "测试路 1 号");
        m.put("openingHours", "工作日 9:00–17:00");
        m.put("phone", "0812-1234567");
        m.put("activeFrom", from.toString());
        if (to != null) {
            m.put("activeTo", to.toString());
        }
        return m;
    }

    /** Creates a point in the agency with the given catalogue code; returns its id. */
    public long point(String agencyCode, String kind, LocalDate from, LocalDate to) {
        long agencyId = fixtures.department(agencyCode).id;
        return ((Number) given().auth().oauth2(fixtures.token(Role.ADMIN)).contentType(ContentType.JSON)
                .body(body(agencyId, kind, unique("查阅点"), from, to))
                .when().post("/api/v1/reading-points")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public long point(String agencyCode, String kind) {
        return point(agencyCode, kind, LocalDate.of(2008, 5, 1), null);
    }

    /** Locks a year for an agency, as a locked annual report would. */
    @Transactional
    public void lockYear(String agencyCode, int year) {
        long agencyId = fixtures.department(agencyCode).id;
        if (yearLocks.findLock(agencyId, year).isPresent()) {
            return;
        }
        YearLock lock = new YearLock();
        lock.agencyId = agencyId;
        lock.year = year;
        lock.includeSubagencies = false;
        lock.lockedAt = Instant.now();
        lock.lockedBy = "test";
        yearLocks.persist(lock);
    }
}
