package org.gongkai.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The year's figures of the other disclosure work for the annual report, aggregated in SQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivityStatistics {

    @Inject
    EntityManager em;

    public ActivityYearFigures forYear(Collection<Long> agencyIds, int year) {
        if (agencyIds == null || agencyIds.isEmpty()) {
            return new ActivityYearFigures(year, 0, List.of(), 0, 0, 0, null, 0, null, 0, null, 0, 0, List.of());
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<ActivityYearFigures.Event> events = em.createQuery("""
                        select p.agency.id, p.date, p.title, p.channel from PressConference p
                        where p.agency.id in :agencies and p.date between :from and :to order by p.date, p.id""", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(r -> new ActivityYearFigures.Event((Long) r[0], (LocalDate) r[1], (String) r[2], (PressChannel) r[3]))
                .toList();
        Object[] training = em.createQuery("""
                        select count(t), coalesce(sum(t.sessions), 0), coalesce(sum(t.participants), 0) from Training t
                        where t.agency.id in :agencies and t.date between :from and :to""", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] website = em.createQuery("""
                        select sum(w.visits), count(distinct w.month) from WebsiteStatistic w
                        where w.agency.id in :agencies and w.year = :year""", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("year", year).getSingleResult();
        List<ActivityYearFigures.Rule> rules = em.createQuery("""
                        select r.agency.id, r.date, r.title, r.documentNumber from InternalRule r
                        where r.agency.id in :agencies and r.date between :from and :to order by r.date, r.id""", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(r -> new ActivityYearFigures.Rule((Long) r[0], (LocalDate) r[1], (String) r[2], (String) r[3]))
                .toList();
        DocumentFigures guide = documents(agencyIds, DocumentKind.GUIDE, from, to);
        DocumentFigures catalogue = documents(agencyIds, DocumentKind.CATALOGUE, from, to);
        return new ActivityYearFigures(year, events.size(), events, (int) number(training[0]), number(training[1]),
                number(training[2]), website[0] == null ? null : number(website[0]), (int) number(website[1]),
                guide.latest(), guide.inYear(), catalogue.latest(), catalogue.inYear(), rules.size(), rules);
    }

    private record DocumentFigures(LocalDate latest, int inYear) {
    }

    private DocumentFigures documents(Collection<Long> agencyIds, DocumentKind kind, LocalDate from, LocalDate to) {
        Object[] r = em.createQuery("""
                        select max(d.date), sum(case when d.date >= :from then 1 else 0 end) from DisclosureDocument d
                        where d.agency.id in :agencies and d.kind = :kind and d.date <= :to""", Object[].class)
                .setParameter("agencies", agencyIds).setParameter("kind", kind).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return new DocumentFigures((LocalDate) r[0], (int) number(r[1]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
