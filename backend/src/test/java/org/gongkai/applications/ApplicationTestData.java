package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.period.YearLock;
import org.gongkai.common.period.YearLocks;

import java.time.Instant;

/** Database set-up the API cannot do (a locked reporting year). */
@ApplicationScoped
public class ApplicationTestData {

    @Inject
    YearLocks locks;

    @Transactional
    public void lockYear(long agencyId, int year) {
        if (locks.findLock(agencyId, year).isPresent()) {
            return;
        }
        YearLock l = new YearLock();
        l.agencyId = agencyId;
        l.year = year;
        l.includeSubagencies = false;
        l.lockedAt = Instant.now();
        l.lockedBy = "test";
        locks.persist(l);
    }
}
