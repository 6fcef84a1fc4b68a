package org.gongkai.applications;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.applications.dto.OutcomeCodeView;
import org.gongkai.applications.dto.PortalSubmission;
import org.gongkai.applications.dto.QueryCodeInput;
import org.gongkai.applications.dto.SubmissionResult;
import org.gongkai.applications.dto.TrackingView;

import java.util.Arrays;
import java.util.List;

/**
 * What the public reaches without an account: the application form, the tracking page (tracking number plus
 * query code, never in the URL), the printable receipt and withdrawal, and the outcome code table.
 */
@Path("/api/v1/applications")
@Tag(name = "Applications (portal)", description = "Apply without an account and follow the application")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationPortalResource {

    @Inject
    ApplicationIntakeService intake;

    @Inject
    ApplicationDocuments documents;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply on the portal (anyone): answers the tracking number and the query code, shown once")
    @APIResponse(responseCode = "201", description = "Submitted; Location is the tracking resource")
    @APIResponse(responseCode = "400", description = "Invalid fields (ID check digit, credit code, contact details…)")
    @APIResponse(responseCode = "409", description = "The year is locked")
    @APIResponse(responseCode = "429", description = "Too many submissions from this address; see Retry-After")
    public Response submit(@Valid @NotNull PortalSubmission submission, @Context HttpServerRequest http,
                           @Context UriInfo uri) {
        SubmissionResult created = intake.submitOnline(submission, address(http));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications/tracking/" + created.trackingNumber())
                .build()).entity(created).build();
    }

    @GET
    @Path("/tracking/{trackingNumber}")
    @Operation(summary = "Follow an application: status timeline, masked name only (query code in X-Query-Code)")
    @APIResponse(responseCode = "200", description = "The tracking view")
    @APIResponse(responseCode = "400", description = "Missing query code")
    @APIResponse(responseCode = "404", description = "Unknown number or wrong query code (not told apart)")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public TrackingView track(@PathParam("trackingNumber") String trackingNumber,
                              @HeaderParam("X-Query-Code") @Parameter(description = "The query code") String queryCode,
                              @Context HttpServerRequest http) {
        return intake.track(trackingNumber, queryCode, address(http));
    }

    @POST
    @Path("/tracking/{trackingNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow an application, with the query code in the body")
    @APIResponse(responseCode = "200", description = "The tracking view")
    @APIResponse(responseCode = "400", description = "Missing query code")
    @APIResponse(responseCode = "404", description = "Unknown number or wrong query code (not told apart)")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address; see Retry-After")
    public TrackingView trackWithBody(@PathParam("trackingNumber") String trackingNumber,
                                      @Valid @NotNull QueryCodeInput input, @Context HttpServerRequest http) {
        return intake.track(trackingNumber, input.queryCode(), address(http));
    }

    @POST
    @Path("/tracking/{trackingNumber}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The printable receipt (登记回执) as an HTML page")
    @APIResponse(responseCode = "200", description = "HTML for printing")
    @APIResponse(responseCode = "400", description = "Missing query code")
    @APIResponse(responseCode = "404", description = "Unknown number or wrong query code")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address")
    public String receipt(@PathParam("trackingNumber") String trackingNumber, @Valid @NotNull QueryCodeInput input,
                          @Context HttpServerRequest http) {
        DisclosureApplication app = intake.authenticate(trackingNumber, input.queryCode(), address(http));
        return documents.receiptHtml(app, input.queryCode());
    }

    @POST
    @Path("/tracking/{trackingNumber}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw one's own application (concludes as 其他处理 3)")
    @APIResponse(responseCode = "200", description = "Withdrawn; the tracking view")
    @APIResponse(responseCode = "400", description = "Missing query code")
    @APIResponse(responseCode = "404", description = "Unknown number or wrong query code")
    @APIResponse(responseCode = "409", description = "Already concluded")
    @APIResponse(responseCode = "429", description = "Too many look-ups from this address")
    public TrackingView withdraw(@PathParam("trackingNumber") String trackingNumber, @Valid @NotNull QueryCodeInput input,
                                 @Context HttpServerRequest http) {
        return intake.withdraw(trackingNumber, input.queryCode(), input.reason(), address(http));
    }

    @GET
    @Path("/outcome-codes")
    @Operation(summary = "The outcome codes (table 三 rows) with labels, articles and the legacy labels mapped onto them")
    @APIResponse(responseCode = "200", description = "All codes in table order")
    public List<OutcomeCodeView> outcomeCodes() {
        return Arrays.stream(OutcomeCode.values()).map(c -> new OutcomeCodeView(c, c.group(), c.group().zh(),
                c.group().en(), c.rowZh(), c.rowEn(), c.article(), c.decidable(),
                Arrays.stream(LegacyOutcome.values()).filter(l -> l.code() == c).toList())).toList();
    }

    static String address(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
