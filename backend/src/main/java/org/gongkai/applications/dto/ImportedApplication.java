package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.applications.Channel;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ImportedApplication", description = "One past application: received, its events in order, its appeals")
public record ImportedApplication(
        @Schema(description = "Its number in the register it comes from", example = "东区依申请〔2012〕3号") String sourceReference,
        @Schema(description = "Agency by catalogue code (or request.agencyId)", example = "DQ-CZJ") String agencyCode,
        @Schema(example = "POST_SIGNED") Channel channel,
        LocalDate submittedOn,
        @Schema(example = "2012-03-05") LocalDate receivedOn,
        @Schema(description = "Identity is optional for past records; what is given must be valid") ApplicantInput applicant,
        @Schema(description = "agencyId may be left out when agencyCode is given") ImportedRequest request,
        @Schema(description = "In order; must end concluded (decided, lapsed or withdrawn)") List<ImportedEvent> events,
        List<AppealRequest> appeals,
        LegacyFeesRequest legacyFees) {

    @Schema(name = "ImportedRequest")
    public record ImportedRequest(Long agencyId, String description, String documentNumbers,
                                  org.gongkai.applications.ProvisionForm provisionForm,
                                  org.gongkai.applications.ObtainMethod obtainMethod) {
    }
}
