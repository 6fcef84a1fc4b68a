package org.gongkai.accounts;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.accounts.dto.AccountView;
import org.gongkai.accounts.dto.SetupAdminRequest;
import org.gongkai.accounts.dto.TokenRequest;
import org.gongkai.accounts.dto.TokenResponse;

@Path("/api/v1")
@Tag(name = "Authentication", description = "Staff sign-in and first-time setup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    AdminBootstrap bootstrap;

    @POST
    @Path("/auth/token")
    @Operation(summary = "Sign in: exchange username and password for a short-lived JWT")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "400", description = "Missing fields")
    @APIResponse(responseCode = "401", description = "Wrong username or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return accounts.signIn(request, address);
    }

    @POST
    @Path("/setup/admin")
    @Operation(summary = "Create the first administrator with the one-time token from the start-up log")
    @APIResponse(responseCode = "201", description = "Administrator created")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Wrong setup token")
    @APIResponse(responseCode = "409", description = "An administrator already exists")
    public Response setupAdmin(@Valid @NotNull SetupAdminRequest request) {
        AccountView created = bootstrap.createFirstAdmin(request);
        return Response.status(Response.Status.CREATED).entity(created)
                .location(java.net.URI.create("/api/v1/users/" + created.id())).build();
    }
}
