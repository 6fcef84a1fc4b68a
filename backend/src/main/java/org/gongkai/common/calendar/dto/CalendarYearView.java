package org.gongkai.common.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CalendarYear", description = "A year's holiday notice: the dates it names")
public record CalendarYearView(int year, List<String> papers, String source, long version, List<CalendarDayView> days) {
}
