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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.common.security.Roles;
import org.gongkai.reports.dto.LockRequest;
import org.gongkai.reports.dto.ReportStatusView;
import org.gongkai.reports.dto.ReportView;

import java.util.List;

/**
 * Test-only endpoints for the report services that need live figures, fed by {@link TestReportFigures}: the
 * shape phase 2's real endpoints will have once the statistics exist (hidden from the OpenAPI document).
 */
@Path("/test-support/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportTestSupportResource {

    @Inject
    AnnualReportService reports;

    @Inject
    TestReportFigures figures;

    @POST
    @Path("/{year}/start")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(hidden = true)
    public ReportView start(@PathParam("year") int year, @QueryParam("agencyId") long agencyId,
                            @QueryParam("includeSubagencies") boolean includeSubagencies,
                            @QueryParam("format") ReportFormat format) {
        return reports.start(agencyId, year, includeSubagencies, format, figures.source());
    }

    @POST
    @Path("/{year}/regeneration")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(hidden = true)
    public List<org.gongkai.reports.dto.ReportSectionView> regenerate(@PathParam("year") int year,
                                                                      @QueryParam("agencyId") long agencyId) {
        return reports.regenerate(agencyId, year, figures.source());
    }

    @PUT
    @Path("/{year}/settings")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(hidden = true)
    public ReportView settings(@PathParam("year") int year, @QueryParam("agencyId") long agencyId,
                               @QueryParam("includeSubagencies") boolean includeSubagencies,
                               @QueryParam("format") ReportFormat format, @QueryParam("version") Long version) {
        return reports.changeSettings(agencyId, year, includeSubagencies, format, version, figures.source());
    }

    @POST
    @Path("/{year}/locking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(hidden = true)
    public ReportStatusView lock(@PathParam("year") int year, @QueryParam("agencyId") long agencyId,
                                 @Valid @NotNull LockRequest request) {
        return reports.lock(agencyId, year, request, figures.source());
    }

    @POST
    @Path("/{year}/publication")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @Operation(hidden = true)
    public ReportStatusView publish(@PathParam("year") int year, @QueryParam("agencyId") long agencyId,
                                    @QueryParam("version") Long version) {
        return reports.publish(agencyId, year, version, figures.publisher());
    }

    @GET
    @Path("/{year}/report")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(hidden = true)
    public ReportView get(@PathParam("year") int year, @QueryParam("agencyId") long agencyId) {
        return reports.get(agencyId, year, figures.source());
    }

    @GET
    @Path("/{year}/statistics")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(hidden = true)
    public ReportDocument statistics(@PathParam("year") int year, @QueryParam("agencyId") long agencyId,
                                     @QueryParam("includeSubagencies") boolean includeSubagencies,
                                     @QueryParam("format") ReportFormat format) {
        return reports.statistics(agencyId, year, includeSubagencies, format, figures.source());
    }

    @GET
    @Path("/{year}/document.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(hidden = true)
    public Response docx(@PathParam("year") int year, @QueryParam("agencyId") long agencyId) {
        return Response.ok(ReportDocx.render(reports.document(agencyId, year, figures.source()))).build();
    }

    @GET
    @Path("/{year}/document.html")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER})
    @Operation(hidden = true)
    public String html(@PathParam("year") int year, @QueryParam("agencyId") long agencyId) {
        return ReportHtml.render(reports.document(agencyId, year, figures.source()));
    }
}
