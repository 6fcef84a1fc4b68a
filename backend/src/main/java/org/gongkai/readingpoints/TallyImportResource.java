package org.gongkai.readingpoints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.readingpoints.dto.TallyImportProblem;
import org.gongkai.readingpoints.dto.TallyImportReport;
import org.gongkai.readingpoints.dto.TallyImportView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

@Path("/api/v1/reading-points/tally-imports")
@Tag(name = "Reading point tally import", description = "Bulk import of daily tallies from CSV or XLSX, with a row-by-row report")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TallyImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TallyImportService service;

    @Inject
    TallyTemplates templates;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Import daily tallies from an uploaded file (form field \"file\")",
            description = "Columns (header row, English or Chinese names): point (id or exact name), date, people, "
                    + "items, optional note. mode=all-or-nothing (default) writes every row or none; mode=valid-rows "
                    + "writes the valid rows and records the rejected ones with the import. A day that already has "
                    + "a tally is rejected unless onExisting=replace. dryRun=true only checks.")
    @APIResponse(responseCode = "200", description = "Dry run: the report, nothing written")
    @APIResponse(responseCode = "201", description = "Imported: the report; Location is the import record")
    @APIResponse(responseCode = "400", description = "No file, unreadable file, missing header columns, invalid mode or onExisting")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator")
    @APIResponse(responseCode = "409", description = "A year was locked, or a tally was added, while the import ran")
    @APIResponse(responseCode = "413", description = "More than 10 MB or 50,000 rows")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX (for example an old .xls)")
    @APIResponse(responseCode = "422", description = "Nothing written because of rejected rows: problem details with the report",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = TallyImportProblem.class)))
    public Response upload(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                           @QueryParam("mode") @DefaultValue("all-or-nothing")
                           @Parameter(description = "all-or-nothing (default) or valid-rows") String mode,
                           @QueryParam("onExisting") @DefaultValue("reject")
                           @Parameter(description = "reject (default) or replace") String onExisting,
                           @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                           @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalidField("file", "请选择要导入的文件（表单字段 file）。", "Choose a file to import (form field \"file\").");
        }
        if (file.size() > TallyFileParser.MAX_BYTES) {
            throw ApiException.payloadTooLarge("文件超过 10 MB，请按月份拆分后分别导入。",
                    "The file is larger than 10 MB; split it by month and import the parts.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ApiException.badRequest("IMPORT_UNREADABLE", "无法读取上传的文件。", "The uploaded file cannot be read.");
        }
        return answer(service.importFile(bytes, file.fileName(), mode, onExisting, dryRun), uri);
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Import daily tallies sent as the request body (text/csv or XLSX)",
            description = "The same as the form upload, for scripts: curl --data-binary @march.csv -H 'Content-Type: text/csv'.")
    @APIResponse(responseCode = "200", description = "Dry run: the report, nothing written")
    @APIResponse(responseCode = "201", description = "Imported: the report")
    @APIResponse(responseCode = "400", description = "Empty or unreadable file, missing header columns, invalid mode or onExisting")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator")
    @APIResponse(responseCode = "409", description = "A year was locked, or a tally was added, while the import ran")
    @APIResponse(responseCode = "413", description = "More than 10 MB or 50,000 rows")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX")
    @APIResponse(responseCode = "422", description = "Nothing written because of rejected rows: problem details with the report",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = TallyImportProblem.class)))
    public Response uploadBody(byte[] body,
                               @QueryParam("fileName") @Parameter(description = "Name to record with the import") String fileName,
                               @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
                               @QueryParam("onExisting") @DefaultValue("reject") String onExisting,
                               @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               @Context UriInfo uri) {
        return answer(service.importFile(body, fileName, mode, onExisting, dryRun), uri);
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Committed tally imports, newest first")
    @APIResponse(responseCode = "200", description = "A page of imports")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator")
    public Page<TallyImportView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One committed import with the rows it left out")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or another agency's import")
    @APIResponse(responseCode = "404", description = "No such import")
    public TallyImportView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/template")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "An empty tally file to fill in: CSV (UTF-8 with BOM, opens in Excel) or XLSX with a sheet listing your reading points")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "400", description = "format is neither csv nor xlsx")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator")
    public Response template(@QueryParam("format") @DefaultValue("xlsx") String format) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> Response.ok(templates.csv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"tally-template.csv\"").build();
            case "xlsx" -> Response.ok(templates.xlsx(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"tally-template.xlsx\"").build();
            default -> throw ApiException.invalidField("format", "模板格式只能是 csv 或 xlsx。", "format must be csv or xlsx.");
        };
    }

    private static Response answer(TallyImportReport report, UriInfo uri) {
        if (!report.committed()) {
            return Response.ok(report).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reading-points/tally-imports")
                .path(String.valueOf(report.importId())).build()).entity(report).build();
    }
}
