package org.gongkai.items.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.items.ItemFilters;
import org.gongkai.items.Topic;
import org.gongkai.items.Validity;
import org.gongkai.items.dto.SearchResults;

@Path("/api/v1/items")
@Tag(name = "Disclosure items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemSearchResource {

    @Inject
    ItemSearchService search;

    @Inject
    SearchIndexMaintenance maintenance;

    @Inject
    ItemFilters filters;

    @GET
    @Path("/search")
    @Operation(summary = "Chinese full-text search of the published catalogue, best match first (public)",
            description = "Searches title, document number, keywords, summary and body with Chinese word segmentation; "
                    + "spaces separate terms that must all match; a document number such as 东府发〔2011〕12号 or a "
                    + "fragment such as 12号 matches verbatim. The text is never interpreted as query syntax.")
    @APIResponse(responseCode = "200", description = "A page of hits with highlighted title and body snippet")
    @APIResponse(responseCode = "400", description = "Empty, too long or unsearchable text; bad filter or cursor")
    public SearchResults search(
            @Parameter(description = "What to look for (at most 100 characters)", example = "住房保障")
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("agencyId") Long agencyId,
            @QueryParam("includeSubagencies") @DefaultValue("false") boolean includeSubagencies,
            @QueryParam("year") Integer year,
            @QueryParam("topic") Topic topic,
            @QueryParam("validity") Validity validity,
            @Valid @BeanParam PageRequest page) {
        return search.search(q, filters.resolve(category, agencyId, includeSubagencies, year, topic, validity), page);
    }

    @GET
    @Path("/search-index")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "State of the search index")
    @APIResponse(responseCode = "200", description = "Document count and the last rebuild")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public SearchIndexStatus status() {
        return maintenance.status();
    }

    @POST
    @Path("/search-index/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rebuild the search index from the database in the background")
    @APIResponse(responseCode = "202", description = "Rebuild started; GET /api/v1/items/search-index shows progress")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response rebuild() {
        return Response.accepted(maintenance.startRebuild()).build();
    }
}
