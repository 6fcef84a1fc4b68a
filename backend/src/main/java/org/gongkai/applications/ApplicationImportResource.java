package org.gongkai.applications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.dto.ImportReport;
import org.gongkai.applications.dto.ImportRequest;
import org.gongkai.common.security.Roles;

@Path("/api/v1/applications")
@Tag(name = "Application import", description = "Historical applications with their dated events (administrators)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ApplicationImportResource {

    @Inject
    ApplicationImportService service;

    @POST
    @Path("/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import past applications: all-or-nothing, or the valid rows with a rejection report by row and field")
    @APIResponse(responseCode = "200", description = "The import report")
    @APIResponse(responseCode = "400", description = "All-or-nothing with invalid rows (violations name row and field), or a malformed body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "413", description = "More than 5,000 rows")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public ImportReport importApplications(@Valid @NotNull ImportRequest request) {
        return service.importAll(request);
    }
}
