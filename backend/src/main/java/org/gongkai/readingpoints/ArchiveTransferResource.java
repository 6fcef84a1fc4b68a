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
import org.gongkai.readingpoints.dto.ArchiveTransferRequest;
import org.gongkai.readingpoints.dto.ArchiveTransferView;

@Path("/api/v1/archive-transfers")
@Tag(name = "Archive transfers", description = "Proactively disclosed information sent to archives and libraries (Art.25)")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ArchiveTransferResource {

    @Inject
    ArchiveTransferService service;

    @GET
    @Authenticated
    @Operation(summary = "Transfers, newest first; filter by agency, year, receiving point")
    @APIResponse(responseCode = "200", description = "A page of transfers")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Page<ArchiveTransferView> list(@QueryParam("agencyId") Long agencyId, @QueryParam("year") Integer year,
                                          @QueryParam("receivingPointId") Long receivingPointId,
                                          @Valid @BeanParam PageRequest page) {
        return service.list(new ArchiveTransferService.Filter(agencyId, year, receivingPointId), page);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One transfer")
    @APIResponse(responseCode = "200", description = "The transfer")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency's transfer")
    @APIResponse(responseCode = "404", description = "No such transfer")
    public ArchiveTransferView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Record a transfer")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields: no receiver, nothing sent, future date, counts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "409", description = "The year is locked")
    public Response create(@Valid @NotNull ArchiveTransferRequest request, @Context UriInfo uri) {
        ArchiveTransferView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Correct a transfer")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such transfer")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public ArchiveTransferView update(@PathParam("id") long id, @Valid @NotNull ArchiveTransferRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(summary = "Delete a transfer recorded by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such transfer")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        service.delete(id, version);
    }
}
