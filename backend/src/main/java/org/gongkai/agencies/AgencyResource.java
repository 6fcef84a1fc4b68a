package org.gongkai.agencies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.agencies.dto.AgencyNode;
import org.gongkai.agencies.dto.AgencyRequest;
import org.gongkai.agencies.dto.AgencyView;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

import java.util.List;

@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "Government bodies (机关) and their hierarchy")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    AgencyService service;

    @GET
    @Operation(summary = "List agencies (public)")
    @APIResponse(responseCode = "200", description = "A page of agencies")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<AgencyView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/tree")
    @Operation(summary = "All agencies as a tree: governments first, departments beneath (public)")
    @APIResponse(responseCode = "200", description = "The agency tree")
    public List<AgencyNode> tree() {
        return service.tree();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agency (public)")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an agency")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields (credit code check character, duplicates)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response create(@Valid @NotNull AgencyRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        AgencyView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update an agency")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "409", description = "Stale version")
    public AgencyView update(@PathParam("id") long id, @Valid @NotNull AgencyRequest request) {
        return service.update(id, request);
    }
}
