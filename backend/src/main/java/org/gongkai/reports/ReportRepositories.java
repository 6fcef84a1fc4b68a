package org.gongkai.reports;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The Panache repositories of the reports feature. */
public final class ReportRepositories {

    private ReportRepositories() {
    }

    @ApplicationScoped
    public static class Reports implements PanacheRepository<AnnualReport> {
        public Optional<AnnualReport> find(long agencyId, int year) {
            return find("agencyId = ?1 and year = ?2", agencyId, year).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class Sections implements PanacheRepository<ReportSection> {
        public List<ReportSection> of(long reportId, ReportFormat format) {
            return list("reportId = ?1 and format = ?2", reportId, format);
        }

        public Optional<ReportSection> find(long reportId, ReportFormat format, String key) {
            return find("reportId = ?1 and format = ?2 and sectionKey = ?3", reportId, format, key).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class Events implements PanacheRepository<ReportEvent> {
        public List<ReportEvent> of(long reportId) {
            return list("reportId = ?1 order by id", reportId);
        }
    }

    @ApplicationScoped
    public static class InputSets implements PanacheRepository<ReportInputSet> {
        public Optional<ReportInputSet> find(long agencyId, int year) {
            return find("agencyId = ?1 and year = ?2", agencyId, year).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class InputValues implements PanacheRepository<ReportInputValue> {
        public List<ReportInputValue> of(long setId) {
            return list("setId", setId);
        }
    }

    @ApplicationScoped
    public static class Narratives implements PanacheRepository<ReportNarrative> {
        public List<ReportNarrative> of(long setId) {
            return list("setId", setId);
        }

        /**
         * The narratives in effect for a year: per slot the text of the latest year up to {@code year} (one
         * query; an agency has a handful of rows per year).
         */
        public List<Object[]> inEffect(long agencyId, int year) {
            return getEntityManager().createQuery("select n, s.year from ReportNarrative n, ReportInputSet s "
                    + "where n.setId = s.id and s.agencyId = ?1 and s.year <= ?2 order by s.year desc", Object[].class)
                    .setParameter(1, agencyId).setParameter(2, year).getResultList();
        }
    }
}
