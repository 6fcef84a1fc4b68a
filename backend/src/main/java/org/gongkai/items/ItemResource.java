package org.gongkai.items;

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
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;
import org.gongkai.common.text.Text;
import org.gongkai.items.dto.ApprovalRequest;
import org.gongkai.items.dto.ItemEventView;
import org.gongkai.items.dto.ItemRequest;
import org.gongkai.items.dto.ItemSummary;
import org.gongkai.items.dto.ItemView;
import org.gongkai.items.dto.ReasonRequest;
import org.gongkai.items.dto.ValidityRequest;
import org.gongkai.items.dto.VersionRequest;
import org.gongkai.items.dto.Vocabulary;
import org.gongkai.items.dto.Vocabulary.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

@Path("/api/v1/items")
@Tag(name = "Disclosure items", description = "The proactive-disclosure catalogue (主动公开): drafting, secrecy review, "
        + "publication, withdrawal")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    ItemService service;

    @Inject
    ItemQueryService queries;

    @Inject
    ItemFilters filters;

    @GET
    @Operation(summary = "The catalogue: published items, newest first (public); with status, a staff work list",
            description = "Without status: published items by publication date (newest first). With status (one or "
                    + "more): editors, reviewers and administrators see the items of their agency scope in those "
                    + "states, most recently changed first.")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "400", description = "Unknown category or agency, bad year, paging or enum value; mine "
            + "without status")
    @APIResponse(responseCode = "401", description = "status asked for without signing in")
    @APIResponse(responseCode = "403", description = "status asked for by a role that does not handle items")
    public Page<ItemSummary> list(
            @Parameter(description = "Category code") @QueryParam("category") String category,
            @QueryParam("agencyId") Long agencyId,
            @Parameter(description = "With agencyId: include the agencies under it")
            @QueryParam("includeSubagencies") @DefaultValue("false") boolean includeSubagencies,
            @Parameter(description = "Year of publication (staff lists: of the date written while unpublished)")
            @QueryParam("year") Integer year,
            @QueryParam("topic") Topic topic,
            @QueryParam("validity") Validity validity,
            @Parameter(description = "Staff only: one or more states") @QueryParam("status") Set<ItemStatus> status,
            @Parameter(description = "Staff only, with status: only the items the caller created")
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @Valid @BeanParam PageRequest page) {
        return queries.list(filters.resolve(category, agencyId, includeSubagencies, year, topic, validity), status, mine,
                page);
    }

    @GET
    @Path("/vocabulary")
    @Operation(summary = "Topics, channels, validity values, states and actions with their Chinese and English names")
    @APIResponse(responseCode = "200", description = "The code lists")
    public Vocabulary vocabulary() {
        return new Vocabulary(terms(Topic.values(), Topic::label), terms(Channel.values(), Channel::label),
                terms(Validity.values(), Validity::label), terms(ItemStatus.values(), ItemStatus::label),
                terms(ItemAction.values(), ItemAction::label));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item with attachments (public when published; staff of its agency otherwise)")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "403", description = "Unpublished item of another agency")
    @APIResponse(responseCode = "404", description = "No such item, or not published")
    public ItemView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a draft")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields (each named in violations)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "409", description = "The year of the date written is locked")
    public Response create(@NotNull ItemRequest request, @Context UriInfo uri) {
        ItemView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Edit a draft")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not a draft, stale version, or year locked")
    public ItemView update(@PathParam("id") long id, @NotNull ItemRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Discard a draft (with its attachments)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not a draft, stale version, or year locked")
    public void delete(@PathParam("id") long id,
                       @Parameter(description = "Version read from GET") @QueryParam("version") Long version) {
        service.delete(id, version);
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Submit a draft for secrecy review (保密审查)")
    @APIResponse(responseCode = "200", description = "Pending review")
    @APIResponse(responseCode = "400", description = "version missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not a draft, or stale version")
    public ItemView submit(@PathParam("id") long id, @NotNull VersionRequest request) {
        return service.submit(id, request);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Approve the review and publish: publication date, index number, late flag")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "400", description = "Publication date in the future or before the date written")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a reviewer, another agency, or the submitter reviewing their own item")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not pending review, stale version, or year locked")
    public ItemView approve(@PathParam("id") long id, @NotNull ApprovalRequest request) {
        return service.approve(id, request);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Reject the review with a reason; the item returns to draft")
    @APIResponse(responseCode = "200", description = "Back to draft")
    @APIResponse(responseCode = "400", description = "Reason missing or too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a reviewer, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not pending review, or stale version")
    public ItemView reject(@PathParam("id") long id, @NotNull ReasonRequest request) {
        return service.reject(id, request);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a published item with a reason; it leaves the catalogue and the search")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Reason missing or too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor or reviewer, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not published, stale version, or year locked")
    public ItemView withdraw(@PathParam("id") long id, @NotNull ReasonRequest request) {
        return service.withdraw(id, request);
    }

    @PUT
    @Path("/{id}/validity")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.REVIEWER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record that a published rule or normative document was repealed (or is in force)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "Validity missing, repeal date missing, in the future or before the date written")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an editor or reviewer, or another agency")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Not published, not a rule or normative document, stale version, or year locked")
    public ItemView changeValidity(@PathParam("id") long id, @NotNull ValidityRequest request) {
        return service.changeValidity(id, request);
    }

    @GET
    @Path("/{id}/events")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The item's life-cycle events, oldest first (staff of its agency)")
    @APIResponse(responseCode = "200", description = "The events")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Another agency")
    @APIResponse(responseCode = "404", description = "No such item (or a role that does not handle items)")
    public List<ItemEventView> events(@PathParam("id") long id) {
        return service.events(id);
    }

    private static <E extends Enum<E>> List<Term> terms(E[] values, Function<E, Text> label) {
        return Arrays.stream(values).map(v -> new Term(v.name(), label.apply(v).zh(), label.apply(v).en())).toList();
    }
}
