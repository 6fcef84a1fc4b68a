package org.gongkai.activities;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.activities.dto.WebsiteStatisticRequest;
import org.gongkai.activities.dto.WebsiteStatisticView;
import org.gongkai.activities.dto.WebsiteYearView;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

@Path("/api/v1/website-statistics")
@Tag(name = "Website statistics", description = "Monthly visits to the website's disclosure column (网站专栏访问量)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class WebsiteStatisticResource {

    @Inject
    WebsiteStatisticService service;

    @GET
    @Authenticated
    @Operation(summary = "Recorded months, newest first; filter by agency and year")
    @APIResponse(responseCode = "200", description = "A page of months")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Page<WebsiteStatisticView> list(@QueryParam("agencyId") Long agencyId, @QueryParam("year") Integer year,
                                           @Valid @BeanParam PageRequest page) {
        return service.list(agencyId, year, page);
    }

    @GET
    @Path("/{agencyId}/{year}")
    @Authenticated
    @Operation(summary = "An agency's twelve months of a year, with the total and how many months are recorded")
    @APIResponse(responseCode = "200", description = "The year")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency")
    public WebsiteYearView year(@PathParam("agencyId") long agencyId, @PathParam("year") int year) {
        return service.year(agencyId, year);
    }

    @GET
    @Path("/{agencyId}/{year}/{month}")
    @Authenticated
    @Operation(summary = "One month")
    @APIResponse(responseCode = "200", description = "The month")
    @APIResponse(responseCode = "400", description = "Invalid year or month")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency")
    @APIResponse(responseCode = "404", description = "The month is not recorded")
    public WebsiteStatisticView get(@PathParam("agencyId") long agencyId, @PathParam("year") int year,
                                    @PathParam("month") int month) {
        return service.get(agencyId, year, month);
    }

    @PUT
    @Path("/{agencyId}/{year}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Record a month (no version) or change it (with the version read)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid visits, year or month, or a month not yet begun")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "409", description = "The month exists and no version was sent, stale version, or locked year")
    public Response put(@PathParam("agencyId") long agencyId, @PathParam("year") int year, @PathParam("month") int month,
                        @Valid @NotNull WebsiteStatisticRequest request, @Context UriInfo uri) {
        WebsiteStatisticService.PutResult result = service.put(agencyId, year, month, request);
        return result.created()
                ? Response.created(uri.getAbsolutePath()).entity(result.view()).build()
                : Response.ok(result.view()).build();
    }

    @DELETE
    @Path("/{agencyId}/{year}/{month}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Remove a month recorded by mistake")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "version missing, invalid year or month")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "The month is not recorded")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("agencyId") long agencyId, @PathParam("year") int year, @PathParam("month") int month,
                       @QueryParam("version") Long version) {
        service.delete(agencyId, year, month, version);
    }
}
