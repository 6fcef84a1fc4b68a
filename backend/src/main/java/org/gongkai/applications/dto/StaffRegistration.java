package org.gongkai.applications.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.Channel;

import java.time.LocalDate;

@Schema(name = "StaffRegistration", description = "An application received in person, by post, fax or e-mail, registered by staff")
public record StaffRegistration(
        @Valid @NotNull ApplicantInput applicant,
        @Valid @NotNull RequestInput request,
        @NotNull @Schema(example = "IN_PERSON") Channel channel,
        @Schema(description = "Day the applicant handed in or sent it (optional)", example = "2024-09-27") LocalDate submittedOn,
        @NotNull @Schema(description = "Statutory received date for the channel (Art.31)", example = "2024-09-27") LocalDate receivedOn,
        @Size(max = 300) @Schema(description = "How the received date was established (signature, confirmation call…)",
                example = "2024-09-27 挂号信签收") String receivedNote) {
}
