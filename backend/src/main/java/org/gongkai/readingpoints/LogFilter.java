package org.gongkai.readingpoints;

import io.quarkus.panache.common.Parameters;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of the visit and tally lists (point, agency, date range) and their keyset position, newest day
 * first. Both lists share it so that they always filter the same way.
 */
public record LogFilter(Long pointId, Long agencyId, LocalDate from, LocalDate to) {

    public LogFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "结束日期不能早于开始日期。", "The end date cannot be before the start date.");
        }
    }

    public LogFilter forPoint(long id) {
        return new LogFilter(id, agencyId, from, to);
    }

    /** A JPQL query over alias {@code e} (with {@code e.point} and {@code e.date}), ordered by day and id, newest first. */
    Query query(String entity, Optional<Long> restriction, Cursor cursor) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (pointId != null) {
            where.add("e.point.id = :point");
            p.and("point", pointId);
        }
        if (agencyId != null) {
            where.add("e.point.agency.id = :agency");
            p.and("agency", agencyId);
        }
        restriction.ifPresent(id -> {
            where.add("e.point.agency.id = :scope");
            p.and("scope", id);
        });
        if (from != null) {
            where.add("e.date >= :from");
            p.and("from", from);
        }
        if (to != null) {
            where.add("e.date <= :to");
            p.and("to", to);
        }
        if (cursor != null) {
            cursor.expect(2);
            where.add("(e.date < :afterDate or (e.date = :afterDate and e.id < :afterId))");
            p.and("afterDate", cursor.date(0)).and("afterId", cursor.longValue(1));
        }
        String jpql = "from " + entity + " e join fetch e.point pt join fetch pt.agency"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by e.date desc, e.id desc";
        return new Query(jpql, p);
    }

    record Query(String jpql, Parameters parameters) {
    }
}
