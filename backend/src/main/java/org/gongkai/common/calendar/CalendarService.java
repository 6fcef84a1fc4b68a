package org.gongkai.common.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.dto.CalendarDayView;
import org.gongkai.common.calendar.dto.CalendarYearRequest;
import org.gongkai.common.calendar.dto.CalendarYearSummary;
import org.gongkai.common.calendar.dto.CalendarYearView;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.security.CurrentUser;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Owns the working-day calendar: seeds the bundled State Council data on first start, lets administrators
 * add or correct a year without a redeploy, and hands out the current {@link WorkingDayCalendar}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class);
    static final int FIRST_BUNDLED_YEAR = 2007;

    @Inject
    YearRepository years;

    @Inject
    DayRepository days;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<CalendarYearChanged> changed;

    @Inject
    TransactionSynchronizationRegistry txRegistry;

    private volatile WorkingDayCalendar cached;

    /** The calendar as the database holds it now. */
    public WorkingDayCalendar current() {
        WorkingDayCalendar c = cached;
        if (c == null) {
            c = load();
            cached = c;
        }
        return c;
    }

    public List<CalendarYearSummary> listYears() {
        Map<Integer, List<CalendarDay>> byYear = days.listAll().stream()
                .collect(Collectors.groupingBy(d -> d.noticeYear));
        return years.list("order by year").stream().map(y -> {
            List<CalendarDay> ds = byYear.getOrDefault(y.year, List.of());
            int off = (int) ds.stream().filter(d -> d.offDay).count();
            return new CalendarYearSummary(y.year, off, ds.size() - off, papers(y), y.source, y.updatedAt,
                    y.updatedBy, y.version);
        }).toList();
    }

    public CalendarYearView getYear(int year) {
        CalendarYear y = years.findByIdOptional(year).orElseThrow(() -> ApiException.notFound("CALENDAR_YEAR_NOT_FOUND",
                year + "年的节假日安排尚未录入。", "No holiday calendar for " + year + "."));
        return view(y);
    }

    /** Creates or replaces a year's notice data; open deadlines are recomputed by the observers of the event. */
    @Transactional
    public CalendarYearView replaceYear(int year, CalendarYearRequest request) {
        validate(year, request);
        Optional<CalendarYear> existing = years.findByIdOptional(year);
        CalendarYear y = existing.orElseGet(CalendarYear::new);
        ChangeSet changes = ChangeSet.empty();
        if (existing.isPresent()) {
            Conflicts.requireVersion(y.version, request.version());
            List<CalendarDay> old = days.list("noticeYear", year);
            changes.field("days", describe(old.stream().map(CalendarDay::rule).toList()),
                    describe(request.days().stream().map(d -> new DayRule(d.date(), d.offDay(), d.name(), year)).toList()));
            old.forEach(days::delete);
            days.flush();
        } else {
            y.year = year;
            changes.note("days", request.days().size());
        }
        y.papers = String.join("\n", request.papers() == null ? List.of() : request.papers());
        y.source = "manual";
        y.updatedAt = Instant.now();
        y.updatedBy = currentUser.username();
        if (existing.isEmpty()) {
            years.persist(y);
        }
        for (CalendarDayView d : request.days()) {
            CalendarDay day = new CalendarDay();
            day.day = d.date();
            day.noticeYear = year;
            day.offDay = d.offDay();
            day.name = d.name().trim();
            days.persist(day);
        }
        years.flush();
        audit.record("CalendarYear", year, existing.isPresent() ? "UPDATE" : "CREATE", null, changes);
        reloadWithinTransaction();
        changed.fire(new CalendarYearChanged(year));
        return view(y);
    }

    /** Loads the bundled years that the database does not have yet (administrators' corrections stay). */
    @Transactional
    void seed(@Observes @Priority(10) StartupEvent ignored) {
        Set<Integer> present = years.listAll().stream().map(y -> y.year).collect(Collectors.toSet());
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        int loaded = 0;
        for (int year = FIRST_BUNDLED_YEAR; year <= Year.now().getValue() + 1; year++) {
            if (present.contains(year)) {
                continue;
            }
            try (InputStream in = getClass().getResourceAsStream("/calendar/holidays-cn/" + year + ".json")) {
                if (in == null) {
                    continue;
                }
                HolidayFile file = mapper.readValue(in, HolidayFile.class);
                CalendarYear y = new CalendarYear();
                y.year = year;
                y.papers = String.join("\n", file.papers());
                y.source = "holiday-cn";
                y.updatedAt = Instant.now();
                y.updatedBy = "system";
                years.persist(y);
                for (HolidayFile.Day d : file.days()) {
                    CalendarDay day = new CalendarDay();
                    day.day = LocalDate.parse(d.date());
                    day.noticeYear = year;
                    day.offDay = d.isOffDay();
                    day.name = d.name();
                    days.persist(day);
                }
                loaded++;
            } catch (IOException e) {
                throw new UncheckedIOException("Bundled holiday data for " + year + " is unreadable", e);
            }
        }
        if (loaded > 0) {
            LOG.infof("Loaded the official holiday calendar for %d year(s)", loaded);
        }
        cached = null;
    }

    private void reloadWithinTransaction() {
        cached = load();
        txRegistry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    cached = null;
                }
            }
        });
    }

    private WorkingDayCalendar load() {
        List<DayRule> rules = days.listAll().stream().map(CalendarDay::rule).toList();
        List<Integer> loaded = years.listAll().stream().map(y -> y.year).toList();
        return new WorkingDayCalendar(rules, loaded);
    }

    private void validate(int year, CalendarYearRequest request) {
        List<ApiException.Violation> violations = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            throw ApiException.invalidField("year", "年份应在2000至2100之间。", "Year must be between 2000 and 2100.");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < request.days().size(); i++) {
            CalendarDayView d = request.days().get(i);
            String field = "days[" + i + "].date";
            boolean inYear = d.date().getYear() == year;
            boolean spillOver = d.date().getYear() == year - 1 && d.date().getMonthValue() == 12;
            if (!inYear && !spillOver) {
                violations.add(ApiException.Violation.of(field, "日期不属于" + year + "年的通知（只能是该年或上年12月）。",
                        "Date is outside the " + year + " notice (that year, or December of the year before)."));
            }
            if (!seen.add(d.date())) {
                violations.add(ApiException.Violation.of(field, "日期重复。", "Duplicate date."));
            }
            Optional<CalendarDay> other = days.findByIdOptional(d.date());
            if (other.isPresent() && other.get().noticeYear != year) {
                violations.add(ApiException.Violation.of(field, "该日期已属于" + other.get().noticeYear + "年的通知。",
                        "This date already belongs to the " + other.get().noticeYear + " notice."));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private CalendarYearView view(CalendarYear y) {
        List<CalendarDayView> ds = days.list("noticeYear = ?1 order by day", y.year).stream()
                .map(d -> new CalendarDayView(d.day, d.offDay, d.name)).toList();
        return new CalendarYearView(y.year, papers(y), y.source, y.version, ds);
    }

    private static List<String> papers(CalendarYear y) {
        return y.papers == null || y.papers.isBlank() ? List.of() : Arrays.asList(y.papers.split("\n"));
    }

    private static String describe(List<DayRule> rules) {
        return rules.stream().sorted((a, b) -> a.date().compareTo(b.date()))
                .map(r -> r.date() + (r.offDay() ? " off " : " work ") + r.name())
                .collect(Collectors.joining("; "));
    }

    record HolidayFile(int year, List<String> papers, List<Day> days) {
        record Day(String name, String date, boolean isOffDay) {
        }
    }

    @ApplicationScoped
    public static class YearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {
    }

    @ApplicationScoped
    public static class DayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {
    }
}
