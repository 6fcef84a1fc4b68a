package org.gongkai.readingpoints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ReadingPointRepository implements PanacheRepository<ReadingPoint> {

    /** Points whose name is exactly {@code name}, among the given agencies (all agencies when null). */
    public List<ReadingPoint> findByName(String name, Long onlyAgencyId) {
        return onlyAgencyId == null
                ? list("name = ?1", name)
                : list("name = ?1 and agency.id = ?2", name, onlyAgencyId);
    }

    /** Whether visits, tallies or archive transfers refer to the point (then it can only be closed, not removed). */
    public boolean inUse(long pointId) {
        return getEntityManager().createQuery("""
                        select count(v) from ReadingPointVisit v where v.point.id = ?1""", Long.class)
                .setParameter(1, pointId).getSingleResult() > 0
                || getEntityManager().createQuery("""
                        select count(t) from ReadingPointTally t where t.point.id = ?1""", Long.class)
                .setParameter(1, pointId).getSingleResult() > 0
                || getEntityManager().createQuery("""
                        select count(a) from ArchiveTransfer a where a.receivingPoint.id = ?1""", Long.class)
                .setParameter(1, pointId).getSingleResult() > 0;
    }
}
