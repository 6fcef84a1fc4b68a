package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out tracking numbers {@code YSQ-<year>-<six-digit sequence>}, one sequence per year. The counter row
 * is incremented with an UPDATE, which locks it until the transaction ends, so two submissions never get the
 * same number and a rolled-back submission leaves no gap.
 */
@ApplicationScoped
public class TrackingNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        return format(year, reserve(year, 1));
    }

    /** Reserves {@code n} numbers at once (imports); returns the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long reserve(int year, int n) {
        int updated = em.createNativeQuery("update application_counter set last_value = last_value + ?1 where year = ?2")
                .setParameter(1, n).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into application_counter (year, last_value) values (?1, ?2)")
                    .setParameter(1, year).setParameter(2, n).executeUpdate();
            return 1;
        }
        Number last = (Number) em.createNativeQuery("select last_value from application_counter where year = ?1")
                .setParameter(1, year).getSingleResult();
        return last.longValue() - n + 1;
    }

    public static String format(int year, long sequence) {
        return String.format("YSQ-%d-%06d", year, sequence);
    }
}
