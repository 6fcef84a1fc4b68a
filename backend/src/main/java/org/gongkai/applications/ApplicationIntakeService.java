package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.applications.dto.ApplicantInput;
import org.gongkai.applications.dto.PortalSubmission;
import org.gongkai.applications.dto.RequestInput;
import org.gongkai.applications.dto.StaffRegistration;
import org.gongkai.applications.dto.SubmissionResult;
import org.gongkai.applications.dto.TrackingView;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.LoginThrottle;
import org.gongkai.common.text.Text;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Intake: the public portal form, staff registration of applications received in person, by post, fax or
 * e-mail, and the applicant's tracking page. Every new application gets a tracking number and a query code
 * that is shown once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationIntakeService {

    /** Compared against when a tracking number is unknown, so the answer time does not reveal existence. */
    private static final String DUMMY_HASH = QueryCodes.hash("timing-equaliser");

    @Inject
    ApplicationRepository repository;

    @Inject
    AgencyRepository agencies;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    ApplicationClock clock;

    @Inject
    ApplicationEventLog eventLog;

    @Inject
    ApplicationViews views;

    @Inject
    ApplicationHandlingService handling;

    @Inject
    AuditService audit;

    @Inject
    YearLocks yearLocks;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottle throttle;

    @Inject
    ApplicationsConfig config;

    @Transactional
    public SubmissionResult submitOnline(PortalSubmission s, String clientAddress) {
        List<ApiException.Violation> violations = new ArrayList<>(
                ApplicantChecks.check(s.applicant(), s.request(), "applicant.", "request.", true));
        Agency agency = agency(s.request().agencyId(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        throttle.hit("application-submit:" + clientAddress, config.submissionsPerWindow(), config.throttleWindow(), Text.of(
                "提交过于频繁，请稍后再试。", "Too many applications from this address; please try again later."));
        ZonedDateTime now = ZonedDateTime.now(ApplicationClock.CHINA);
        ReceivedDateRule.Received received = ReceivedDateRule.forPortal(clock.calendar(), now.toLocalDateTime(), config.officeClosesAt());
        yearLocks.requireOpen(agency.id, received.receivedOn());
        DisclosureApplication app = newApplication(s.applicant(), s.request(), agency);
        app.channel = Channel.ONLINE;
        app.submittedAt = now.toInstant();
        app.submittedOn = now.toLocalDate();
        app.receivedOn = received.receivedOn();
        app.receivedNote = received.explanation().zh();
        return create(app, ApplicationEventType.SUBMITTED, "SUBMIT", received.explanation(), false);
    }

    @Transactional
    public SubmissionResult register(StaffRegistration s) {
        List<ApiException.Violation> violations = new ArrayList<>(
                ApplicantChecks.check(s.applicant(), s.request(), "applicant.", "request.", true));
        violations.addAll(ReceivedDateRule.validate(s.channel(), s.submittedOn(), s.receivedOn(), clock.today()));
        Agency agency = agency(s.request().agencyId(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        scope.requireCanActOn(agency.id);
        yearLocks.requireOpen(agency.id, s.receivedOn());
        DisclosureApplication app = newApplication(s.applicant(), s.request(), agency);
        app.channel = s.channel();
        app.submittedOn = s.submittedOn();
        app.receivedOn = s.receivedOn();
        app.receivedNote = blankToNull(s.receivedNote());
        app.registeredBy = currentUser.username();
        return create(app, ApplicationEventType.REGISTERED, "REGISTER",
                Text.of(s.channel().ruleZh(), s.channel().ruleEn()), true);
    }

    /** The applicant's view; an unknown number and a wrong code both answer 404. */
    public TrackingView track(String trackingNumber, String queryCode, String clientAddress) {
        return views.tracking(authenticate(trackingNumber, queryCode, clientAddress));
    }

    /** The applicant withdraws through the tracking page; answers the tracking view afterwards. */
    @Transactional
    public TrackingView withdraw(String trackingNumber, String queryCode, String reason, String clientAddress) {
        DisclosureApplication app = authenticate(trackingNumber, queryCode, clientAddress);
        handling.withdrawByApplicant(app, reason);
        return views.tracking(app);
    }

    /** Finds the application the tracking number and query code open, throttled per client address. */
    public DisclosureApplication authenticate(String trackingNumber, String queryCode, String clientAddress) {
        throttle.hit("application-track:" + clientAddress, config.lookupsPerWindow(), config.throttleWindow(), Text.of(
                "查询过于频繁，请稍后再试。", "Too many look-ups from this address; please try again later."));
        if (queryCode == null || queryCode.isBlank()) {
            throw ApiException.invalidField("queryCode", "请填写查询码。", "The query code is required.");
        }
        String number = trackingNumber == null ? "" : trackingNumber.trim().toUpperCase(Locale.ROOT);
        DisclosureApplication app = repository.findByTrackingNumber(number).orElse(null);
        boolean ok = QueryCodes.matches(queryCode, app == null ? DUMMY_HASH : app.queryCodeHash);
        if (app == null || !ok) {
            throw ApiException.notFound("TRACKING_NOT_FOUND", "查询编号或查询码不正确。",
                    "No application matches this tracking number and query code.");
        }
        return app;
    }

    private SubmissionResult create(DisclosureApplication app, ApplicationEventType type, String auditAction,
                                    Text receivedRule, boolean staff) {
        String code = QueryCodes.generate();
        app.queryCodeHash = QueryCodes.hash(code);
        app.trackingNumber = trackingNumbers.next(app.receivedOn.getYear());
        app.regime = Regime.forReceivedDate(app.receivedOn);
        app.status = ApplicationStatus.RECEIVED;
        app.clockState = DisclosureApplication.ClockState.RUNNING;
        repository.persist(app);
        repository.flush();
        ApplicationEvent e = eventLog.event(app, type, app.submittedOn != null ? app.submittedOn : app.receivedOn);
        e.toStatus = ApplicationStatus.RECEIVED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", app.channel.name());
        details.put("receivedOn", app.receivedOn.toString());
        details.put("receivedNote", app.receivedNote);
        eventLog.append(e, details);
        clock.refresh(app, List.of(e));
        audit.record("Application", app.id, auditAction, app.agency.id, ChangeSet.created(auditFields(app))
                .redacted("queryCode"));
        return new SubmissionResult(staff ? app.id : null, app.trackingNumber, code, app.agency.name, app.status,
                app.receivedOn, receivedRule, app.dueDate, "/track?number=" + app.trackingNumber);
    }

    DisclosureApplication newApplication(ApplicantInput a, RequestInput r, Agency agency) {
        DisclosureApplication app = new DisclosureApplication();
        app.agency = agency;
        app.applicantType = a.type();
        app.applicantName = a.name().trim();
        if (a.type() == ApplicantType.NATURAL_PERSON) {
            app.idType = a.idType();
            app.idNumber = blankToNull(a.idNumber()) == null ? null : a.idNumber().trim().toUpperCase(Locale.ROOT);
        } else {
            app.creditCode = blankToNull(a.creditCode()) == null ? null : a.creditCode().trim().toUpperCase(Locale.ROOT);
            app.contactPerson = blankToNull(a.contactPerson());
        }
        app.applicantKey = ApplicantChecks.applicantKey(a);
        app.phone = blankToNull(a.phone());
        app.email = blankToNull(a.email());
        app.postalAddress = blankToNull(a.postalAddress());
        app.postalCode = blankToNull(a.postalCode());
        app.description = r.description().trim();
        app.documentNumbers = blankToNull(r.documentNumbers());
        app.provisionForm = r.provisionForm();
        app.obtainMethod = r.obtainMethod();
        return app;
    }

    /** The agency asked; unknown or inactive agencies are a violation of the given field. */
    Agency agency(Long agencyId, List<ApiException.Violation> violations) {
        Agency agency = agencyId == null ? null : agencies.findByIdOptional(agencyId).orElse(null);
        if (agency == null || !agency.active) {
            violations.add(ApiException.Violation.of("request.agencyId", "所选机关不存在或已停用。",
                    "The chosen agency does not exist or is inactive."));
        }
        return agency;
    }

    /** What the audit log keeps of a new application: no identity or phone numbers. */
    static Map<String, Object> auditFields(DisclosureApplication app) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trackingNumber", app.trackingNumber);
        m.put("channel", app.channel);
        m.put("receivedOn", app.receivedOn);
        m.put("applicantType", app.applicantType);
        m.put("applicantName", PersonalData.maskName(app.applicantName, app.applicantType.isOrganisation()));
        m.put("idNumber", PersonalData.maskId(app.idNumber));
        m.put("phone", PersonalData.maskPhone(app.phone));
        m.put("provisionForm", app.provisionForm);
        m.put("obtainMethod", app.obtainMethod);
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
