package org.gongkai.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.security.Roles;
import org.gongkai.items.dto.ImportReport;

@Path("/api/v1/items/imports")
@Tag(name = "Disclosure items")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ItemImportResource {

    @Inject
    ItemImportService service;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Import historical published items from CSV or a JSON array",
            description = "Columns (CSV header or JSON keys): agency (catalogue code, id or name), category (code or "
                    + "name), title, documentNumber, writtenDate, publicationDate, topic, keywords, summary, body, "
                    + "validity, repealDate, channels (separated by |). Chinese column names are accepted (标题, 文号, "
                    + "成文日期, 发布日期 …). CSV in UTF-8 (with or without BOM) or GB18030. mode=all-or-nothing saves "
                    + "nothing when any row is rejected; mode=valid-rows saves the valid rows.")
    @APIResponse(responseCode = "200", description = "The report: rows accepted, rows rejected with field and reason")
    @APIResponse(responseCode = "400", description = "Unreadable CSV or JSON, unknown or missing columns, bad mode")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither editor nor administrator")
    @APIResponse(responseCode = "413", description = "More rows than gongkai.items.max-import-rows, or body over 25 MB")
    @APIResponse(responseCode = "415", description = "Neither CSV nor JSON, or an unknown charset")
    public ImportReport importItems(
            @Parameter(description = "all-or-nothing (default) or valid-rows")
            @QueryParam("mode") @DefaultValue(ItemImportService.ALL_OR_NOTHING) String mode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        return service.importItems(body, contentType, mode);
    }
}
