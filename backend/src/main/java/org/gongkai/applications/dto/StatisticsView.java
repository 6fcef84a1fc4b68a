package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.AppealFigures;
import org.gongkai.applications.ApplicationYearFigures;

import java.util.List;

@Schema(name = "ApplicationStatistics", description = "A year's application and appeal figures for a set of agencies")
public record StatisticsView(int year, List<Long> agencyIds, ApplicationYearFigures applications,
                             @Schema(description = "The 总计 column of table 三") ApplicationYearFigures.Column total,
                             AppealFigures appeals) {
}
