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
import org.gongkai.readingpoints.dto.DaySummaryView;
import org.gongkai.readingpoints.dto.TallyRequest;
import org.gongkai.readingpoints.dto.TallyView;

import java.time.LocalDate;

@Path("/api/v1/reading-points/{pointId}")
@Tag(name = "Reading point tallies", description = "One tally per point and day, for busy counters; the day's summary")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class TallyResource {

    @Inject
    TallyService service;

    @GET
    @Path("/tallies")
    @Authenticated
    @Operation(summary = "The point's daily tallies, newest day first")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid dates or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public Page<TallyView> list(@PathParam("pointId") long pointId, @QueryParam("from") LocalDate from,
                                @QueryParam("to") LocalDate to, @Valid @BeanParam PageRequest page) {
        return service.list(new LogFilter(pointId, null, from, to), page);
    }

    @POST
    @Path("/tallies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Record a day's tally")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields: future date, outside the opening period, counts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    @APIResponse(responseCode = "409", description = "The day already has a tally (TALLY_EXISTS), or the year is locked")
    public Response create(@PathParam("pointId") long pointId, @Valid @NotNull TallyRequest request,
                           @Context UriInfo uri) {
        TallyView created = service.create(pointId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.date().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/tallies/{date}")
    @Authenticated
    @Operation(summary = "The tally of one day")
    @APIResponse(responseCode = "200", description = "The tally")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such point, or no tally that day")
    public TallyView get(@PathParam("pointId") long pointId, @PathParam("date") LocalDate date) {
        return service.get(pointId, date);
    }

    @PUT
    @Path("/tallies/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Create the day's tally (no version) or change it (with the version read)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields or date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    @APIResponse(responseCode = "409", description = "A tally exists and no version was sent, stale version, or locked year")
    public Response put(@PathParam("pointId") long pointId, @PathParam("date") LocalDate date,
                        @Valid @NotNull TallyRequest request, @Context UriInfo uri) {
        TallyService.PutResult result = service.put(pointId, date, request);
        return result.created()
                ? Response.created(uri.getAbsolutePath()).entity(result.tally()).build()
                : Response.ok(result.tally()).build();
    }

    @DELETE
    @Path("/tallies/{date}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Delete a day's tally")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Invalid date or version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk or administrator, or a point of another agency")
    @APIResponse(responseCode = "404", description = "No such point, or no tally that day")
    @APIResponse(responseCode = "409", description = "Stale version or locked year")
    public void delete(@PathParam("pointId") long pointId, @PathParam("date") LocalDate date,
                       @QueryParam("version") Long version) {
        service.delete(pointId, date, version);
    }

    @GET
    @Path("/days/{date}")
    @Authenticated
    @Operation(summary = "The day so far: single visits, the tally, and their total (the clerk's running totals)")
    @APIResponse(responseCode = "200", description = "The day's summary")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public DaySummaryView day(@PathParam("pointId") long pointId, @PathParam("date") LocalDate date) {
        return service.day(pointId, date);
    }
}
