package org.gongkai.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.reports.dto.ReportInputsRequest;
import org.gongkai.reports.dto.ReportInputsView;
import org.gongkai.reports.dto.ReportSectionView;
import org.gongkai.reports.dto.ReportStatusView;
import org.gongkai.reports.dto.SectionEditRequest;
import org.gongkai.reports.dto.SectionResolutionRequest;
import org.gongkai.reports.dto.UnlockRequest;

import java.util.List;

/**
 * The staff endpoints of the annual report that need no live statistics: report inputs, the report's status
 * and deadline, its sections (edit, settle after a data change) and the administrator's unlock. The statistics,
 * starting, regenerating, locking, publishing and the documents come with the statistics wiring (phase 2).
 * {@code agencyId} defaults to the caller's own agency.
 */
@Path("/api/v1/reports")
@Tag(name = "Annual reports", description = "政府信息公开工作年度报告: inputs, sections, life cycle")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReportResource {

    @Inject
    ReportInputService inputs;

    @Inject
    AnnualReportService reports;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{year}/status")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "Where the year's report stands: status, format, deadline with days left, history")
    @APIResponse(responseCode = "200", description = "The report's status (NOT_STARTED when there is none yet)")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public ReportStatusView status(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        return reports.status(agency(agencyId), year);
    }

    @GET
    @Path("/{year}/inputs")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "Report inputs of the year: figures the records cannot give, narrative paragraphs")
    @APIResponse(responseCode = "200", description = "Every input with its value (or none), who entered it and when")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public ReportInputsView getInputs(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        return inputs.get(agency(agencyId), year);
    }

    @PUT
    @Path("/{year}/inputs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Save the year's report inputs (all of them; audited)")
    @APIResponse(responseCode = "200", description = "The inputs as saved")
    @APIResponse(responseCode = "400", description = "Unknown key, negative count, fraction, more than 4 decimals of 万元, "
            + "text too long, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "Stale version, or the year is locked by its annual report")
    public ReportInputsView putInputs(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                                      @Valid @NotNull ReportInputsRequest request) {
        return inputs.put(agency(agencyId), year, request);
    }

    @GET
    @Path("/{year}/sections")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "The report's sections: draft, edit, and whether the data changed since the edit")
    @APIResponse(responseCode = "200", description = "The sections in the format's order")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public List<ReportSectionView> sections(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        return reports.sections(agency(agencyId), year);
    }

    @PUT
    @Path("/{year}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Edit a section's text (a regenerated draft never replaces it)")
    @APIResponse(responseCode = "200", description = "The section as saved (sending the draft's own text drops the edit)")
    @APIResponse(responseCode = "400", description = "Empty or too long text, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, report or section")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is locked or published")
    public ReportSectionView editSection(@PathParam("year") int year,
                                         @PathParam("key") @Parameter(example = "overview") String key,
                                         @QueryParam("agencyId") Long agencyId,
                                         @Valid @NotNull SectionEditRequest request) {
        return reports.editSection(agency(agencyId), year, key, request);
    }

    @POST
    @Path("/{year}/sections/{key}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Settle an edited section whose data changed: keep the edit or take the new draft")
    @APIResponse(responseCode = "200", description = "The section as settled")
    @APIResponse(responseCode = "400", description = "No choice, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, report or section")
    @APIResponse(responseCode = "409", description = "Stale version, nothing to settle, or the report is locked")
    public ReportSectionView resolveSection(@PathParam("year") int year, @PathParam("key") String key,
                                            @QueryParam("agencyId") Long agencyId,
                                            @Valid @NotNull SectionResolutionRequest request) {
        return reports.resolveSection(agency(agencyId), year, key, request);
    }

    @POST
    @Path("/{year}/unlocking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Unlock a locked or published report and reopen the year's records (reason required, audited)")
    @APIResponse(responseCode = "200", description = "The report, back in DRAFT")
    @APIResponse(responseCode = "400", description = "No reason, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency or report")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is not locked")
    public ReportStatusView unlock(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                                   @Valid @NotNull UnlockRequest request) {
        return reports.unlock(agency(agencyId), year, request);
    }

    private long agency(Long agencyId) {
        if (agencyId != null) {
            return agencyId;
        }
        return user.agencyId().orElseThrow(() -> ApiException.invalidField("agencyId", "请指定机关。",
                "Name the agency (agencyId)."));
    }
}
