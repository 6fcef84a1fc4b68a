package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.ApplicantType;
import org.gongkai.applications.IdType;

@Schema(name = "ApplicantView", description = "The applicant with ID and phone numbers masked")
public record ApplicantView(
        ApplicantType type,
        String name,
        IdType idType,
        @Schema(example = "110105********002X") String idNumber,
        String creditCode,
        String contactPerson,
        @Schema(example = "138****5678") String phone,
        String email,
        String postalAddress,
        String postalCode) {
}
