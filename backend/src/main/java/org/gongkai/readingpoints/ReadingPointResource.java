package org.gongkai.readingpoints;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.readingpoints.dto.ReadingPointKindView;
import org.gongkai.readingpoints.dto.ReadingPointRequest;
import org.gongkai.readingpoints.dto.ReadingPointStatisticsView;
import org.gongkai.readingpoints.dto.ReadingPointView;
import org.gongkai.readingpoints.dto.TallyView;
import org.gongkai.readingpoints.dto.VisitView;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/reading-points")
@Tag(name = "Reading points", description = "Reading points (查阅点): the public list, administration, visit statistics")
@Produces(MediaType.APPLICATION_JSON)
public class ReadingPointResource {

    @Inject
    ReadingPointService service;

    @Inject
    VisitService visits;

    @Inject
    TallyService tallies;

    @Inject
    StatisticsService statistics;

    @GET
    @Operation(summary = "List reading points (public); by default only those open today")
    @APIResponse(responseCode = "200", description = "A page of reading points, by name")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Page<ReadingPointView> list(@QueryParam("agencyId") Long agencyId,
                                       @QueryParam("kind") ReadingPointKind kind,
                                       @QueryParam("status") @DefaultValue("ACTIVE")
                                       @Parameter(description = "ACTIVE (open today, default), INACTIVE or ALL")
                                       ReadingPointService.Status status,
                                       @Valid @BeanParam PageRequest page) {
        return service.list(new ReadingPointService.Filter(agencyId, kind, status), page);
    }

    @GET
    @Path("/kinds")
    @Operation(summary = "The kinds of reading point with their names and report groups (public)")
    @APIResponse(responseCode = "200", description = "Every kind")
    public List<ReadingPointKindView> kinds() {
        return service.kinds();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One reading point (public)")
    @APIResponse(responseCode = "200", description = "The reading point")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public ReadingPointView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a reading point")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields (period, phone, duplicate name, unknown agency)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or another agency")
    @APIResponse(responseCode = "409", description = "The opening period reaches into a locked year")
    public Response create(@Valid @NotNull ReadingPointRequest request, @Context UriInfo uri) {
        ReadingPointView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update a reading point (close it by setting activeTo)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields, or logged visits would fall outside the new period")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    @APIResponse(responseCode = "409", description = "Stale version, locked year, or moving a point that has records to another agency")
    public ReadingPointView update(@PathParam("id") long id, @Valid @NotNull ReadingPointRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a reading point that has no visits, tallies or transfers")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    @APIResponse(responseCode = "409", description = "Stale version, locked year, or the point has records")
    public void delete(@PathParam("id") long id,
                       @QueryParam("version") @Parameter(description = "Version read from GET") Long version) {
        service.delete(id, version);
    }

    @GET
    @Path("/visits")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Single visits across reading points, newest day first")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public Page<VisitView> allVisits(@QueryParam("pointId") Long pointId, @QueryParam("agencyId") Long agencyId,
                                     @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                     @Valid @BeanParam PageRequest page) {
        return visits.list(new LogFilter(pointId, agencyId, from, to), page);
    }

    @GET
    @Path("/tallies")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Daily tallies across reading points, newest day first")
    @APIResponse(responseCode = "200", description = "A page of tallies")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A point of another agency")
    @APIResponse(responseCode = "404", description = "No such reading point")
    public Page<TallyView> allTallies(@QueryParam("pointId") Long pointId, @QueryParam("agencyId") Long agencyId,
                                      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                      @Valid @BeanParam PageRequest page) {
        return tallies.list(new LogFilter(pointId, agencyId, from, to), page);
    }

    @GET
    @Path("/statistics")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "People received and items consulted in a year, by point, kind, month or point/kind and month")
    @APIResponse(responseCode = "200", description = "The year's figures")
    @APIResponse(responseCode = "400", description = "Missing or invalid year, unknown agency or groupBy")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "An agency outside the caller's scope")
    public ReadingPointStatisticsView statistics(
            @QueryParam("year") @Parameter(description = "Calendar year", required = true) Integer year,
            @QueryParam("agencyId") @Parameter(description = "Default: the caller's agency, or every agency for a district-wide account")
            Long agencyId,
            @QueryParam("includeSubagencies") @DefaultValue("false") boolean includeSubagencies,
            @QueryParam("groupBy") @DefaultValue("month")
            @Parameter(description = "point, kind, month (default), point-month or kind-month") String groupBy) {
        if (year == null) {
            throw ApiException.invalidField("year", "请指定年度。", "The year is required.");
        }
        return statistics.statistics(year, agencyId, includeSubagencies, groupBy);
    }
}
