package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Allocates index numbers (索引号) {@code <agency catalogue code>/<year>-<5-digit sequence>} from one counter
 * row per agency and publication year. Taking numbers updates that row, so concurrent publishers of the same
 * agency and year queue on its row lock until the first commits, and no number is given twice; a rolled-back
 * publication gives its number back.
 */
@ApplicationScoped
public class IndexNumbers {

    @Inject
    EntityManager em;

    public static String format(String catalogueCode, int year, int sequence) {
        return catalogueCode + "/" + year + "-" + String.format("%05d", sequence);
    }

    /** Reserves {@code n} consecutive sequence numbers for the agency and year; answers the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reserve(long agencyId, int year, int n) {
        if (bump(agencyId, year, n) == 0) {
            createCounter(agencyId, year);
            if (bump(agencyId, year, n) == 0) {
                throw new IllegalStateException("index counter row missing for agency " + agencyId + ", " + year);
            }
        }
        Number last = (Number) em.createNativeQuery(
                        "select last_value from item_index_counter where agency_id = ?1 and year = ?2")
                .setParameter(1, agencyId).setParameter(2, year).getSingleResult();
        return last.intValue() - n + 1;
    }

    private int bump(long agencyId, int year, int n) {
        return em.createNativeQuery(
                        "update item_index_counter set last_value = last_value + ?1 where agency_id = ?2 and year = ?3")
                .setParameter(1, n).setParameter(2, agencyId).setParameter(3, year).executeUpdate();
    }

    /**
     * The first publication of an agency in a year creates its counter. Locking the agency row first makes two
     * such first publications take turns, so only one inserts the counter.
     */
    private void createCounter(long agencyId, int year) {
        em.createNativeQuery("select id from agency where id = ?1 for update").setParameter(1, agencyId).getResultList();
        List<?> present = em.createNativeQuery(
                        "select last_value from item_index_counter where agency_id = ?1 and year = ?2")
                .setParameter(1, agencyId).setParameter(2, year).getResultList();
        if (present.isEmpty()) {
            em.createNativeQuery("insert into item_index_counter (agency_id, year, last_value) values (?1, ?2, 0)")
                    .setParameter(1, agencyId).setParameter(2, year).executeUpdate();
        }
    }
}
