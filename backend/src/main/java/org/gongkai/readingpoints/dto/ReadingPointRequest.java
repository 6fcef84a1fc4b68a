package org.gongkai.readingpoints.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.readingpoints.ReadingPointKind;

import java.time.LocalDate;

@Schema(name = "ReadingPointRequest", description = "A reading point to create or the new state of one")
public record ReadingPointRequest(
        @NotNull @Schema(example = "1") Long agencyId,
        @NotNull @Schema(example = "SERVICE_CENTRE") ReadingPointKind kind,
        @NotBlank @Size(max = 100) @Schema(example = "东区政务服务中心一号查阅点") String name,
        @Size(max = 200) @Schema(example = "攀枝花市东区炳草岗大街 1 号政务服务中心一楼") String address,
        @Size(max = 200) @Schema(example = "工作日 9:00–12:00，14:30–17:30") String openingHours,
        @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]{3,30}", message = "{org.gongkai.readingpoints.Phone.message}")
        @Schema(example = "0812-3333333") String phone,
        @Size(max = 1000) @Schema(example = "提供行政审批事项、办事指南和主动公开信息的查阅") String description,
        @NotNull @Schema(example = "2008-05-01") LocalDate activeFrom,
        @Schema(description = "Last day open; empty while the point is open", example = "null") LocalDate activeTo,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
