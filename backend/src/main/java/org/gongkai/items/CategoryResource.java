package org.gongkai.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.security.Roles;
import org.gongkai.items.dto.CategoryRequest;
import org.gongkai.items.dto.CategoryView;

import java.util.List;

/** Categories are reference data (a few dozen rows): the list is not paged. */
@Path("/api/v1/categories")
@Tag(name = "Categories", description = "Categories of the disclosure catalogue (目录类别)")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryService service;

    @GET
    @Operation(summary = "All categories in display order, with their published-item counts (public)")
    @APIResponse(responseCode = "200", description = "The categories")
    public List<CategoryView> list(@Parameter(description = "Include deactivated categories")
                                   @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return service.list(includeInactive);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One category (public)")
    @APIResponse(responseCode = "200", description = "The category")
    @APIResponse(responseCode = "404", description = "No such category")
    public CategoryView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a category")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields or code taken")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response create(@Valid @NotNull CategoryRequest request, @Context UriInfo uri) {
        CategoryView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename, reorder, deactivate (or recode while unused) a category")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields or code taken")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "Stale version, or changing the code of a category in use")
    public CategoryView update(@PathParam("id") long id, @Valid @NotNull CategoryRequest request) {
        return service.update(id, request);
    }
}
