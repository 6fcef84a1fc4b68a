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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongkai.common.web.ContentDisposition;
import org.gongkai.reports.dto.LockRequest;
import org.gongkai.reports.dto.PublishRequest;
import org.gongkai.reports.dto.ReportInputsRequest;
import org.gongkai.reports.dto.ReportSettingsRequest;
import org.gongkai.reports.dto.ReportStartRequest;
import org.gongkai.reports.dto.ReportStatisticsView;
import org.gongkai.reports.dto.ReportView;
import org.gongkai.reports.dto.ReportInputsView;
import org.gongkai.reports.dto.ReportSectionView;
import org.gongkai.reports.dto.ReportStatusView;
import org.gongkai.reports.dto.SectionEditRequest;
import org.gongkai.reports.dto.SectionResolutionRequest;
import org.gongkai.reports.dto.UnlockRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The staff endpoints of the annual report: the year's statistics, the report's life (start, regenerate,
 * settings, sections, lock, publish, unlock), its documents (HTML, DOCX, XLSX, JSON) and the report inputs.
 * {@code agencyId} defaults to the caller's own agency. Reading: administrators, editors and reviewers; drafting:
 * administrators and editors; locking and publishing: administrators and reviewers; unlocking: administrators.
 */
@Path("/api/v1/reports")
@Tag(name = "Annual reports", description = "政府信息公开工作年度报告: inputs, sections, life cycle")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportInputService inputs;

    @Inject
    AnnualReportService reports;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "The year's statistics computed from the records now, in a format and scope, with the checks' "
            + "summary and the statutory deadline (nothing is stored)")
    @APIResponse(responseCode = "200", description = "Figures, tables, checks, fresh drafts, comparison with last year")
    @APIResponse(responseCode = "400", description = "Year out of range, unknown format, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public ReportStatisticsView statistics(
            @PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
            @QueryParam("includeSubagencies") @Parameter(description = "Default: the report's setting once started, "
                    + "else yes for a people's government") Boolean includeSubagencies,
            @QueryParam("format") @Parameter(description = "LEGACY, NATIONAL_2019 or NATIONAL_2021; default: the "
                    + "report's, else the year's", example = "NATIONAL_2021") String format,
            @QueryParam("summary") @Parameter(description = "true: the checks' summary and the deadline without the "
                    + "document (dashboards)") boolean summary) {
        return reports.statistics(agency(agencyId), year, includeSubagencies, ReportFormat.parse(format), !summary);
    }

    @POST
    @Path("/{year}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Start the year's report as a draft: its sections are drafted from the figures")
    @APIResponse(responseCode = "201", description = "The report, with Location of GET …/{year}/report")
    @APIResponse(responseCode = "400", description = "Year out of range, unknown format, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "The year's report already exists")
    public Response start(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                          @Context UriInfo uri, @Valid ReportStartRequest request) {
        long agency = agency(agencyId);
        ReportStartRequest r = request == null ? new ReportStartRequest(null, null) : request;
        ReportView view = reports.start(agency, year, r.includeSubagencies(), r.format());
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/reports/{year}/report")
                .queryParam("agencyId", agency).build(year)).entity(view).build();
    }

    @GET
    @Path("/{year}/report")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "The report: status and history, sections, and the document (a locked report: its snapshot)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public ReportView report(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        return reports.get(agency(agencyId), year);
    }

    @POST
    @Path("/{year}/regeneration")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Draft every section again from the current figures (an edit is never replaced; an edited "
            + "section whose data changed is marked DATA_CHANGED)")
    @APIResponse(responseCode = "200", description = "The sections")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    @APIResponse(responseCode = "409", description = "The report is locked or published")
    public List<ReportSectionView> regenerate(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        return reports.regenerate(agency(agencyId), year);
    }

    @PUT
    @Path("/{year}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Change the format or the scope of a draft report (edits are kept per format)")
    @APIResponse(responseCode = "200", description = "The report with the sections of its format")
    @APIResponse(responseCode = "400", description = "No scope, unknown format, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is locked or published")
    public ReportView settings(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                               @Valid @NotNull ReportSettingsRequest request) {
        return reports.changeSettings(agency(agencyId), year, request.includeSubagencies(), request.format(),
                request.version());
    }

    @POST
    @Path("/{year}/locking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Lock the report: freeze its figures and the year's records (checks must pass; an "
            + "administrator may override a failed check with a reason)")
    @APIResponse(responseCode = "200", description = "The report, LOCKED")
    @APIResponse(responseCode = "400", description = "Reason too long, missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or reviewer, another agency, or an "
            + "override by someone who is not an administrator")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    @APIResponse(responseCode = "409", description = "Stale version, not a draft, checks failed, drafts outdated, "
            + "edited sections to settle, or the year is already locked")
    public ReportStatusView lock(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                                 @Valid @NotNull LockRequest request) {
        return reports.lock(agency(agencyId), year, request);
    }

    @POST
    @Path("/{year}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(summary = "Publish a locked report: a catalogue item of category 年度报告 with the text and the DOCX "
            + "(after an unlock, the same item is updated)")
    @APIResponse(responseCode = "200", description = "The report, PUBLISHED, with the catalogue item's id")
    @APIResponse(responseCode = "400", description = "Missing version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or reviewer, or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is not locked")
    public ReportStatusView publish(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId,
                                    @Valid @NotNull PublishRequest request) {
        return reports.publish(agency(agencyId), year, request.version());
    }

    @GET
    @Path("/{year}/document.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "Print preview: the report as an A4 page with the official tables (checks on screen only)")
    @APIResponse(responseCode = "200", description = "HTML")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public Response html(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        ReportDocument d = reports.document(agency(agencyId), year);
        return Response.ok(ReportHtml.render(d), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline(d.title() + ".html"))
                .build();
    }

    @GET
    @Path("/{year}/document.docx")
    @Produces(DOCX)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "The report as a Word document in the national layout (tables with the template's merged cells)")
    @APIResponse(responseCode = "200", description = "DOCX, named after the report")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public Response docx(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        ReportDocument d = reports.document(agency(agencyId), year);
        return download(ReportDocx.render(d), DOCX, d.title() + ".docx");
    }

    @GET
    @Path("/{year}/document.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "The report's tables as a workbook (one sheet per table, merged headers)")
    @APIResponse(responseCode = "200", description = "XLSX, named after the report")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public Response xlsx(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        ReportDocument d = reports.document(agency(agencyId), year);
        return download(ReportXlsx.render(d), XLSX, d.title() + ".xlsx");
    }

    @GET
    @Path("/{year}/document.json")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(summary = "Everything the report says as JSON (schema gongkai.annual-report/1), as a download")
    @APIResponse(responseCode = "200", description = "JSON, named after the report")
    @APIResponse(responseCode = "400", description = "Year out of range, or no agency given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such agency, or the report is not started")
    public Response json(@PathParam("year") int year, @QueryParam("agencyId") Long agencyId) {
        ReportDocument d = reports.document(agency(agencyId), year);
        return download(ReportJson.write(d).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON + ";charset=UTF-8",
                d.title() + ".json");
    }

    static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff").build();
    }

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
