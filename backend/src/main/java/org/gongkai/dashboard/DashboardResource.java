package org.gongkai.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.dashboard.dto.DashboardView;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "The staff console's home page")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DashboardResource {

    @Inject
    DashboardService dashboard;

    @GET
    @Authenticated
    @Operation(summary = "What needs doing: applications due and overdue, items waiting for review and the caller's "
            + "drafts, today's reading-point figures, the annual report's deadline and the year so far — each card "
            + "only for the roles that act on it")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public DashboardView get(@QueryParam("agencyId")
                             @Parameter(description = "Count one agency only; default: the caller's scope (a "
                                     + "district-wide account: every agency)") Long agencyId) {
        return dashboard.dashboard(agencyId);
    }
}
