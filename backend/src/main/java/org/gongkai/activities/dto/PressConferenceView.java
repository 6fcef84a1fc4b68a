package org.gongkai.activities.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.activities.PressChannel;
import org.gongkai.common.text.Text;

import java.time.LocalDate;

@Schema(name = "PressConference", description = "A press conference or other release event")
public record PressConferenceView(
        long id,
        long agencyId,
        String agencyName,
        @Schema(example = "2026-04-16") LocalDate date,
        @Schema(example = "东区一季度经济运行情况新闻发布会") String title,
        String topics,
        @Schema(example = "PRESS_CONFERENCE") PressChannel channel,
        Text channelLabel,
        String note,
        long version) {
}
