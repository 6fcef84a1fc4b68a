package org.gongkai.activities;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.gongkai.activities.dto.DisclosureDocumentRequest;
import org.gongkai.activities.dto.DisclosureDocumentView;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

/**
 * The endpoints shared by the two versioned documents of Art.12 — the disclosure guide and the disclosure
 * catalogue. They behave identically; each subclass gives its URL, tag and service (which fixes the kind).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DisclosureDocumentResource {

    protected abstract DisclosureDocumentService service();

    @GET
    @Operation(summary = "Versions of the document, newest effective date first (public: only versions already in force or past)")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Page<DisclosureDocumentView> list(@QueryParam("agencyId") Long agencyId, @QueryParam("year") Integer year,
                                             @Valid @BeanParam PageRequest page) {
        return service().list(agencyId, year, page);
    }

    @GET
    @Path("/current")
    @Operation(summary = "The version in force today (public)")
    @APIResponse(responseCode = "200", description = "The version in force")
    @APIResponse(responseCode = "400", description = "Invalid agencyId")
    @APIResponse(responseCode = "404", description = "No such agency, or no version in force yet")
    public DisclosureDocumentView current(@QueryParam("agencyId")
                                          @Parameter(description = "Default: the top-level government") Long agencyId) {
        return service().current(agencyId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One version of the document (public once in force)")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version")
    public DisclosureDocumentView get(@PathParam("id") long id) {
        return service().get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a version of the document")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid fields, duplicate version label, empty body")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "409", description = "The year is locked")
    public Response create(@Valid @NotNull DisclosureDocumentRequest request, @Context UriInfo uri) {
        DisclosureDocumentView created = service().create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Correct a version of the document")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public DisclosureDocumentView update(@PathParam("id") long id, @Valid @NotNull DisclosureDocumentRequest request) {
        return service().update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a version of the document entered by mistake")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator or editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        service().delete(id, version);
    }
}
