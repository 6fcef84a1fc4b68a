package org.gongkai.applications;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.applications.dto.StatisticsView;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.AgencyScope;

import java.util.List;

@Path("/api/v1/application-statistics")
@Tag(name = "Application statistics", description = "Table 三 and 四 figures of a year, as the annual report counts them")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ApplicationStatisticsResource {

    @Inject
    ApplicationStatistics statistics;

    @Inject
    AgencyRepository agencies;

    @Inject
    AgencyScope scope;

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "A year's figures for one agency (optionally with the agencies under it) or, district-wide, all")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Invalid year")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public StatisticsView year(@PathParam("year") @Min(2008) @Max(2100) int year,
                               @QueryParam("agencyId") @Parameter(description = "Default: the caller's scope") Long agencyId,
                               @QueryParam("includeSubagencies") @DefaultValue("true") boolean includeSubagencies) {
        List<Long> ids;
        if (agencyId == null) {
            ids = scope.restriction().map(List::of)
                    .orElseGet(() -> agencies.listAll().stream().map(a -> a.id).toList());
        } else {
            if (agencies.findByIdOptional(agencyId).isEmpty()) {
                throw ApiException.notFound("AGENCY_NOT_FOUND", "机关不存在。", "No such agency.");
            }
            scope.requireCanActOn(agencyId);
            ids = includeSubagencies ? agencies.withDescendants(agencyId) : List.of(agencyId);
        }
        ApplicationYearFigures figures = statistics.forYear(ids, year);
        return new StatisticsView(year, ids, figures, figures.total(), statistics.appealsForYear(ids, year));
    }
}
