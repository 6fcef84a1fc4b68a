package org.gongkai.readingpoints.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ArchiveTransferRequest", description = "Proactively disclosed information sent to an archive or library (Art.25)")
public record ArchiveTransferRequest(
        @NotNull @Schema(description = "The sending agency", example = "1") Long agencyId,
        @NotNull @Schema(example = "2026-01-15") LocalDate date,
        @Schema(description = "The receiving reading point (archives or library), or null with receivingInstitution")
        Long receivingPointId,
        @Size(max = 200) @Schema(description = "The receiving institution when it is not a reading point in the system",
                example = "攀枝花市档案馆") String receivingInstitution,
        @Size(max = 1000) @Schema(description = "Catalogue items sent (ids)") List<@NotNull @Positive Long> itemIds,
        @Size(max = 2000) @Schema(description = "Sets sent, described in words", example = "2025年度主动公开政府信息汇编（纸质，全一册）")
        String setsDescription,
        @Min(0) @Max(1_000_000) @Schema(description = "Pieces of information sent; default: the number of item ids", example = "120")
        Integer itemCount,
        @NotBlank @Size(max = 100) @Schema(example = "刘档案（区档案馆接收窗口）") String receivedBy,
        @Size(max = 1000) String note,
        @Schema(description = "Version read from GET; required on update") Long version) {
}
