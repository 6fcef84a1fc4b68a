package org.gongkai.accounts;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.accounts.dto.AccountCreateRequest;
import org.gongkai.accounts.dto.AccountUpdateRequest;
import org.gongkai.accounts.dto.AccountView;
import org.gongkai.accounts.dto.PasswordChangeRequest;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

@Path("/api/v1/users")
@Tag(name = "Staff accounts", description = "Users, roles and agencies of the staff console")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AccountResource {

    @Inject
    AccountService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public AccountView me() {
        return service.me();
    }

    @PUT
    @Path("/me/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password (needs the current one)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong or new one too short")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public void changeOwnPassword(@Valid @NotNull PasswordChangeRequest request) {
        long id = currentUser.accountId().orElseThrow(() -> ApiException.unauthorized("请先登录。", "Sign in first."));
        service.changePassword(id, request, false);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Page<AccountView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One staff account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields or username taken")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response create(@Valid @NotNull AccountCreateRequest request, @Context UriInfo uri) {
        AccountView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change roles, agency, name or status of an account")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "Stale version, or an administrator locking themselves out")
    public AccountView update(@PathParam("id") long id, @Valid @NotNull AccountUpdateRequest request) {
        return service.update(id, request);
    }

    @PUT
    @Path("/{id}/password")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset an account's password")
    @APIResponse(responseCode = "204", description = "Reset")
    @APIResponse(responseCode = "400", description = "Password too short")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public void resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordChangeRequest request) {
        service.changePassword(id, request, true);
    }
}
