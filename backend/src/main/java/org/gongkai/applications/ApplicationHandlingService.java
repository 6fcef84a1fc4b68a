package org.gongkai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.applications.dto.ApplicationView;
import org.gongkai.applications.dto.ClarificationReply;
import org.gongkai.applications.dto.ClarificationRequest;
import org.gongkai.applications.dto.ClosureRequest;
import org.gongkai.applications.dto.ConsultationReply;
import org.gongkai.applications.dto.ConsultationRequest;
import org.gongkai.applications.dto.DatedNote;
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
import org.gongkai.applications.dto.WithheldPart;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's steps, each an intention-named method: check scope and version, check the move against the
 * transition table and the date rules (409, with the refusal recorded as an event), validate the fields (400),
 * then append the event, move the status, recompute the deadline and audit — all in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationHandlingService {

    @Inject
    ApplicationRepository repository;

    @Inject
    ApplicationEventRepository eventRepository;

    @Inject
    ApplicationEventLog eventLog;

    @Inject
    ApplicationClock clock;

    @Inject
    ApplicationViews views;

    @Inject
    AuditService audit;

    @Inject
    YearLocks yearLocks;

    @Inject
    AgencyScope scope;

    @Inject
    ObjectMapper json;

    /** An action under way: the application, its events before the action, and where it is going. */
    record Step(DisclosureApplication app, List<ApplicationEvent> events, ApplicationAction action,
                ApplicationStatus from, ApplicationStatus to, LocalDate on) {
    }

    public DisclosureApplication find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("APPLICATION_NOT_FOUND",
                "申请不存在。", "No such application."));
    }

    /** An application the caller may act on (403 for another agency's). */
    public DisclosureApplication findInScope(long id) {
        DisclosureApplication app = find(id);
        scope.requireCanActOn(app.agency.id);
        return app;
    }

    @Transactional
    public ApplicationView requestClarification(long id, ClarificationRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.REQUEST_CLARIFICATION, r.sentOn(), "sentOn");
        if (!r.replyBy().isAfter(r.sentOn())) {
            throw ApiException.invalidField("replyBy", "补正期限应晚于通知日期。", "The reply-by date must be after the notice date.");
        }
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CLARIFICATION_REQUESTED, r.sentOn());
        e.untilDate = r.replyBy();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("items", r.items().stream().map(String::trim).toList());
        d.put("note", r.note());
        return finish(s, e, d, ChangeSet.empty().note("replyBy", r.replyBy()).note("items", r.items().size()));
    }

    @Transactional
    public ApplicationView receiveClarification(long id, ClarificationReply r) {
        Step s = begin(id, r.version(), ApplicationAction.RECEIVE_CLARIFICATION, r.receivedOn(), "receivedOn");
        ChangeSet changes = ChangeSet.empty();
        String corrected = ApplicationIntakeService.blankToNull(r.correctedDescription());
        if (corrected != null) {
            changes.field("description", s.app.description, corrected);
            s.app.description = corrected;
        }
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CLARIFICATION_RECEIVED, r.receivedOn());
        return finish(s, e, note(r.note()), changes);
    }

    @Transactional
    public ApplicationView lapseClarification(long id, DatedNote r) {
        Step s = begin(id, r.version(), ApplicationAction.LAPSE_CLARIFICATION, r.on(), "on");
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CLARIFICATION_LAPSED, r.on());
        conclude(s.app, OutcomeCode.OTHER_NO_CORRECTION, r.on());
        s.app.decisionReason = ApplicationIntakeService.blankToNull(r.note());
        return finish(s, e, note(r.note()), ChangeSet.empty().note("outcome", OutcomeCode.OTHER_NO_CORRECTION));
    }

    @Transactional
    public ApplicationView startConsultation(long id, ConsultationRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.START_CONSULTATION, r.sentOn(), "sentOn");
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CONSULTATION_STARTED, r.sentOn());
        e.partyKind = r.partyKind();
        e.party = r.party().trim();
        e.untilDate = workingDaysAfter(r.sentOn(), ConsultedPartyKind.ANSWER_WORKING_DAYS);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("subject", ApplicationIntakeService.blankToNull(r.subject()));
        return finish(s, e, d, ChangeSet.empty().note("partyKind", r.partyKind()).note("party", e.party));
    }

    @Transactional
    public ApplicationView endConsultation(long id, ConsultationReply r) {
        Step s = begin(id, r.version(), ApplicationAction.END_CONSULTATION, r.answeredOn(), "answeredOn");
        ApplicationEvent start = s.events.stream().filter(x -> x.type == ApplicationEventType.CONSULTATION_STARTED)
                .reduce((a, b) -> b).orElseThrow();
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CONSULTATION_ENDED, r.answeredOn());
        e.partyKind = start.partyKind;
        e.party = start.party;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("answer", r.answer().name());
        d.put("note", ApplicationIntakeService.blankToNull(r.note()));
        return finish(s, e, d, ChangeSet.empty().note("answer", r.answer()));
    }

    @Transactional
    public ApplicationView extend(long id, ExtensionRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.EXTEND, r.on(), "on");
        int max = s.app.regime.maxExtensionWorkingDays();
        if (r.workingDays() > max) {
            throw ApiException.invalidField("workingDays", "按" + s.app.regime.zh() + "，最多可延长" + max + "个工作日。",
                    "Under the " + s.app.regime.en() + " the extension is at most " + max + " working days.");
        }
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.EXTENDED, r.on());
        e.workingDays = r.workingDays();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("reason", r.reason().trim());
        d.put("approvedBy", r.approvedBy().trim());
        return finish(s, e, d, ChangeSet.empty().note("workingDays", r.workingDays()).note("reason", r.reason().trim())
                .field("dueDate", s.app.dueDate, null));
    }

    /** What a fee notice would charge, without sending it. */
    public FeeQuote quote(long id, FeeMethod method, Integer pages) {
        DisclosureApplication app = findInScope(id);
        FeeCalculator.Fee fee = computeFee(app, method, pages);
        return new FeeQuote(fee.method(), fee.units(), fee.amount(), fee.explanation());
    }

    @Transactional
    public ApplicationView issueFeeNotice(long id, FeeNoticeRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.ISSUE_FEE_NOTICE, r.sentOn(), "sentOn");
        FeeCalculator.Fee fee = computeFee(s.app, r.method(), r.pages());
        if (fee.amount().signum() == 0) {
            throw ApiException.invalidField(r.method() == FeeMethod.PER_PAGE ? "pages" : "method",
                    "按此方式计算不收取费用（0元），无需发出收费通知。",
                    "This computes to no fee (0 yuan); no fee notice is needed.");
        }
        DisclosureApplication app = s.app;
        app.feeMethod = fee.method();
        app.feeUnits = fee.units();
        app.feeAmount = fee.amount();
        app.feeNoticeOn = r.sentOn();
        app.feePayBy = workingDaysAfter(r.sentOn(), ApplicationRules.FEE_PAYMENT_WORKING_DAYS);
        ApplicationEvent e = eventLog.event(app, ApplicationEventType.FEE_NOTICE_SENT, r.sentOn());
        e.untilDate = app.feePayBy;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", fee.method().name());
        d.put("units", fee.units());
        d.put("amount", fee.amount());
        return finish(s, e, d, ChangeSet.empty().note("method", fee.method()).note("units", fee.units())
                .note("amount", fee.amount()).note("payBy", app.feePayBy));
    }

    @Transactional
    public ApplicationView recordPayment(long id, FeePaymentRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.RECORD_PAYMENT, r.paidOn(), "paidOn");
        s.app.feePaidOn = r.paidOn();
        s.app.feeReceiptNumber = ApplicationIntakeService.blankToNull(r.receiptNumber());
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.FEE_PAID, r.paidOn());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("amount", s.app.feeAmount);
        d.put("receiptNumber", s.app.feeReceiptNumber);
        return finish(s, e, d, ChangeSet.empty().note("paidOn", r.paidOn()).note("amount", s.app.feeAmount));
    }

    @Transactional
    public ApplicationView waiveFee(long id, FeeWaiverRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.WAIVE_FEE, r.on(), "on");
        s.app.feeWaivedOn = r.on();
        s.app.feeWaivedAmount = s.app.feeAmount;
        s.app.feeWaiverReason = r.reason().trim();
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.FEE_WAIVED, r.on());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("amount", s.app.feeAmount);
        d.put("reason", s.app.feeWaiverReason);
        return finish(s, e, d, ChangeSet.empty().note("waived", s.app.feeAmount).note("reason", s.app.feeWaiverReason));
    }

    @Transactional
    public ApplicationView lapseFee(long id, DatedNote r) {
        Step s = begin(id, r.version(), ApplicationAction.LAPSE_FEE, r.on(), "on");
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.FEE_LAPSED, r.on());
        conclude(s.app, OutcomeCode.OTHER_FEE_UNPAID, r.on());
        s.app.decisionReason = ApplicationIntakeService.blankToNull(r.note());
        return finish(s, e, note(r.note()), ChangeSet.empty().note("outcome", OutcomeCode.OTHER_FEE_UNPAID));
    }

    @Transactional
    public ApplicationView decide(long id, DecisionRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.DECIDE, r.decidedOn(), "decidedOn");
        validateDecision(r, s.events, "");
        DisclosureApplication app = s.app;
        conclude(app, r.outcome(), r.decidedOn());
        app.decisionReason = ApplicationIntakeService.blankToNull(r.reason());
        app.legalBasis = legalBasis(app.regime, r.outcome(), r.legalBasis());
        app.withheldParts = r.outcome() == OutcomeCode.PARTIAL ? toJson(r.withheldParts()) : null;
        app.referralAgency = ApplicationIntakeService.blankToNull(r.referralAgency());
        ApplicationEvent e = eventLog.event(app, ApplicationEventType.DECIDED, r.decidedOn());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("outcome", r.outcome().name());
        d.put("legalBasis", app.legalBasis);
        return finish(s, e, d, ChangeSet.empty().note("outcome", r.outcome()).note("decidedOn", r.decidedOn()));
    }

    @Transactional
    public ApplicationView withdraw(long id, DatedNote r) {
        Step s = begin(id, r.version(), ApplicationAction.WITHDRAW, r.on(), "on");
        return withdraw(s, r.note());
    }

    /** The applicant withdraws through the tracking page (query code checked by the caller). */
    @Transactional
    public void withdrawByApplicant(DisclosureApplication managed, String reason) {
        // A portal application sent at the weekend counts as received on the next working day; a withdrawal
        // before then concludes on the received date, so that no application concludes before it was received.
        LocalDate on = clock.today().isBefore(managed.receivedOn) ? managed.receivedOn : clock.today();
        Step s = begin(managed, ApplicationAction.WITHDRAW, on, "on", false);
        withdraw(s, reason == null || reason.isBlank() ? "申请人通过网上查询页面撤回申请" : reason);
    }

    private ApplicationView withdraw(Step s, String reason) {
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.WITHDRAWN, s.on);
        conclude(s.app, OutcomeCode.OTHER_OTHER, s.on);
        s.app.legacyOutcome = LegacyOutcome.WITHDRAWN;
        s.app.decisionReason = ApplicationIntakeService.blankToNull(reason);
        return finish(s, e, note(reason), ChangeSet.empty().note("outcome", OutcomeCode.OTHER_OTHER));
    }

    @Transactional
    public ApplicationView deliver(long id, DeliveryRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.DELIVER, r.deliveredOn(), "deliveredOn");
        s.app.deliveredOn = r.deliveredOn();
        s.app.deliveryMethod = r.method();
        s.app.deliveryNote = ApplicationIntakeService.blankToNull(r.note());
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.DELIVERED, r.deliveredOn());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("method", r.method().name());
        d.put("note", s.app.deliveryNote);
        return finish(s, e, d, ChangeSet.empty().note("method", r.method()).note("deliveredOn", r.deliveredOn()));
    }

    @Transactional
    public ApplicationView close(long id, ClosureRequest r) {
        Step s = begin(id, r.version(), ApplicationAction.CLOSE, r.closedOn(), "closedOn");
        s.app.closedOn = r.closedOn();
        s.app.archiveReference = ApplicationIntakeService.blankToNull(r.archiveReference());
        ApplicationEvent e = eventLog.event(s.app, ApplicationEventType.CLOSED, r.closedOn());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("archiveReference", s.app.archiveReference);
        return finish(s, e, d, ChangeSet.empty().note("archiveReference", s.app.archiveReference));
    }

    @Transactional
    public PersonalDataView reveal(long id, RevealRequest r) {
        DisclosureApplication app = findInScope(id);
        ApplicationEvent e = eventLog.event(app, ApplicationEventType.PERSONAL_DATA_REVEALED, clock.today());
        eventLog.append(e, Map.of("reason", r.reason().trim()));
        audit.record("Application", app.id, "REVEAL_PERSONAL_DATA", app.agency.id,
                ChangeSet.empty().note("reason", r.reason().trim()).note("fields", "idNumber, phone"));
        return new PersonalDataView(app.applicantName, app.idType, app.idNumber, app.phone, app.email,
                app.postalAddress, app.postalCode);
    }

    @Transactional
    public QueryCodeReset resetQueryCode(long id) {
        DisclosureApplication app = findInScope(id);
        String code = QueryCodes.generate();
        app.queryCodeHash = QueryCodes.hash(code);
        eventLog.append(eventLog.event(app, ApplicationEventType.QUERY_CODE_RESET, clock.today()), Map.of());
        audit.record("Application", app.id, "RESET_QUERY_CODE", app.agency.id, ChangeSet.empty().redacted("queryCode"));
        repository.flush();
        return new QueryCodeReset(app.trackingNumber, code, app.version);
    }

    @Transactional
    public ApplicationView recordLegacyFees(long id, LegacyFeesRequest r) {
        DisclosureApplication app = findInScope(id);
        Conflicts.requireVersion(app.version, r.version());
        if (app.regime != Regime.R2007) {
            throw ApiException.conflict("LEGACY_FEES_NOT_APPLICABLE",
                    "检索费、复制费、邮寄费只适用于2007年《条例》时期收到的申请；现行申请请使用信息处理费。",
                    "Search, copy and postage fees apply only to applications received under the 2007 Regulation.");
        }
        requireDateInRange(app, r.chargedOn(), "chargedOn");
        yearLocks.requireOpen(app.agency.id, r.chargedOn());
        ChangeSet changes = ChangeSet.empty()
                .field("retrieval", app.legacyRetrievalFee, r.retrieval())
                .field("copy", app.legacyCopyFee, r.copy())
                .field("postage", app.legacyPostageFee, r.postage())
                .field("waived", app.legacyFeeWaived, r.waived());
        applyLegacyFees(app, r);
        eventLog.append(eventLog.event(app, ApplicationEventType.LEGACY_FEES_RECORDED, r.chargedOn()),
                Map.of("total", sum(r.retrieval(), r.copy(), r.postage())));
        audit.record("Application", app.id, "RECORD_LEGACY_FEES", app.agency.id, changes);
        repository.flush();
        return views.view(app);
    }

    static void applyLegacyFees(DisclosureApplication app, LegacyFeesRequest r) {
        app.legacyFeeOn = r.chargedOn();
        app.legacyRetrievalFee = money(r.retrieval());
        app.legacyCopyFee = money(r.copy());
        app.legacyPostageFee = money(r.postage());
        app.legacyFeeWaived = money(r.waived());
        app.legacyWaiverReason = ApplicationIntakeService.blankToNull(r.waiverReason());
    }

    // ----- the common path of every step -------------------------------------------------------------------

    private Step begin(long id, Long version, ApplicationAction action, LocalDate on, String dateField) {
        DisclosureApplication app = findInScope(id);
        Conflicts.requireVersion(app.version, version);
        return begin(app, action, on, dateField, true);
    }

    private Step begin(DisclosureApplication app, ApplicationAction action, LocalDate on, String dateField,
                       boolean checkDates) {
        List<ApplicationEvent> events = eventRepository.forApplication(app.id);
        if (checkDates) {
            requireDateInRange(app, on, dateField);
            requireNotBeforeLastStep(events, on, dateField);
        }
        ApplicationStatus to;
        try {
            to = ApplicationRules.require(action, ApplicationFacts.of(app, events), clock.calendar(), on);
        } catch (ApiException refused) {
            eventLog.refused(app.id, app.status, action, refused.code(), clock.today());
            throw refused;
        }
        yearLocks.requireOpen(app.agency.id, on);
        return new Step(app, events, action, app.status, to, on);
    }

    private ApplicationView finish(Step s, ApplicationEvent e, Map<String, ?> details, ChangeSet changes) {
        e.fromStatus = s.from;
        e.toStatus = s.to;
        eventLog.append(e, details);
        s.app.status = s.to;
        List<ApplicationEvent> all = new ArrayList<>(s.events);
        all.add(e);
        LocalDate dueBefore = s.app.dueDate;
        Deadline d = clock.refresh(s.app, all);
        if (s.action == ApplicationAction.DECIDE) {
            s.app.answeredLate = d.isLate(s.on);
        }
        changes.field("status", s.from, s.to).field("dueDate", dueBefore, s.app.dueDate);
        audit.record("Application", s.app.id, s.action.name(), s.app.agency.id, changes);
        repository.flush();
        return views.view(s.app);
    }

    static void conclude(DisclosureApplication app, OutcomeCode outcome, LocalDate on) {
        app.outcome = outcome;
        app.concludedOn = on;
        app.answeredLate = false;
    }

    /** The 400s of a decision; {@code prefix} names the fields inside an import. */
    static void validateDecision(DecisionRequest r, List<ApplicationEvent> events, String prefix) {
        List<ApiException.Violation> v = decisionViolations(r, events.stream()
                .anyMatch(e -> e.type == ApplicationEventType.CLARIFICATION_RECEIVED), prefix, false);
        if (!v.isEmpty()) {
            throw ApiException.invalid(v);
        }
    }

    static List<ApiException.Violation> decisionViolations(DecisionRequest r, boolean clarified, String prefix,
                                                           boolean legacy) {
        List<ApiException.Violation> v = new ArrayList<>();
        OutcomeCode o = r.outcome();
        if (!o.decidable()) {
            v.add(ApiException.Violation.of(prefix + "outcome",
                    "该结果由“逾期未补正”或“逾期未缴费”操作产生，不能在答复中直接选择。",
                    "This outcome results from the lapse of a clarification or fee period; it cannot be chosen in a decision."));
        }
        if (o != OutcomeCode.DISCLOSED && !legacy && (r.reason() == null || r.reason().isBlank())) {
            v.add(ApiException.Violation.of(prefix + "reason", "除全部公开外，答复须说明理由。",
                    "A reason is required unless the information is disclosed in full."));
        }
        List<WithheldPart> parts = r.withheldParts() == null ? List.of() : r.withheldParts();
        if (o == OutcomeCode.PARTIAL && parts.isEmpty() && !legacy) {
            v.add(ApiException.Violation.of(prefix + "withheldParts", "部分公开须列明不予公开的内容及理由。",
                    "A partial disclosure must list what was withheld and why."));
        }
        if (o != OutcomeCode.PARTIAL && !parts.isEmpty()) {
            v.add(ApiException.Violation.of(prefix + "withheldParts", "只有部分公开才需列明不予公开的内容。",
                    "Only a partial disclosure lists withheld parts."));
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).ground().isWithholdingGround()) {
                v.add(ApiException.Violation.of(prefix + "withheldParts[" + i + "].ground",
                        "不予公开的理由须为“不予公开”类别之一（属于国家秘密……属于行政查询事项）。",
                        "The ground must be one of the withholding rows (WITHHELD_*)."));
            }
        }
        if (o == OutcomeCode.UNAVAILABLE_UNCLEAR && !clarified && !legacy) {
            v.add(ApiException.Violation.of(prefix + "outcome", "“补正后申请内容仍不明确”只适用于申请人已补正的申请。",
                    "'Still unclear after correction' applies only after the applicant has corrected the application."));
        }
        if (r.referralAgency() != null && !r.referralAgency().isBlank() && o != OutcomeCode.UNAVAILABLE_NOT_HELD) {
            v.add(ApiException.Violation.of(prefix + "referralAgency", "只有“本机关不掌握相关政府信息”时才需告知负责机关。",
                    "A responsible agency is named only when the information is not held here."));
        }
        return v;
    }

    static String legalBasis(Regime regime, OutcomeCode outcome, String given) {
        String g = ApplicationIntakeService.blankToNull(given);
        if (g != null) {
            return g;
        }
        if (regime == Regime.R2019 && outcome.article() != null) {
            return "《中华人民共和国政府信息公开条例》" + outcome.article();
        }
        return "《中华人民共和国政府信息公开条例》";
    }

    FeeCalculator.Fee computeFee(DisclosureApplication app, FeeMethod method, Integer pages) {
        if (method == null) {
            throw ApiException.invalidField("method", "请选择计收方式。", "Choose the fee method.");
        }
        if (method == FeeMethod.PER_PAGE) {
            if (pages == null || pages < 1) {
                throw ApiException.invalidField("pages", "按量计收须填写页数。", "The per-page method needs the number of pages.");
            }
            if (app.provisionForm == ProvisionForm.INSPECT) {
                throw ApiException.invalidField("method", "按量计收只适用于提供纸质、电子邮件或复制电子数据的情形，当场查阅不能按量计收。",
                        "Per-page fees apply only to paper copies, e-mail or copied electronic data, not to inspection.");
            }
            return FeeCalculator.perPage(pages);
        }
        if (pages != null) {
            throw ApiException.invalidField("pages", "按件计收不填写页数。", "The per-application method takes no page count.");
        }
        if (app.applicantKey == null) {
            throw ApiException.invalidField("method", "该申请没有身份证件号码或统一社会信用代码，无法按件累计计收。",
                    "Without an identity number or credit code the applicant's applications cannot be counted.");
        }
        return FeeCalculator.perApplication(rankInMonth(app));
    }

    /** This application's position among the applicant's applications to the agency in its calendar month. */
    int rankInMonth(DisclosureApplication app) {
        LocalDate first = app.receivedOn.withDayOfMonth(1);
        LocalDate last = app.receivedOn.withDayOfMonth(app.receivedOn.lengthOfMonth());
        long n = repository.count("applicantKey = ?1 and agency.id = ?2 and receivedOn >= ?3 and receivedOn <= ?4 "
                        + "and (receivedOn < ?5 or (receivedOn = ?5 and id <= ?6))",
                app.applicantKey, app.agency.id, first, last, app.receivedOn, app.id);
        return (int) n;
    }

    private LocalDate workingDaysAfter(LocalDate from, int days) {
        try {
            return clock.calendar().addWorkingDays(from, days).result();
        } catch (CalendarDataMissingException e) {
            return null;
        }
    }

    private void requireDateInRange(DisclosureApplication app, LocalDate on, String field) {
        if (on == null) {
            throw ApiException.invalidField(field, "请填写日期。", "The date is required.");
        }
        if (on.isAfter(clock.today())) {
            throw ApiException.invalidField(field, "日期不能晚于今天。", "The date cannot be in the future.");
        }
        if (on.isBefore(app.receivedOn)) {
            throw ApiException.invalidField(field, "日期不能早于收到申请之日（" + app.receivedOn + "）。",
                    "The date cannot be before the application was received (" + app.receivedOn + ").");
        }
    }

    private static void requireNotBeforeLastStep(List<ApplicationEvent> events, LocalDate on, String field) {
        events.stream().filter(e -> e.type.publicVisible()).map(e -> e.occurredOn).max(LocalDate::compareTo)
                .filter(on::isBefore)
                .ifPresent(last -> {
                    throw ApiException.invalidField(field, "日期不能早于上一办理步骤的日期（" + last + "）。",
                            "The date cannot be before the previous step (" + last + ").");
                });
    }

    private static Map<String, Object> note(String note) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("note", ApplicationIntakeService.blankToNull(note));
        return d;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }
}
