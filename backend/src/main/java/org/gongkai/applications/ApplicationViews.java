package org.gongkai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.applications.dto.ApplicantView;
import org.gongkai.applications.dto.ApplicationSummary;
import org.gongkai.applications.dto.ApplicationView;
import org.gongkai.applications.dto.AppealView;
import org.gongkai.applications.dto.ConsultationView;
import org.gongkai.applications.dto.DeadlineView;
import org.gongkai.applications.dto.DecisionView;
import org.gongkai.applications.dto.DocumentInfo;
import org.gongkai.applications.dto.EventView;
import org.gongkai.applications.dto.FeeView;
import org.gongkai.applications.dto.LegacyFeesView;
import org.gongkai.applications.dto.RequestView;
import org.gongkai.applications.dto.TrackingView;
import org.gongkai.applications.dto.WithheldPart;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Maps applications to what callers see; personal data leaves here masked only. */
@ApplicationScoped
public class ApplicationViews {

    @Inject
    ApplicationEventRepository eventRepository;

    @Inject
    AppealRepository appeals;

    @Inject
    ApplicationClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyScope scope;

    @Inject
    ObjectMapper json;

    public ApplicationView view(DisclosureApplication app) {
        List<ApplicationEvent> events = eventRepository.forApplication(app.id);
        WorkingDayCalendar calendar = clock.calendar();
        LocalDate today = clock.today();
        Deadline deadline = clock.deadline(app, events);
        DeadlineView deadlineView = deadlineView(app, deadline, events, calendar, today);
        List<ApplicationAction> allowed = mayHandle(app)
                ? List.copyOf(ApplicationRules.allowed(ApplicationFacts.of(app, events), calendar, today))
                : List.of();
        return new ApplicationView(app.id, app.trackingNumber, app.agency.id, app.agency.name, app.status, app.regime,
                app.channel, app.submittedAt, app.submittedOn, app.receivedOn, app.receivedNote, app.registeredBy,
                app.imported, app.sourceReference, applicant(app), request(app), deadlineView, allowed,
                clarification(events), consultations(events), extension(events), fee(app), legacyFees(app),
                decision(app), events.stream().map(this::event).toList(),
                appeals.forApplication(app.id).stream().map(ApplicationViews::appeal).toList(),
                documents(app, events), app.version);
    }

    public ApplicationSummary summary(DisclosureApplication app, WorkingDayCalendar calendar, LocalDate today) {
        Integer remaining = clock.remaining(app, calendar, today);
        String subject = app.description.length() > 80 ? app.description.substring(0, 80) + "…" : app.description;
        return new ApplicationSummary(app.id, app.trackingNumber, app.agency.id, app.agency.name, app.status,
                app.applicantType, app.applicantName, PersonalData.maskPhone(app.phone), app.channel, app.receivedOn,
                app.dueDate, app.clockState, app.dueUnknownYear, remaining, clock.urgency(app, remaining), subject,
                app.outcome, app.concludedOn, app.answeredLate, app.version);
    }

    public TrackingView tracking(DisclosureApplication app) {
        List<ApplicationEvent> events = eventRepository.forApplication(app.id);
        Deadline deadline = clock.deadline(app, events);
        List<TrackingView.TrackingEvent> timeline = events.stream()
                .filter(e -> e.type.publicVisible())
                .map(e -> new TrackingView.TrackingEvent(e.type, e.occurredOn,
                        e.type == ApplicationEventType.CLARIFICATION_REQUESTED
                                || e.type == ApplicationEventType.FEE_NOTICE_SENT ? e.untilDate : null))
                .toList();
        return new TrackingView(app.trackingNumber, PersonalData.maskName(app.applicantName, app.applicantType.isOrganisation()),
                app.agency.name, app.status, app.receivedOn, app.clockState, app.isOpen() ? app.dueDate : null,
                app.isOpen() ? deadline.steps() : List.of(), app.outcome, app.concludedOn, app.deliveredOn,
                app.deliveryMethod, ApplicationWorkflow.next(app.status, ApplicationAction.WITHDRAW).isPresent(), timeline);
    }

    private boolean mayHandle(DisclosureApplication app) {
        return (currentUser.hasRole(Roles.CASEWORKER) || currentUser.hasRole(Roles.ADMIN)) && scope.canActOn(app.agency.id);
    }

