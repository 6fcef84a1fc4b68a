package org.gongkai.readingpoints.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.ReadingPointKind;

import java.time.LocalDate;

@Schema(name = "ReadingPoint", description = "A reading point (查阅点) where the public consults disclosed information")
public record ReadingPointView(
        long id,
        long agencyId,
        @Schema(example = "攀枝花市东区人民政府") String agencyName,
        @Schema(example = "SERVICE_CENTRE") ReadingPointKind kind,
        @Schema(description = "The kind's name in both languages") Text kindLabel,
        @Schema(example = "东区政务服务中心一号查阅点") String name,
        @Schema(example = "攀枝花市东区炳草岗大街 1 号政务服务中心一楼") String address,
        @Schema(example = "工作日 9:00–12:00，14:30–17:30") String openingHours,
        @Schema(example = "0812-3333333") String phone,
        String description,
        @Schema(example = "2008-05-01") LocalDate activeFrom,
        LocalDate activeTo,
        @Schema(description = "Open today") boolean activeNow,
        long version) {
}
