package org.gongkai.applications.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortalSubmission", description = "An application submitted on the portal by anyone, without an account")
public record PortalSubmission(@Valid @NotNull ApplicantInput applicant, @Valid @NotNull RequestInput request) {
}
