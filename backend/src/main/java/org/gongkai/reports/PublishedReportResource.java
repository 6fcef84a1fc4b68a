package org.gongkai.reports;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.reports.dto.PublishedReportSummary;
import org.gongkai.reports.dto.PublishedReportView;

/** Published annual reports for everyone (the portal's 年度报告 page): published ones only, as locked. */
@Path("/api/v1/published-reports")
@Tag(name = "Published annual reports", description = "政府信息公开工作年度报告 as published: the public list and pages")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedReportResource {

    @Inject
    PublishedReportService reports;

    @GET
    @Operation(summary = "Published annual reports, newest year first (keyset-paged)")
    @APIResponse(responseCode = "200", description = "A page of published reports")
    @APIResponse(responseCode = "400", description = "Bad year, page size or cursor")
    public Page<PublishedReportSummary> list(
            @QueryParam("year") @Min(2008) @Max(2100) @Parameter(description = "Only this year", example = "2025") Integer year,
            @QueryParam("agencyId") @Parameter(description = "Only this agency's reports") Long agencyId,
            @Valid @BeanParam PageRequest page) {
        return reports.list(year, agencyId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One published report: its sections and tables as published")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No published report with this id")
    public PublishedReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/document.html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The published report as a printable page (A4, the official tables)")
    @APIResponse(responseCode = "200", description = "HTML, print-ready")
    @APIResponse(responseCode = "404", description = "No published report with this id")
    public String html(@PathParam("id") long id) {
        return ReportHtml.renderPublic(reports.document(id));
    }

    @GET
    @Path("/{id}/document.docx")
    @Produces(ReportResource.DOCX)
    @Operation(summary = "The published report as a Word document in the national layout")
    @APIResponse(responseCode = "200", description = "DOCX, with its title as the file name")
    @APIResponse(responseCode = "404", description = "No published report with this id")
    public Response docx(@PathParam("id") long id) {
        ReportDocument d = reports.document(id);
        return ReportResource.download(ReportDocx.render(d), ReportResource.DOCX, d.title() + ".docx");
    }
}
