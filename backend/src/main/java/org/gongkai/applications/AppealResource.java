package org.gongkai.applications;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.dto.AppealRequest;
import org.gongkai.applications.dto.AppealView;
import org.gongkai.common.security.Roles;

import java.util.List;

@Path("/api/v1/applications")
@Tag(name = "Application appeals", description = "Administrative reconsideration and litigation about an application (table 四)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AppealResource {

    @Inject
    AppealService service;

    @GET
    @Path("/{id: \\d+}/appeals")
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The appeal cases of an application")
    @APIResponse(responseCode = "200", description = "Appeals, oldest first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public List<AppealView> list(@PathParam("id") long id) {
        return service.list(id);
    }

    @POST
    @Path("/{id: \\d+}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record a reconsideration or lawsuit (pending, or with its result)")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid dates, result without closing date, bad link")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Year locked")
    public Response create(@PathParam("id") long id, @Valid @NotNull AppealRequest r, @Context UriInfo uri) {
        AppealView created = service.create(id, r);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id: \\d+}/appeals/{appealId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Correct an appeal or record its result")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application or appeal")
    @APIResponse(responseCode = "409", description = "Stale version or year locked")
    public AppealView update(@PathParam("id") long id, @PathParam("appealId") long appealId,
                             @Valid @NotNull AppealRequest r) {
        return service.update(id, appealId, r);
    }
}