    DeadlineView deadlineView(DisclosureApplication app, Deadline d, List<ApplicationEvent> events,
                              WorkingDayCalendar calendar, LocalDate today) {
        Integer remaining = app.isOpen() ? d.remainingWorkingDays(calendar, today) : null;
        List<DeadlineView.DayView> holidays = d.skipped().stream()
                .filter(s -> s.reason() == WorkingDayCalendar.SkipReason.HOLIDAY)
                .map(s -> new DeadlineView.DayView(s.date(), s.holiday())).toList();
        int weekend = (int) d.skipped().stream().filter(s -> s.reason() == WorkingDayCalendar.SkipReason.WEEKEND).count();
        LocalDate replyBy = null;
        LocalDate answerDue = null;
        for (ApplicationEvent e : events) {
            if (e.type == ApplicationEventType.CLARIFICATION_REQUESTED) {
                replyBy = e.untilDate;
            }
            if (e.type == ApplicationEventType.CONSULTATION_STARTED) {
                answerDue = e.untilDate;
            }
        }
        DisclosureApplication.ClockState state = app.isOpen()
                ? DisclosureApplication.ClockState.valueOf(d.state().name()) : DisclosureApplication.ClockState.STOPPED;
        return new DeadlineView(state, d.regime(), d.receivedOn(), d.clockStart(), d.restartedOn(), d.baseWorkingDays(),
                d.extensionWorkingDays(), d.dueDate(), remaining, clock.urgency(app, remaining),
                d.workingDaysLeftWhenPaused(), d.missingYear(),
                d.pauses().stream().map(p -> new DeadlineView.PauseView(p.kind(), p.from(), p.to(), p.workingDays(),
                        p.counted())).toList(),
                holidays, weekend,
                d.makeUpWorkdays().stream().map(m -> new DeadlineView.DayView(m.date(), m.holiday())).toList(),
                d.steps(), app.status == ApplicationStatus.CLARIFICATION_REQUESTED ? replyBy : null,
                app.status == ApplicationStatus.AWAITING_FEE ? app.feePayBy : null,
                app.status == ApplicationStatus.IN_CONSULTATION ? answerDue : null,
                app.concludedOn, app.answeredLate);
    }

    static ApplicantView applicant(DisclosureApplication app) {
        return new ApplicantView(app.applicantType, app.applicantName, app.idType, PersonalData.maskId(app.idNumber),
                app.creditCode, app.contactPerson, PersonalData.maskPhone(app.phone), app.email, app.postalAddress,
                app.postalCode);
    }

    static RequestView request(DisclosureApplication app) {
        return new RequestView(app.description, app.documentNumbers, app.provisionForm, app.obtainMethod);
    }

