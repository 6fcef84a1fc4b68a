package org.gongkai.items;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;

import java.util.List;

@Path("/api/v1/items/statistics")
@Tag(name = "Disclosure items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemStatisticsResource {

    @Inject
    ItemStatistics statistics;

    @Inject
    AgencyRepository agencies;

    @GET
    @Path("/{year}")
    @Operation(summary = "Proactive-disclosure figures of a year (public): by category and month, rules and normative "
            + "documents issued, repealed and in force, late publications")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "Year out of range or unknown agency")
    public ItemYearFigures forYear(@PathParam("year") int year,
                                   @Parameter(description = "One agency; every agency when omitted")
                                   @QueryParam("agencyId") Long agencyId,
                                   @QueryParam("includeSubagencies") @DefaultValue("true") boolean includeSubagencies) {
        if (year < 1949 || year > 2100) {
            throw ApiException.invalidField("year", "年份应在1949至2100之间。", "Year must be between 1949 and 2100.");
        }
        List<Long> ids;
        if (agencyId == null) {
            ids = agencies.listAll().stream().map(a -> a.id).toList();
        } else {
            if (agencies.findByIdOptional(agencyId).isEmpty()) {
                throw ApiException.invalidField("agencyId", "机关不存在。", "No such agency.");
            }
            ids = includeSubagencies ? agencies.withDescendants(agencyId) : List.of(agencyId);
        }
        return statistics.forYear(ids, year);
    }
}
