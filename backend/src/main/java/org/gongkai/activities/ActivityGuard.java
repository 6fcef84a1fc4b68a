package org.gongkai.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;

import java.time.LocalDate;
import java.time.ZoneId;

/** The checks every activity write shares: a real agency within the caller's scope, a sensible date, an open year. */
@ApplicationScoped
public class ActivityGuard {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyScope scope;

    @Inject
    YearLocks yearLocks;

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    public Agency agencyForWrite(Long agencyId) {
        Agency a = agencyId == null ? null : agencies.findByIdOptional(agencyId).orElse(null);
        if (a == null) {
            throw ApiException.invalidField("agencyId", "机关不存在。", "No such agency.");
        }
        scope.requireCanActOn(a.id);
        return a;
    }

    public void requireNotFuture(String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw ApiException.invalidField(field, "日期不能晚于今天（" + today() + "）。",
                    "The date cannot be after today (" + today() + ").");
        }
    }

    public void requireOpen(long agencyId, int year) {
        yearLocks.requireOpen(agencyId, year);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