    ApplicationView.ClarificationView clarification(List<ApplicationEvent> events) {
        ApplicationEvent sent = null;
        LocalDate answered = null;
        boolean lapsed = false;
        for (ApplicationEvent e : events) {
            switch (e.type) {
                case CLARIFICATION_REQUESTED -> sent = e;
                case CLARIFICATION_RECEIVED -> answered = e.occurredOn;
                case CLARIFICATION_LAPSED -> lapsed = true;
                default -> {
                }
            }
        }
        if (sent == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        JsonNode d = details(sent);
        if (d != null && d.has("items")) {
            d.get("items").forEach(i -> items.add(i.asText()));
        }
        return new ApplicationView.ClarificationView(sent.occurredOn, items, sent.untilDate, answered, lapsed);
    }

    List<ConsultationView> consultations(List<ApplicationEvent> events) {
        List<ConsultationView> out = new ArrayList<>();
        ApplicationEvent open = null;
        for (ApplicationEvent e : events) {
            if (e.type == ApplicationEventType.CONSULTATION_STARTED) {
                open = e;
            } else if (e.type == ApplicationEventType.CONSULTATION_ENDED && open != null) {
                JsonNode d = details(e);
                out.add(consultation(open, e.occurredOn, d == null || !d.has("answer") ? null
                        : ConsultationAnswer.valueOf(d.get("answer").asText()), text(d, "note")));
                open = null;
            }
        }
        if (open != null) {
            out.add(consultation(open, null, null, null));
        }
        return out;
    }

    private ConsultationView consultation(ApplicationEvent start, LocalDate answeredOn, ConsultationAnswer answer, String note) {
        return new ConsultationView(start.id, start.partyKind, start.party, text(details(start), "subject"),
                start.occurredOn, start.untilDate, answeredOn, answer, note);
    }

    ApplicationView.ExtensionView extension(List<ApplicationEvent> events) {
        return events.stream().filter(e -> e.type == ApplicationEventType.EXTENDED).findFirst()
                .map(e -> new ApplicationView.ExtensionView(e.occurredOn, e.workingDays == null ? 0 : e.workingDays,
                        text(details(e), "reason"), text(details(e), "approvedBy")))
                .orElse(null);
    }

    static FeeView fee(DisclosureApplication app) {
        if (app.feeMethod == null) {
            return null;
        }
        FeeCalculator.Fee fee = app.feeMethod == FeeMethod.PER_PAGE
                ? FeeCalculator.perPage(app.feeUnits) : FeeCalculator.perApplication(app.feeUnits);
        return new FeeView(app.feeMethod, app.feeUnits, app.feeAmount, fee.explanation(), app.feeNoticeOn, app.feePayBy,
                app.feePaidOn, app.feeReceiptNumber, app.feeWaivedOn, app.feeWaivedAmount, app.feeWaiverReason);
    }

    static LegacyFeesView legacyFees(DisclosureApplication app) {
        if (app.legacyFeeOn == null) {
            return null;
        }
        return new LegacyFeesView(app.legacyFeeOn, app.legacyRetrievalFee, app.legacyCopyFee, app.legacyPostageFee,
                app.legacyFeeWaived, app.legacyWaiverReason);
    }

    DecisionView decision(DisclosureApplication app) {
        if (app.outcome == null) {
            return null;
        }
        return new DecisionView(app.outcome, app.outcome.group(), app.outcome.rowZh(),
                app.legacyOutcome != null ? app.legacyOutcome : LegacyOutcome.of(app.outcome), app.concludedOn,
                app.decisionReason, app.legalBasis, withheldParts(app), app.referralAgency, app.answeredLate,
                app.deliveredOn, app.deliveryMethod, app.deliveryNote, app.closedOn, app.archiveReference);
    }

    List<WithheldPart> withheldParts(DisclosureApplication app) {
        if (app.withheldParts == null) {
            return List.of();
        }
        try {
            return json.readValue(app.withheldParts, new TypeReference<List<WithheldPart>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable withheld parts of application " + app.id, e);
        }
    }

    EventView event(ApplicationEvent e) {
        return new EventView(e.id, e.type, e.occurredOn, e.recordedAt, e.actor, e.fromStatus, e.toStatus, e.untilDate,
                e.workingDays, e.partyKind, e.party, details(e));
    }

    static AppealView appeal(ApplicationAppeal a) {
        return new AppealView(a.id, a.applicationId, a.kind, a.filedOn, a.body, a.caseNumber, a.result, a.closedOn,
                a.note, a.precedingAppealId, a.result == null, a.version);
    }

    static List<DocumentInfo> documents(DisclosureApplication app, List<ApplicationEvent> events) {
        String base = "/api/v1/applications/" + app.id + "/documents/";
        List<DocumentInfo> out = new ArrayList<>();
        out.add(new DocumentInfo(DocumentKind.RECEIPT, DocumentKind.RECEIPT.zh(), null, base + DocumentKind.RECEIPT));
        Set<ApplicationEventType> seen = new java.util.HashSet<>();
        for (ApplicationEvent e : events) {
            seen.add(e.type);
            if (e.type == ApplicationEventType.CONSULTATION_STARTED) {
                out.add(new DocumentInfo(DocumentKind.CONSULTATION_LETTER, DocumentKind.CONSULTATION_LETTER.zh() + "（" + e.party + "）",
                        e.id, base + DocumentKind.CONSULTATION_LETTER + "?eventId=" + e.id));
            }
        }
        if (seen.contains(ApplicationEventType.CLARIFICATION_REQUESTED)) {
            out.add(1, new DocumentInfo(DocumentKind.CLARIFICATION_NOTICE, DocumentKind.CLARIFICATION_NOTICE.zh(), null,
                    base + DocumentKind.CLARIFICATION_NOTICE));
        }
        if (seen.contains(ApplicationEventType.EXTENDED)) {
            out.add(new DocumentInfo(DocumentKind.EXTENSION_NOTICE, DocumentKind.EXTENSION_NOTICE.zh(), null,
                    base + DocumentKind.EXTENSION_NOTICE));
        }
        if (app.feeNoticeOn != null) {
            out.add(new DocumentInfo(DocumentKind.FEE_NOTICE, DocumentKind.FEE_NOTICE.zh(), null, base + DocumentKind.FEE_NOTICE));
        }
        if (app.outcome != null && app.status != ApplicationStatus.WITHDRAWN && !withdrawn(events)) {
            out.add(new DocumentInfo(DocumentKind.DECISION, DocumentKind.DECISION.zh(), null, base + DocumentKind.DECISION));
        }
        return out;
    }

    private static boolean withdrawn(List<ApplicationEvent> events) {
        return events.stream().anyMatch(e -> e.type == ApplicationEventType.WITHDRAWN);
    }

    JsonNode details(ApplicationEvent e) {
        if (e.details == null) {
            return null;
        }
        try {
            return json.readTree(e.details);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable details of event " + e.id, ex);
        }
    }

    static String text(JsonNode d, String field) {
        return d == null || !d.hasNonNull(field) ? null : d.get(field).asText();
    }
}
