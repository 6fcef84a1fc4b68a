package org.gongkai.openstats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.openstats.dto.OpenStatisticsView.YearCount;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The aggregates only the open statistics need: which years have figures, items per year, website visits. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenStatisticsQueries {

    @Inject
    EntityManager em;

    /** Years in which anything was published, received, logged or recorded for these agencies, oldest first. */
    public List<Integer> yearsWithFigures(Collection<Long> agencyIds) {
        List<Integer> years = new ArrayList<>();
        for (Object y : em.createNativeQuery("""
                        select distinct y from (
                          select cast(extract(year from publication_date) as integer) as y from item
                          where agency_id in (:ids) and publication_date is not null
                          union select cast(extract(year from received_on) as integer) from disclosure_application
                          where agency_id in (:ids)
                          union select cast(extract(year from v.visit_date) as integer) from reading_point_visit v
                          join reading_point p on p.id = v.reading_point_id where p.agency_id in (:ids)
                          union select cast(extract(year from t.tally_date) as integer) from reading_point_tally t
                          join reading_point p on p.id = t.reading_point_id where p.agency_id in (:ids)
                          union select w.year from website_statistic w where w.agency_id in (:ids)
                        ) years order by y""")
                .setParameter("ids", agencyIds).getResultList()) {
            years.add(((Number) y).intValue());
        }
        return years;
    }

    /** Items published per year (the annual report's "published in the year"), oldest first. */
    public List<YearCount> itemsByYear(Collection<Long> agencyIds) {
        List<YearCount> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select y, count(*) from (
                          select cast(extract(year from publication_date) as integer) as y from item
                          where agency_id in (:ids) and publication_date is not null
                        ) published group by y order by y""")
                .setParameter("ids", agencyIds).getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new YearCount(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        }
        return rows;
    }

    /** Website visits per month of a year, null for a month nobody recorded (12 values, January first). */
    public Long[] websiteVisitsByMonth(Collection<Long> agencyIds, int year) {
        Long[] months = new Long[12];
        for (Object[] r : em.createQuery("""
                        select w.month, sum(w.visits) from WebsiteStatistic w
                        where w.agency.id in :ids and w.year = :year group by w.month""", Object[].class)
                .setParameter("ids", agencyIds).setParameter("year", year).getResultList()) {
            months[((Number) r[0]).intValue() - 1] = ((Number) r[1]).longValue();
        }
        return months;
    }
}
