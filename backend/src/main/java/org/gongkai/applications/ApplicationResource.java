package org.gongkai.applications;

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
import org.gongkai.applications.dto.ApplicationSummary;
import org.gongkai.applications.dto.ApplicationView;
import org.gongkai.applications.dto.ClarificationReply;
import org.gongkai.applications.dto.ClarificationRequest;
import org.gongkai.applications.dto.ClosureRequest;
import org.gongkai.applications.dto.ConsultationReply;
import org.gongkai.applications.dto.ConsultationRequest;
import org.gongkai.applications.dto.DatedNote;
import org.gongkai.applications.dto.DeadlineView;
import org.gongkai.applications.dto.DecisionRequest;
import org.gongkai.applications.dto.DeliveryRequest;
import org.gongkai.applications.dto.ExtensionRequest;
import org.gongkai.applications.dto.FeeNoticeRequest;
import org.gongkai.applications.dto.FeePaymentRequest;
import org.gongkai.applications.dto.FeeQuote;
import org.gongkai.applications.dto.FeeWaiverRequest;
import org.gongkai.applications.dto.LegacyFeesRequest;
import org.gongkai.applications.dto.PersonalDataView;
import org.gongkai.applications.dto.QueryCodeReset;
import org.gongkai.applications.dto.RevealRequest;
import org.gongkai.applications.dto.StaffRegistration;
import org.gongkai.applications.dto.SubmissionResult;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.Roles;

import java.time.LocalDate;
import java.util.List;

