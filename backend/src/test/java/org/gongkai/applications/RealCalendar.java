package org.gongkai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.common.calendar.DayRule;
import org.gongkai.common.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bundled State Council notices 2007–2026 as a calendar, for the plain unit tests. */
final class RealCalendar {

    static final WorkingDayCalendar CALENDAR = load();

    private RealCalendar() {
    }

    private static WorkingDayCalendar load() {
        ObjectMapper mapper = new ObjectMapper();
        List<DayRule> rules = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = 2007; year <= 2026; year++) {
            try (InputStream in = RealCalendar.class.getResourceAsStream("/calendar/holidays-cn/" + year + ".json")) {
                JsonNode root = mapper.readTree(in);
                for (JsonNode d : root.get("days")) {
                    rules.add(new DayRule(LocalDate.parse(d.get("date").asText()), d.get("isOffDay").asBoolean(),
                            d.get("name").asText(), year));
                }
                years.add(year);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WorkingDayCalendar(rules, years);
    }
}
