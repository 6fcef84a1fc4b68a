package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.CalendarYearChanged;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.period.YearLocks;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When an administrator adds or corrects a year of the holiday calendar, the late flags that depend on it are
 * computed again: UNKNOWN ones become known, corrected holidays move the count. Items of a year whose annual
 * report is locked keep their flag, so a locked report's figures never move.
 */
@ApplicationScoped
public class ItemLatenessRecalculation {

    private static final Logger LOG = Logger.getLogger(ItemLatenessRecalculation.class);

    @Inject
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    YearLocks yearLocks;

    void onCalendarChanged(@Observes CalendarYearChanged changed) {
        int year = changed.year();
        // A year's notice also names days of the December before it (New Year's holiday).
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<?> rows = em.createNativeQuery("select id, agency_id, written_date, publication_date, lateness, "
                        + "late_by_working_days from item where publication_date is not null "
                        + "and written_date <= :to and publication_date >= :from")
                .setParameter("from", from).setParameter("to", to).getResultList();
        WorkingDayCalendar workingDays = calendar.current();
        Map<String, Boolean> locked = new HashMap<>();
        List<Object[]> updates = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long agencyId = ((Number) r[1]).longValue();
            LocalDate written = toDate(r[2]);
            LocalDate published = toDate(r[3]);
            if (locked.computeIfAbsent(agencyId + "/" + published.getYear(),
                    k -> yearLocks.findLock(agencyId, published.getYear()).isPresent())) {
                continue;
            }
            Lateness.Verdict v = Lateness.of(workingDays, written, published);
            Integer oldDays = r[5] == null ? null : ((Number) r[5]).intValue();
            if (!v.lateness().name().equals(r[4]) || !Objects.equals(v.lateByWorkingDays(), oldDays)) {
                updates.add(new Object[]{((Number) r[0]).longValue(), v});
            }
        }
        if (updates.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement s = conn.prepareStatement(
                    "update item set lateness = ?, late_by_working_days = ? where id = ?")) {
                for (Object[] u : updates) {
                    Lateness.Verdict v = (Lateness.Verdict) u[1];
                    s.setString(1, v.lateness().name());
                    if (v.lateByWorkingDays() == null) {
                        s.setNull(2, Types.INTEGER);
                    } else {
                        s.setInt(2, v.lateByWorkingDays());
                    }
                    s.setLong(3, (Long) u[0]);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
        LOG.infof("Holiday calendar %d changed: late flags of %d published items recomputed", year, updates.size());
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }
}
