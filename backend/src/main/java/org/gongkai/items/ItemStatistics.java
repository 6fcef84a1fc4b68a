package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proactive-disclosure statistics for the annual report, computed in SQL with GROUP BY over the
 * {@code ix_item_stats} index (agency, publication date, category, lateness, withdrawal date) and, for rules and
 * normative documents, {@code ix_item_rules}: three queries whatever the number of items, answered from the
 * indexes alone on PostgreSQL.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemStatistics {

    @Inject
    EntityManager em;

    public ItemYearFigures forYear(Collection<Long> agencyIds, int year) {
        List<Long> agencies = List.copyOf(agencyIds);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (agencies.isEmpty()) {
            return empty();
        }

        long cumulative = ((Number) params(em.createNativeQuery(
                "select count(*) from item where agency_id in (:agencies) and publication_date <= :last "
                        + "and (withdrawn_date is null or withdrawn_date > :last)"), agencies, null, last)
                .getSingleResult()).longValue();

        // Published in the year, by category, month and lateness: at most categories x 12 x 3 rows.
        Map<Long, Long> byCategory = new HashMap<>();
        long[] byMonth = new long[12];
        long total = 0;
        long late = 0;
        long unknown = 0;
        List<?> rows = params(em.createNativeQuery(
                "select category_id, extract(month from publication_date), lateness, count(*) from item "
                        + "where agency_id in (:agencies) and publication_date >= :first and publication_date <= :last "
                        + "group by category_id, extract(month from publication_date), lateness"),
                agencies, first, last).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long n = ((Number) r[3]).longValue();
            byCategory.merge(((Number) r[0]).longValue(), n, Long::sum);
            byMonth[((Number) r[1]).intValue() - 1] += n;
            total += n;
            if (Lateness.LATE.name().equals(r[2])) {
                late += n;
            } else if (Lateness.UNKNOWN.name().equals(r[2])) {
                unknown += n;
            }
        }

        // Rules and normative documents: repealed in the year, and in force on 31 December, in one pass.
        List<Category> categories = em.createQuery("select c from Category c", Category.class).getResultList();
        Map<Long, String> ruleCodes = new HashMap<>();
        categories.stream().filter(c -> Category.hasValidity(c.code)).forEach(c -> ruleCodes.put(c.id, c.code));
        Map<String, Long> repealed = new HashMap<>();
        Map<String, Long> inForce = new HashMap<>();
        List<?> ruleRows = ruleCodes.isEmpty() ? List.of() : params(em.createNativeQuery(
                        "select category_id, "
                                + "sum(case when repeal_date >= :first and repeal_date <= :last then 1 else 0 end), "
                                + "sum(case when publication_date <= :last and (withdrawn_date is null or withdrawn_date > :last) "
                                + "and (repeal_date is null or repeal_date > :last) then 1 else 0 end) "
                                + "from item where category_id in (:rules) and agency_id in (:agencies) "
                                + "and publication_date is not null group by category_id")
                .setParameter("rules", ruleCodes.keySet()), agencies, first, last).getResultList();
        for (Object o : ruleRows) {
            Object[] r = (Object[]) o;
            String code = ruleCodes.get(((Number) r[0]).longValue());
            repealed.put(code, ((Number) r[1]).longValue());
            inForce.put(code, ((Number) r[2]).longValue());
        }

        List<ItemYearFigures.CategoryCount> counts = new ArrayList<>();
        Map<String, Long> byCode = new HashMap<>();
        categories.stream()
                .filter(c -> c.active || byCategory.containsKey(c.id))
                .sorted(Comparator.comparingInt((Category c) -> c.sortOrder).thenComparing(c -> c.code))
                .forEach(c -> {
                    long n = byCategory.getOrDefault(c.id, 0L);
                    counts.add(new ItemYearFigures.CategoryCount(c.code, c.nameZh, c.scheme, n));
                    byCode.put(c.code, n);
                });
        return new ItemYearFigures(cumulative, total, counts, byMonth,
                byCode.getOrDefault(Category.RULES, 0L), repealed.getOrDefault(Category.RULES, 0L),
                inForce.getOrDefault(Category.RULES, 0L),
                byCode.getOrDefault(Category.NORMATIVE, 0L), repealed.getOrDefault(Category.NORMATIVE, 0L),
                inForce.getOrDefault(Category.NORMATIVE, 0L),
                byCode.getOrDefault(Category.LICENSING, 0L), byCode.getOrDefault(Category.PENALTY, 0L),
                byCode.getOrDefault(Category.COERCION, 0L), late, unknown);
    }

    private ItemYearFigures empty() {
        List<ItemYearFigures.CategoryCount> counts = em.createQuery(
                        "select c from Category c where c.active = true order by c.sortOrder, c.code", Category.class)
                .getResultList().stream()
                .map(c -> new ItemYearFigures.CategoryCount(c.code, c.nameZh, c.scheme, 0)).toList();
        return new ItemYearFigures(0, 0, counts, new long[12], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static Query params(Query q, List<Long> agencies, LocalDate first, LocalDate last) {
        q.setParameter("agencies", agencies);
        if (first != null) {
            q.setParameter("first", first);
        }
        q.setParameter("last", last);
        return q;
    }
}
