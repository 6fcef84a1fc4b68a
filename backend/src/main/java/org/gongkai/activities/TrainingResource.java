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
import jakarta.ws.rs.POST;
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
import org.gongkai.activities.dto.TrainingRequest;
import org.gongkai.activities.dto.TrainingView;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

@Path("/api/v1/trainings")
@Tag(name = "Trainings", description = "Disclosure trainings: sessions and participants (培训)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TrainingResource {

    @Inject
    TrainingService service;

    @GET
    @Authenticated
    @Operation(summary = "Trainings, newest first; filter by agency and year")
    @APIResponse(responseCode = "200", description = "A page of trainings")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Page<TrainingView> list(@QueryParam("agencyId") Long agencyId, @QueryParam("year") Integer year,
                               @Valid @BeanParam PageRequest page) {
        return service.list(agencyId, year, page);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One training")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency's record")
    @APIResponse(responseCode = "404", description = "No such record")
    public TrainingView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Record a training")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields: future date, sessions, participants")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "409", description = "The year is locked")
    public Response create(@Valid @NotNull TrainingRequest request, @Context UriInfo uri) {
        TrainingView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Correct a training")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public TrainingView update(@PathParam("id") long id, @Valid @NotNull TrainingRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Delete a training recorded by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }
}
