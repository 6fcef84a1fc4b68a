package org.gongkai.applications.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ConsultationAnswer;

import java.time.LocalDate;

@Schema(name = "ConsultationReply", description = "The consulted party answered (or its period ran out): the clock resumes")
public record ConsultationReply(
        Long version,
        @NotNull @Schema(example = "2024-10-21") LocalDate answeredOn,
        @NotNull @Schema(example = "OBJECTED") ConsultationAnswer answer,
        @Size(max = 1000) @Schema(example = "第三方认为合同单价属于商业秘密") String note) {
}
