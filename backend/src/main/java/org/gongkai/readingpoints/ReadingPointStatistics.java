package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reading-point statistics, aggregated in SQL. Single visits and daily tallies are one stream of entries
 * (UNION ALL), so a visit of three people and a tally of three people count exactly the same everywhere.
 * The annual report calls {@link #forYear}; the statistics endpoint calls {@link #grouped}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingPointStatistics {

    /** Every logged entry in [from, to] as (point_id, d, people, items, apps). */
    static final String ENTRIES = """
            select v.reading_point_id as point_id, v.visit_date as d, v.people as people,
                   v.items_consulted as items, case when v.became_application then 1 else 0 end as apps
            from reading_point_visit v where v.visit_date between :from and :to
            union all
            select t.reading_point_id, t.tally_date, t.people, t.items_consulted, 0
            from reading_point_tally t where t.tally_date between :from and :to""";

    /** Points open at some time in [from, to]. */
    private static final String OPEN_POINTS = """
            p.agency_id in (:agencies) and p.active_from <= :to and (p.active_to is null or p.active_to >= :from)""";

    /** How {@link #grouped} splits a year. */
    public enum GroupBy { POINT, KIND, MONTH, POINT_MONTH, KIND_MONTH }

    /** One row of a grouped statistic; the dimensions not grouped by are null. */
    public record Row(Long pointId, String pointName, Long agencyId, ReadingPointKind kind, Integer month,
                      Integer points, long people, long itemsConsulted, long visitsTurnedIntoApplications) {
    }

    @Inject
    EntityManager em;

    /** The year's figures for the given agencies (an agency's sub-agencies are included only if listed). */
    public VisitYearFigures forYear(Collection<Long> agencyIds, int year) {
        if (agencyIds == null || agencyIds.isEmpty()) {
            return VisitYearFigures.empty(year);
        }
        Map<ReadingPointKind, VisitYearFigures.KindFigures> byKind = new EnumMap<>(ReadingPointKind.class);
        for (ReadingPointKind k : ReadingPointKind.values()) {
            byKind.put(k, VisitYearFigures.KindFigures.ZERO);
        }
        for (Row r : kinds(agencyIds, year)) {
            byKind.put(r.kind(), new VisitYearFigures.KindFigures(r.points(), r.people(), r.itemsConsulted()));
        }
        List<VisitYearFigures.PointFigures> byPoint = points(agencyIds, year).stream()
                .map(r -> new VisitYearFigures.PointFigures(r.pointId(), r.pointName(), r.kind(), r.agencyId(), r.people(),
                        r.itemsConsulted(), r.visitsTurnedIntoApplications()))
                .toList();
        long[] people = new long[12];
        long[] items = new long[12];
        long applications = 0;
        for (Row r : months(agencyIds, year)) {
            people[r.month() - 1] = r.people();
            items[r.month() - 1] = r.itemsConsulted();
            applications += r.visitsTurnedIntoApplications();
        }
        Object[] transfers = (Object[]) bind(em.createNativeQuery("""
                select count(*), coalesce(sum(a.item_count), 0) from archive_transfer a
                where a.agency_id in (:agencies) and a.transfer_date between :from and :to"""), agencyIds, year)
                .getSingleResult();
        return new VisitYearFigures(year, byKind, byPoint, people, items, applications,
                number(transfers[0]), number(transfers[1]));
    }

    /** The year split by point, kind, month or a combination; month splits are zero-filled to twelve months. */
    public List<Row> grouped(Collection<Long> agencyIds, int year, GroupBy groupBy) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return switch (groupBy) {
            case POINT -> points(agencyIds, year);
            case KIND -> kinds(agencyIds, year);
            case MONTH -> zeroFilledMonths(months(agencyIds, year), null);
            case POINT_MONTH -> pointMonths(agencyIds, year);
            case KIND_MONTH -> kindMonths(agencyIds, year);
        };
    }

    /**
     * One day's people and items per point open that day (points without entries count zero), in the
     * report's kind order — the console dashboard's "today" figures.
     */
    public List<Row> forDay(Collection<Long> agencyIds, LocalDate day) {
        return agencyIds.isEmpty() ? List.of() : points(agencyIds, day, day);
    }

    private List<Row> points(Collection<Long> agencyIds, int year) {
        return points(agencyIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private List<Row> points(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("""
                select p.id, p.name, p.kind, p.agency_id, coalesce(sum(e.people), 0), coalesce(sum(e.items), 0),
                       coalesce(sum(e.apps), 0)
                from reading_point p left join (""" + ENTRIES + """
                ) e on e.point_id = p.id
                where""" + " " + OPEN_POINTS + """
                group by p.id, p.name, p.kind, p.agency_id
                order by p.kind, p.name, p.id""")
                .setParameter("agencies", agencyIds).setParameter("from", from).setParameter("to", to))) {
            rows.add(new Row(number(r[0]), (String) r[1], number(r[3]), ReadingPointKind.valueOf((String) r[2]),
                    null, null, number(r[4]), number(r[5]), number(r[6])));
        }
        // The kind column sorts by its name in SQL; the report lists kinds in the enum's order.
        rows.sort(Comparator.comparing(Row::kind));
        return rows;
    }

    private List<Row> kinds(Collection<Long> agencyIds, int year) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : rows(bind(em.createNativeQuery("""
                select p.kind, count(distinct p.id), coalesce(sum(e.people), 0), coalesce(sum(e.items), 0),
                       coalesce(sum(e.apps), 0)
                from reading_point p left join (""" + ENTRIES + """
                ) e on e.point_id = p.id
                where""" + " " + OPEN_POINTS + """
                group by p.kind"""), agencyIds, year))) {
            rows.add(new Row(null, null, null, ReadingPointKind.valueOf((String) r[0]), null, (int) number(r[1]),
                    number(r[2]), number(r[3]), number(r[4])));
        }
        rows.sort(Comparator.comparing(Row::kind));
        return rows;
    }

    private List<Row> months(Collection<Long> agencyIds, int year) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : rows(bind(em.createNativeQuery("""
                select m.month, sum(m.people), sum(m.items), sum(m.apps) from (
                    select cast(extract(month from e.d) as integer) as month, e.people, e.items, e.apps
                    from (""" + ENTRIES + """
                    ) e join reading_point p on p.id = e.point_id
                    where p.agency_id in (:agencies)
                ) m group by m.month order by m.month"""), agencyIds, year))) {
            rows.add(new Row(null, null, null, null, (int) number(r[0]), null, number(r[1]), number(r[2]),
                    number(r[3])));
        }
        return rows;
    }

    private List<Row> pointMonths(Collection<Long> agencyIds, int year) {
        List<Row> sparse = new ArrayList<>();
        for (Object[] r : rows(bind(em.createNativeQuery("""
                select m.point_id, m.month, sum(m.people), sum(m.items), sum(m.apps) from (
                    select e.point_id, cast(extract(month from e.d) as integer) as month, e.people, e.items, e.apps
                    from (""" + ENTRIES + """
                    ) e join reading_point p on p.id = e.point_id
                    where p.agency_id in (:agencies)
                ) m group by m.point_id, m.month"""), agencyIds, year))) {
            sparse.add(new Row(number(r[0]), null, null, null, (int) number(r[1]), null, number(r[2]), number(r[3]),
                    number(r[4])));
        }
        List<Row> rows = new ArrayList<>();
        for (Row point : points(agencyIds, year)) {
            List<Row> mine = sparse.stream().filter(s -> s.pointId().equals(point.pointId())).toList();
            for (Row m : zeroFilledMonths(mine, point)) {
                rows.add(m);
            }
        }
        return rows;
    }

    private List<Row> kindMonths(Collection<Long> agencyIds, int year) {
        List<Row> sparse = new ArrayList<>();
        for (Object[] r : rows(bind(em.createNativeQuery("""
                select m.kind, m.month, sum(m.people), sum(m.items), sum(m.apps) from (
                    select p.kind, cast(extract(month from e.d) as integer) as month, e.people, e.items, e.apps
                    from (""" + ENTRIES + """
                    ) e join reading_point p on p.id = e.point_id
                    where p.agency_id in (:agencies)
                ) m group by m.kind, m.month"""), agencyIds, year))) {
            sparse.add(new Row(null, null, null, ReadingPointKind.valueOf((String) r[0]), (int) number(r[1]), null,
                    number(r[2]), number(r[3]), number(r[4])));
        }
        List<Row> rows = new ArrayList<>();
        for (Row kind : kinds(agencyIds, year)) {
            List<Row> mine = sparse.stream().filter(s -> s.kind() == kind.kind()).toList();
            for (Row m : zeroFilledMonths(mine, kind)) {
                rows.add(m);
            }
        }
        return rows;
    }

    /** Twelve rows, one per month, carrying the point or kind of {@code of} (null for the plain month split). */
    private static List<Row> zeroFilledMonths(List<Row> months, Row of) {
        List<Row> rows = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            final int month = m;
            Row found = months.stream().filter(r -> r.month() == month).findFirst().orElse(null);
            rows.add(new Row(of == null ? null : of.pointId(), of == null ? null : of.pointName(),
                    of == null ? null : of.agencyId(), of == null ? null : of.kind(), month, null,
                    found == null ? 0 : found.people(), found == null ? 0 : found.itemsConsulted(),
                    found == null ? 0 : found.visitsTurnedIntoApplications()));
        }
        return rows;
    }

    private static Query bind(Query q, Collection<Long> agencyIds, int year) {
        return q.setParameter("agencies", agencyIds)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
