package org.gongkai.readingpoints;

import jakarta.persistence.EntityManager;
import org.gongkai.common.period.YearLocks;
import org.gongkai.readingpoints.TallyRowChecker.Existing;
import org.gongkai.readingpoints.TallyRowChecker.Key;
import org.gongkai.readingpoints.TallyRowChecker.PointRef;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The database side of {@link TallyRowChecker}: points within the caller's agency scope, stored tallies, year locks. */
final class TallyLookup implements TallyRowChecker.Lookup {

    private final EntityManager em;
    private final YearLocks yearLocks;
    private final Optional<Long> restriction;

    TallyLookup(EntityManager em, YearLocks yearLocks, Optional<Long> restriction) {
        this.em = em;
        this.yearLocks = yearLocks;
        this.restriction = restriction;
    }

    @Override
    public Map<Long, PointRef> pointsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return points("p.id in :values", ids).stream().collect(Collectors.toMap(PointRef::id, p -> p));
    }

    @Override
    public Map<String, List<PointRef>> pointsByName(Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return points("p.name in :values", names).stream().collect(Collectors.groupingBy(PointRef::name));
    }

    private List<PointRef> points(String condition, Collection<?> values) {
        String jpql = "select p.id, p.name, p.agency.id, p.activeFrom, p.activeTo from ReadingPoint p where " + condition
                + (restriction.isPresent() ? " and p.agency.id = :scope" : "");
        var q = em.createQuery(jpql, Object[].class).setParameter("values", values);
        restriction.ifPresent(id -> q.setParameter("scope", id));
        return q.getResultList().stream().map(r -> new PointRef((Long) r[0], (String) r[1], (Long) r[2],
                (LocalDate) r[3], (LocalDate) r[4])).toList();
    }

    @Override
    public Map<Key, Existing> existing(Collection<Long> pointIds, LocalDate from, LocalDate to) {
        Map<Key, Existing> m = new HashMap<>();
        em.createQuery("""
                        select t.point.id, t.date, t.id, t.people, t.itemsConsulted, t.note from ReadingPointTally t
                        where t.point.id in :points and t.date between :from and :to""", Object[].class)
                .setParameter("points", pointIds).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> m.put(new Key((Long) r[0], (LocalDate) r[1]),
                        new Existing((Long) r[2], (Integer) r[3], (Integer) r[4], (String) r[5])));
        return m;
    }

    @Override
    public boolean yearLocked(long agencyId, int year) {
        return yearLocks.findLock(agencyId, year).isPresent();
    }
}