/** The staff side of applications: registration, the queue, one application, and every handling step. */
@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Applications for disclosure (依申请公开): registration, queue, handling steps")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ApplicationResource {

    @Inject
    ApplicationIntakeService intake;

    @Inject
    ApplicationQueryService query;

    @Inject
    ApplicationHandlingService handling;

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Register an application received in person, by post, fax or e-mail (answers the query code once)")
    @APIResponse(responseCode = "201", description = "Registered; Location is the application")
    @APIResponse(responseCode = "400", description = "Invalid applicant, request or received date for the channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a clerk, caseworker or administrator, or another agency")
    @APIResponse(responseCode = "409", description = "The received date's year is locked")
    public Response register(@Valid @NotNull StaffRegistration registration, @Context UriInfo uri) {
        SubmissionResult created = intake.register(registration);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications/" + created.id()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The queue: filter by status, agency, due within N working days, overdue…")
    @APIResponse(responseCode = "200", description = "A page of applications, personal data masked")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of applications, or another agency")
    public Page<ApplicationSummary> list(
            @QueryParam("status") @Parameter(description = "Repeatable") List<ApplicationStatus> statuses,
            @QueryParam("open") @Parameter(description = "true: open only; false: concluded only") Boolean open,
            @QueryParam("agencyId") Long agencyId,
            @QueryParam("applicantType") ApplicantType applicantType,
            @QueryParam("channel") Channel channel,
            @QueryParam("overdue") @Parameter(description = "true: open with the due date passed") Boolean overdue,
            @QueryParam("dueWithinDays") @Parameter(description = "Open and due from today to N working days ahead (0–60)")
            Integer dueWithinDays,
            @QueryParam("receivedFrom") LocalDate receivedFrom,
            @QueryParam("receivedTo") LocalDate receivedTo,
            @QueryParam("trackingNumber") String trackingNumber,
            @QueryParam("applicant") @Parameter(description = "Part of the applicant's name") String applicant,
            @QueryParam("sort") @Parameter(description = "DUE (default: soonest first) or RECEIVED (newest first)")
            ApplicationQueryService.Sort sort,
            @Valid @BeanParam PageRequest page) {
        return query.list(new ApplicationQueryService.Filter(statuses, open, agencyId, applicantType, channel, overdue,
                dueWithinDays, receivedFrom, receivedTo, trackingNumber, applicant, sort), page);
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "One application: deadline explanation, timeline, allowed actions, documents, appeals")
    @APIResponse(responseCode = "200", description = "The application, personal data masked")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") long id) {
        return query.get(id);
    }

    @GET
    @Path("/{id: \\d+}/deadline")
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The due date with its explanation (days counted, holidays and make-up days, pauses, restart, extension)")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public DeadlineView deadline(@PathParam("id") long id) {
        return query.deadline(id);
    }

    @POST
    @Path("/{id: \\d+}/clarification-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Send the single clarification notice (补正), within 7 working days of receipt")
    @APIResponse(responseCode = "200", description = "The application, awaiting clarification")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step, already requested, too late, or year locked")
    public ApplicationView requestClarification(@PathParam("id") long id, @Valid @NotNull ClarificationRequest r) {
        return handling.requestClarification(id, r);
    }

    @POST
    @Path("/{id: \\d+}/clarification-replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record the corrected application: the clock restarts from its arrival")
    @APIResponse(responseCode = "200", description = "The application, in progress again")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView receiveClarification(@PathParam("id") long id, @Valid @NotNull ClarificationReply r) {
        return handling.receiveClarification(id, r);
    }

    @POST
    @Path("/{id: \\d+}/clarification-lapse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Close as 其他处理 1 after the clarification period ran out without a correction")
    @APIResponse(responseCode = "200", description = "The application, concluded")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step, period still running, or year locked")
    public ApplicationView lapseClarification(@PathParam("id") long id, @Valid @NotNull DatedNote r) {
        return handling.lapseClarification(id, r);
    }

    @POST
    @Path("/{id: \\d+}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Consult a third party or another agency (征求意见): the clock pauses")
    @APIResponse(responseCode = "200", description = "The application, in consultation")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView startConsultation(@PathParam("id") long id, @Valid @NotNull ConsultationRequest r) {
        return handling.startConsultation(id, r);
    }

    @POST
    @Path("/{id: \\d+}/consultation-replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record the consulted party's answer (or silence): the clock resumes")
    @APIResponse(responseCode = "200", description = "The application, in progress again")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView endConsultation(@PathParam("id") long id, @Valid @NotNull ConsultationReply r) {
        return handling.endConsultation(id, r);
    }

    @POST
    @Path("/{id: \\d+}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Extend the deadline once, with approval and a reason (at most the regime's maximum)")
    @APIResponse(responseCode = "200", description = "The application with the new due date")
    @APIResponse(responseCode = "400", description = "Invalid fields, or more days than the regime allows")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step, already extended, deadline passed, or year locked")
    public ApplicationView extend(@PathParam("id") long id, @Valid @NotNull ExtensionRequest r) {
        return handling.extend(id, r);
    }

    @GET
    @Path("/{id: \\d+}/fee-quote")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "What a fee notice would charge (按件 or 按量), with the computation")
    @APIResponse(responseCode = "200", description = "The fee and its bands")
    @APIResponse(responseCode = "400", description = "Missing method or pages")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public FeeQuote feeQuote(@PathParam("id") long id, @QueryParam("method") FeeMethod method,
                             @QueryParam("pages") Integer pages) {
        return handling.quote(id, method, pages);
    }

    @POST
    @Path("/{id: \\d+}/fee-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Send a fee notice (国办函〔2020〕109号): the amount is computed; the clock pauses for up to 20 working days")
    @APIResponse(responseCode = "200", description = "The application, awaiting payment")
    @APIResponse(responseCode = "400", description = "Invalid fields, or no fee due")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step, fees not applicable, already notified, or year locked")
    public ApplicationView issueFeeNotice(@PathParam("id") long id, @Valid @NotNull FeeNoticeRequest r) {
        return handling.issueFeeNotice(id, r);
    }

    @POST
    @Path("/{id: \\d+}/fee-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record the payment: the clock resumes")
    @APIResponse(responseCode = "200", description = "The application, in progress again")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView recordPayment(@PathParam("id") long id, @Valid @NotNull FeePaymentRequest r) {
        return handling.recordPayment(id, r);
    }

    @POST
    @Path("/{id: \\d+}/fee-waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Waive the fee with a reason: the clock resumes")
    @APIResponse(responseCode = "200", description = "The application, in progress again")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView waiveFee(@PathParam("id") long id, @Valid @NotNull FeeWaiverRequest r) {
        return handling.waiveFee(id, r);
    }

    @POST
    @Path("/{id: \\d+}/fee-lapse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Close as 其他处理 2 after the payment period ran out")
    @APIResponse(responseCode = "200", description = "The application, concluded")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step, period still running, or year locked")
    public ApplicationView lapseFee(@PathParam("id") long id, @Valid @NotNull DatedNote r) {
        return handling.lapseFee(id, r);
    }

    @POST
    @Path("/{id: \\d+}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Decide (答复) with exactly one outcome code, reason and legal basis")
    @APIResponse(responseCode = "200", description = "The application, decided")
    @APIResponse(responseCode = "400", description = "Invalid outcome, missing reason or withheld parts")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest r) {
        return handling.decide(id, r);
    }

    @POST
    @Path("/{id: \\d+}/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record the applicant's withdrawal (concludes as 其他处理 3)")
    @APIResponse(responseCode = "200", description = "The application, withdrawn")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView withdraw(@PathParam("id") long id, @Valid @NotNull DatedNote r) {
        return handling.withdraw(id, r);
    }

    @POST
    @Path("/{id: \\d+}/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record how and when the answer was delivered")
    @APIResponse(responseCode = "200", description = "The application, delivered")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView deliver(@PathParam("id") long id, @Valid @NotNull DeliveryRequest r) {
        return handling.deliver(id, r);
    }

    @POST
    @Path("/{id: \\d+}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Close and archive (办结归档)")
    @APIResponse(responseCode = "200", description = "The application, closed")
    @APIResponse(responseCode = "400", description = "Invalid fields or dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, illegal step or year locked")
    public ApplicationView close(@PathParam("id") long id, @Valid @NotNull ClosureRequest r) {
        return handling.close(id, r);
    }

    @POST
    @Path("/{id: \\d+}/personal-data-reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Reveal the full ID and phone numbers, with a reason (audited)")
    @APIResponse(responseCode = "200", description = "The personal data in full")
    @APIResponse(responseCode = "400", description = "Missing reason")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public PersonalDataView reveal(@PathParam("id") long id, @Valid @NotNull RevealRequest r) {
        return handling.reveal(id, r);
    }

    @POST
    @Path("/{id: \\d+}/query-code")
    @RolesAllowed({Roles.CLERK, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Issue a new query code for an applicant who lost theirs (shown once; the old one stops working)")
    @APIResponse(responseCode = "200", description = "The new code")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    public QueryCodeReset resetQueryCode(@PathParam("id") long id) {
        return handling.resetQueryCode(id);
    }

    @PUT
    @Path("/{id: \\d+}/legacy-fees")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record 2007-era search, copy and postage fees and waivers as charged")
    @APIResponse(responseCode = "200", description = "The application with its fees")
    @APIResponse(responseCode = "400", description = "Invalid amounts or date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Wrong role or another agency")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Stale version, not a 2007-regime application, or year locked")
    public ApplicationView legacyFees(@PathParam("id") long id, @Valid @NotNull LegacyFeesRequest r) {
        return handling.recordLegacyFees(id, r);
    }
}
