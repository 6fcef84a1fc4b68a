package org.gongkai.readingpoints;

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
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.readingpoints.dto.VisitRequest;
import org.gongkai.readingpoints.dto.VisitView;

import java.time.LocalDate;

@Path("/api/v1/reading-points/{pointId}/visits")
@Tag(name = "Reading point visits", description = "Single visits logged at a reading point")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class VisitResource {

    @Inject
    VisitService service;

    @GET
    @Authenticated
    @Operation(summary = "The point's single visits, newest day first")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", description = "Invalid dates or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public Page<VisitView> list(@PathParam("pointId") long pointId, @QueryParam("from") LocalDate from,
                                @QueryParam("to") LocalDate to, @Valid @BeanParam PageRequest page) {
        return service.list(new LogFilter(pointId, null, from, to), page);
    }

    @GET
    @Path("/{visitId}")
    @Authenticated
    @Operation(summary = "One visit")
    @APIResponse(responseCode = "200", description = "The visit")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such point or visit")
    public VisitView get(@PathParam("pointId") long pointId, @PathParam("visitId") long visitId) {
        return service.get(pointId, visitId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Log a visit")
    @APIResponse(responseCode = "201", description = "Logged")
    @APIResponse(responseCode = "400", description = "Invalid fields: future date, outside the point's opening period, counts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    @APIResponse(responseCode = "409", description = "The year is locked")
    public Response create(@PathParam("pointId") long pointId, @Valid @NotNull VisitRequest request,
                           @Context UriInfo uri) {
        VisitView created = service.create(pointId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{visitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Correct a visit")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such point or visit")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public VisitView update(@PathParam("pointId") long pointId, @PathParam("visitId") long visitId,
                            @Valid @NotNull VisitRequest request) {
        return service.update(pointId, visitId, request);
    }

    @DELETE
    @Path("/{visitId}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Delete a visit logged by mistake (the entry screen's undo)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such point or visit")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("pointId") long pointId, @PathParam("visitId") long visitId,
                       @QueryParam("version") Long version) {
        service.delete(pointId, visitId, version);
    }
}
