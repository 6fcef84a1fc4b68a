package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.applications.dto.AppealRequest;
import org.gongkai.applications.dto.ApplicantInput;
import org.gongkai.applications.dto.DecisionRequest;
import org.gongkai.applications.dto.ImportReport;
import org.gongkai.applications.dto.ImportRequest;
import org.gongkai.applications.dto.ImportedApplication;
import org.gongkai.applications.dto.ImportedEvent;
import org.gongkai.applications.dto.LegacyFeesRequest;
import org.gongkai.applications.dto.RequestInput;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Historical import (issue 5): past applications with their dated events, replayed through the same transition
 * table, fee rules and deadline calculation as live ones, so that imported records are concluded records that
 * count exactly like live ones. Every row is validated before anything is written; the report names row and
 * field. Rows are written with batched inserts and tracking numbers reserved per year in one step.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationImportService {

    public static final int MAX_ROWS = 5000;

    private static final Map<ApplicationEventType, ApplicationAction> ACTIONS = new EnumMap<>(ApplicationEventType.class);

    static {
        for (ApplicationAction a : ApplicationAction.values()) {
            ACTIONS.put(a.event(), a);
        }
    }

    @Inject
    ApplicationRepository repository;

    @Inject
    AppealRepository appeals;

    @Inject
    AgencyRepository agencies;

    @Inject
    ApplicationIntakeService intake;

    @Inject
    AppealService appealService;

    @Inject
    ApplicationEventLog eventLog;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditService audit;

    @Inject
    YearLocks yearLocks;

    @Inject
    AgencyScope scope;

    @Inject
    Validator validator;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** A validated row, ready to write. */
    record Plan(int row, ImportedApplication source, DisclosureApplication app, List<PlannedEvent> events,
                List<AppealRequest> appeals) {
    }

    /**
     * What a batch may contain: imports are concluded records within the caller's agencies; the demonstration
     * data also writes open applications, outside any request.
     */
    record Options(boolean requireConcluded, boolean checkScope, String actor) {
        static final Options IMPORT = new Options(true, true, null);
    }

    record PlannedEvent(ApplicationEventType type, LocalDate on, ApplicationStatus from, ApplicationStatus to,
                        ImportedEvent source, Map<String, Object> details) {
    }

    @Transactional
    public ImportReport importAll(ImportRequest request) {
        if (request.applications().size() > MAX_ROWS) {
            throw ApiException.payloadTooLarge("一次最多导入" + MAX_ROWS + "条申请，请分批导入。",
                    "At most " + MAX_ROWS + " applications per import; split the file.");
        }
        LocalDate today = clock.today();
        Map<String, Agency> agencyCache = new HashMap<>();
        List<Plan> plans = new ArrayList<>();
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < request.applications().size(); i++) {
            ImportedApplication row = request.applications().get(i);
            List<ApiException.Violation> v = new ArrayList<>();
            Plan plan = plan(i, row, agencyCache, today, v, Options.IMPORT);
            if (v.isEmpty()) {
                plans.add(plan);
            } else {
                rejected.add(new ImportReport.RejectedRow(i, row == null ? null : row.sourceReference(),
                        v.stream().map(x -> new ImportReport.RowError(x.field(), x.message())).toList()));
            }
        }
        if (request.mode() == ImportRequest.Mode.ALL_OR_NOTHING && !rejected.isEmpty()) {
            List<ApiException.Violation> all = new ArrayList<>();
            rejected.forEach(r -> r.errors().forEach(e -> all.add(new ApiException.Violation(e.field(), e.message()))));
            throw new ApiException(400, "IMPORT_REJECTED", Text.of(
                    rejected.size() + "条记录有误，未导入任何记录。请按提示修改后重新导入。",
                    rejected.size() + " row(s) are invalid; nothing was imported. Fix them and import again."), all);
        }
        List<ImportReport.ImportedRow> imported = write(plans, Options.IMPORT);
        return new ImportReport(request.mode(), request.applications().size(), imported.size(), rejected.size(),
                imported, rejected);
    }

    /** Writes validated plans (also used by the demo data). */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ImportReport.ImportedRow> write(List<Plan> plans, Options options) {
        Map<Integer, List<Plan>> byYear = new LinkedHashMap<>();
        plans.forEach(p -> byYear.computeIfAbsent(p.app.receivedOn.getYear(), y -> new ArrayList<>()).add(p));
        Map<Plan, String> numbers = new HashMap<>();
        byYear.forEach((year, list) -> {
            long first = trackingNumbers.reserve(year, list.size());
            for (int k = 0; k < list.size(); k++) {
                numbers.put(list.get(k), TrackingNumbers.format(year, first + k));
            }
        });
        List<ImportReport.ImportedRow> out = new ArrayList<>();
        int n = 0;
        for (Plan p : plans) {
            DisclosureApplication app = p.app;
            app.trackingNumber = numbers.get(p);
            app.queryCodeHash = QueryCodes.hash(QueryCodes.generate());
            repository.persist(app);
            List<ApplicationEvent> events = new ArrayList<>();
            ApplicationEventType first = options.requireConcluded() ? ApplicationEventType.IMPORTED
                    : app.channel == Channel.ONLINE ? ApplicationEventType.SUBMITTED : ApplicationEventType.REGISTERED;
            ApplicationEvent imported = eventLog.event(app, first, app.receivedOn);
            imported.toStatus = ApplicationStatus.RECEIVED;
            actor(imported, options, app.registeredBy == null ? ApplicationEventLog.APPLICANT : app.registeredBy);
            events.add(eventLog.append(imported, Map.of("sourceReference", String.valueOf(app.sourceReference),
                    "channel", app.channel.name())));
            for (PlannedEvent pe : p.events) {
                ApplicationEvent e = eventLog.event(app, pe.type, pe.on);
                e.fromStatus = pe.from;
                e.toStatus = pe.to;
                fill(e, pe.source, app);
                actor(e, options, options.actor());
                events.add(eventLog.append(e, pe.details));
            }
            Deadline d = clock.refresh(app, events);
            if (app.outcome != null && events.stream().anyMatch(e -> e.type == ApplicationEventType.DECIDED)) {
                app.answeredLate = d.isLate(app.concludedOn);
            }
            for (AppealRequest r : p.appeals) {
                ApplicationAppeal a = new ApplicationAppeal();
                a.applicationId = app.id;
                a.agencyId = app.agency.id;
                AppealService.apply(a, r);
                appeals.persist(a);
            }
            audit.record("Application", app.id, "IMPORT", app.agency.id, ChangeSet.created(
                    ApplicationIntakeService.auditFields(app)).note("sourceReference", app.sourceReference)
                    .note("outcome", app.outcome));
            out.add(new ImportReport.ImportedRow(p.row, app.id, app.trackingNumber, app.sourceReference));
            if (++n % 200 == 0) {
                repository.flush();
            }
        }
        repository.flush();
        return out;
    }

    /** Validates one row into a plan; problems are added to {@code v} with their field names. */
    Plan plan(int i, ImportedApplication row, Map<String, Agency> agencyCache, LocalDate today,
              List<ApiException.Violation> v, Options options) {
        String p = "applications[" + i + "].";
        if (row == null) {
            v.add(ApiException.Violation.of("applications[" + i + "]", "空记录。", "Empty row."));
            return null;
        }
        ApplicantInput applicant = row.applicant();
        if (applicant == null) {
            v.add(ApiException.Violation.of(p + "applicant", "缺少申请人。", "The applicant is missing."));
        } else {
            beanViolations(applicant, p + "applicant.", v);
        }
        ImportedApplication.ImportedRequest req = row.request();
        Agency agency = null;
        if (req == null) {
            v.add(ApiException.Violation.of(p + "request", "缺少申请内容。", "The request is missing."));
        } else {
            if (req.description() == null || req.description().isBlank() || req.description().length() > 4000) {
                v.add(ApiException.Violation.of(p + "request.description", "请填写申请内容（最多4000字）。",
                        "The description is required (at most 4,000 characters)."));
            }
            if (req.provisionForm() == null) {
                v.add(ApiException.Violation.of(p + "request.provisionForm", "请填写提供形式。", "The form of provision is required."));
            }
            if (req.obtainMethod() == null) {
                v.add(ApiException.Violation.of(p + "request.obtainMethod", "请填写获取方式。", "The way of obtaining is required."));
            }
            agency = agency(row, req, agencyCache, p, v, options.checkScope());
        }
        RequestInput requestInput = req == null ? null : new RequestInput(agency == null ? null : agency.id,
                req.description(), req.documentNumbers(), req.provisionForm(), req.obtainMethod());
        if (applicant != null && applicant.type() != null) {
            v.addAll(ApplicantChecks.check(applicant, requestInput, p + "applicant.", p + "request.", false));
        }
        if (row.channel() == null) {
            v.add(ApiException.Violation.of(p + "channel", "请填写申请渠道。", "The channel is required."));
        }
        if (row.receivedOn() == null) {
            v.add(ApiException.Violation.of(p + "receivedOn", "请填写收到申请之日。", "The received date is required."));
            return null;
        }
        ReceivedDateRule.validate(row.channel() == null ? Channel.OTHER : row.channel(), row.submittedOn(),
                        row.receivedOn(), today).stream()
                .filter(x -> !x.field().equals("channel"))
                .forEach(x -> v.add(new ApiException.Violation(p + x.field(), x.message())));
        if (agency != null) {
            locked(agency, row.receivedOn(), p + "receivedOn", v);
        }
        boolean replayable = agency != null && row.channel() != null && applicant != null && applicant.type() != null
                && applicant.name() != null && req.description() != null && req.provisionForm() != null
                && req.obtainMethod() != null;
        if (!replayable) {
            return null;
        }
        DisclosureApplication app = intake.newApplication(applicant, requestInput, agency);
        app.channel = row.channel();
        app.submittedOn = row.submittedOn();
        app.receivedOn = row.receivedOn();
        app.regime = Regime.forReceivedDate(row.receivedOn());
        app.status = ApplicationStatus.RECEIVED;
        app.clockState = DisclosureApplication.ClockState.RUNNING;
        app.sourceReference = ApplicationIntakeService.blankToNull(row.sourceReference());
        app.imported = options.requireConcluded();
        app.registeredBy = options.actor() == null ? eventLog.actor() : app.channel == Channel.ONLINE ? null : "clerk";
        List<PlannedEvent> events = replay(app, row.events(), p, today, v, options.requireConcluded());
        List<AppealRequest> appealList = row.appeals() == null ? List.of() : row.appeals();
        for (int k = 0; k < appealList.size(); k++) {
            appeal(app, appealList.get(k), p + "appeals[" + k + "].", today, v);
        }
        if (row.legacyFees() != null) {
            legacyFees(app, row.legacyFees(), p + "legacyFees.", today, v);
        }
        return new Plan(i, row, app, events, appealList);
    }

    private List<PlannedEvent> replay(DisclosureApplication app, List<ImportedEvent> list, String p, LocalDate today,
                                      List<ApiException.Violation> v, boolean requireConcluded) {
        List<PlannedEvent> out = new ArrayList<>();
        if (list == null) {
            list = List.of();
        }
        if (list.isEmpty() && requireConcluded) {
            v.add(ApiException.Violation.of(p + "events", "导入的记录须包含办理过程，并以答复、终止或撤回结束。",
                    "An imported record needs its events, ending with a decision, lapse or withdrawal."));
            return out;
        }
        ApplicationStatus status = ApplicationStatus.RECEIVED;
        LocalDate last = app.receivedOn;
        boolean clarified = false;
        boolean extended = false;
        for (int j = 0; j < list.size(); j++) {
            ImportedEvent e = list.get(j);
            String f = p + "events[" + j + "].";
            ApplicationEventType type = e == null ? null : eventType(e.type());
            ApplicationAction action = type == null ? null : ACTIONS.get(type);
            if (action == null) {
                v.add(ApiException.Violation.of(f + "type", "不是可导入的办理步骤。", "Not an importable step."));
                return out;
            }
            if (e.on() == null) {
                v.add(ApiException.Violation.of(f + "on", "请填写日期。", "The date is required."));
                return out;
            }
            if (e.on().isBefore(last) || e.on().isAfter(today)) {
                v.add(ApiException.Violation.of(f + "on", "日期须在收到申请之日（或上一步骤）与今天之间，且按先后顺序排列。",
                        "Dates must lie between the received date (or the previous step) and today, in order."));
                return out;
            }
            Optional<ApplicationStatus> next = ApplicationWorkflow.next(status, action);
            if (next.isEmpty()) {
                v.add(new ApiException.Violation(f + "type", ApplicationRules.illegal(status, action).detail()));
                return out;
            }
            locked(app.agency, e.on(), f + "on", v);
            Map<String, Object> details = new LinkedHashMap<>();
            switch (action) {
                case REQUEST_CLARIFICATION -> {
                    if (clarified) {
                        v.add(ApiException.Violation.of(f + "type", "补正通知只能发出一次。", "Only one clarification notice."));
                    }
                    if (e.until() == null || !e.until().isAfter(e.on())) {
                        v.add(ApiException.Violation.of(f + "until", "请填写晚于通知日期的补正期限。",
                                "A reply-by date after the notice is required."));
                    }
                    clarified = true;
                    details.put("items", e.items() == null ? List.of() : e.items());
                }
                case START_CONSULTATION -> {
                    if (e.partyKind() == null || e.party() == null || e.party().isBlank()) {
                        v.add(ApiException.Violation.of(f + "party", "请填写征求意见的对象及其类别。",
                                "The consulted party and its kind are required."));
                    }
                    details.put("subject", e.note());
                }
                case END_CONSULTATION -> details.put("answer", (e.answer() == null ? ConsultationAnswer.NO_ANSWER : e.answer()).name());
                case EXTEND -> {
                    int max = app.regime.maxExtensionWorkingDays();
                    if (extended || e.workingDays() == null || e.workingDays() < 1 || e.workingDays() > max) {
                        v.add(ApiException.Violation.of(f + "workingDays", "只能延长一次，最多" + max + "个工作日。",
                                "One extension of at most " + max + " working days."));
                    }
                    extended = true;
                    details.put("reason", e.reason());
                    details.put("approvedBy", e.approvedBy());
                }
                case ISSUE_FEE_NOTICE -> fee(app, e, f, v, details);
                case RECORD_PAYMENT -> {
                    app.feePaidOn = e.on();
                    app.feeReceiptNumber = ApplicationIntakeService.blankToNull(e.receiptNumber());
                }
                case WAIVE_FEE -> {
                    app.feeWaivedOn = e.on();
                    app.feeWaivedAmount = app.feeAmount;
                    app.feeWaiverReason = ApplicationIntakeService.blankToNull(e.reason());
                }
                case DECIDE -> decide(app, e, f, clarified, v, details);
                case DELIVER -> {
                    if (e.method() == null) {
                        v.add(ApiException.Violation.of(f + "method", "请填写送达方式。", "The delivery method is required."));
                    }
                    app.deliveredOn = e.on();
                    app.deliveryMethod = e.method();
                    app.deliveryNote = ApplicationIntakeService.blankToNull(e.note());
                }
                case CLOSE -> {
                    app.closedOn = e.on();
                    app.archiveReference = ApplicationIntakeService.blankToNull(e.archiveReference());
                }
                default -> {
                    // lapses and withdrawal conclude below
                }
            }
            ApplicationWorkflow.impliedOutcome(action).ifPresent(o -> {
                ApplicationHandlingService.conclude(app, o, e.on());
                app.decisionReason = ApplicationIntakeService.blankToNull(e.reason());
                if (action == ApplicationAction.WITHDRAW) {
                    app.legacyOutcome = LegacyOutcome.WITHDRAWN;
                }
            });
            if (e.note() != null && !details.containsKey("note") && action != ApplicationAction.START_CONSULTATION) {
                details.put("note", e.note());
            }
            out.add(new PlannedEvent(type, e.on(), status, next.get(), e, details));
            status = next.get();
            last = e.on();
        }
        if (status.isOpen() && requireConcluded) {
            v.add(ApiException.Violation.of(p + "events", "导入的记录须已办结（以答复、终止处理或撤回结束）。",
                    "An imported record must be concluded (end with a decision, lapse or withdrawal)."));
        }
        app.status = status;
        return out;
    }

    private void fee(DisclosureApplication app, ImportedEvent e, String f, List<ApiException.Violation> v,
                     Map<String, Object> details) {
        if (app.regime != Regime.R2019 || e.on().isBefore(Regime.FEE_RULES_2021)) {
            v.add(ApiException.Violation.of(f + "type", "信息处理费只适用于2021年1月1日起的收费通知；2007年条例时期的费用请填在 legacyFees。",
                    "Information-processing fees apply to notices from 2021; put 2007-era fees in legacyFees."));
            return;
        }
        if (e.feeMethod() == null || e.units() == null || e.units() < 1) {
            v.add(ApiException.Violation.of(f + "units", "请填写计收方式和数量（页数或当月第几件）。",
                    "The fee method and units (pages or the month's rank) are required."));
            return;
        }
        FeeCalculator.Fee fee = e.feeMethod() == FeeMethod.PER_PAGE
                ? FeeCalculator.perPage(e.units()) : FeeCalculator.perApplication(e.units());
        app.feeMethod = fee.method();
        app.feeUnits = fee.units();
        app.feeAmount = fee.amount();
        app.feeNoticeOn = e.on();
        try {
            app.feePayBy = clock.calendar().addWorkingDays(e.on(), ApplicationRules.FEE_PAYMENT_WORKING_DAYS).result();
        } catch (CalendarDataMissingException missing) {
            app.feePayBy = null;
        }
        details.put("method", fee.method().name());
        details.put("units", fee.units());
        details.put("amount", fee.amount());
    }

    private void decide(DisclosureApplication app, ImportedEvent e, String f, boolean clarified,
                        List<ApiException.Violation> v, Map<String, Object> details) {
        OutcomeCode outcome = e.outcome();
        LegacyOutcome legacy = null;
        if (e.legacyOutcome() != null && !e.legacyOutcome().isBlank()) {
            legacy = LegacyOutcome.parse(e.legacyOutcome()).orElse(null);
            if (legacy == null) {
                v.add(ApiException.Violation.of(f + "legacyOutcome", "无法识别的答复类别：" + e.legacyOutcome() + "。",
                        "Unknown legacy reply label: " + e.legacyOutcome() + "."));
                return;
            }
            if (outcome != null && outcome != legacy.code()) {
                v.add(ApiException.Violation.of(f + "outcome", "结果代码与旧答复类别不一致（" + legacy.label() + "对应"
                        + legacy.code().name() + "）。", "The outcome does not match the legacy label (" + legacy.label()
                        + " maps to " + legacy.code().name() + ")."));
                return;
            }
            outcome = legacy.code();
        }
        if (outcome == null) {
            v.add(ApiException.Violation.of(f + "outcome", "请填写办理结果（outcome 或 legacyOutcome）。",
                    "The outcome (or a legacy label) is required."));
            return;
        }
        DecisionRequest r = new DecisionRequest(null, e.on(), outcome, e.reason(), e.legalBasis(), e.withheldParts(),
                e.referralAgency());
        v.addAll(ApplicationHandlingService.decisionViolations(r, clarified, f, true));
        ApplicationHandlingService.conclude(app, outcome, e.on());
        app.legacyOutcome = legacy;
        app.decisionReason = ApplicationIntakeService.blankToNull(e.reason());
        app.legalBasis = ApplicationHandlingService.legalBasis(app.regime, outcome, e.legalBasis());
        app.referralAgency = ApplicationIntakeService.blankToNull(e.referralAgency());
        if (outcome == OutcomeCode.PARTIAL && e.withheldParts() != null && !e.withheldParts().isEmpty()) {
            try {
                app.withheldParts = json.writeValueAsString(e.withheldParts());
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        details.put("outcome", outcome.name());
        details.put("legacyOutcome", legacy == null ? null : legacy.name());
        details.put("legalBasis", app.legalBasis);
    }

    private void appeal(DisclosureApplication app, AppealRequest r, String f, LocalDate today, List<ApiException.Violation> v) {
        if (r == null || r.kind() == null || r.filedOn() == null || r.body() == null || r.body().isBlank()) {
            v.add(ApiException.Violation.of(f + "kind", "复议或诉讼须填写类别、立案日期和复议机关或法院。",
                    "An appeal needs its kind, filing date and body."));
            return;
        }
        if (r.precedingAppealId() != null) {
            v.add(ApiException.Violation.of(f + "precedingAppealId", "导入时不能关联复议案件，请留空。",
                    "Imports cannot link appeals; leave it empty."));
        }
        v.addAll(appealService.violations(app, r, null, f, List.of(), today));
        locked(app.agency, r.filedOn(), f + "filedOn", v);
        if (r.closedOn() != null) {
            locked(app.agency, r.closedOn(), f + "closedOn", v);
        }
    }

    private void legacyFees(DisclosureApplication app, LegacyFeesRequest r, String f, LocalDate today,
                            List<ApiException.Violation> v) {
        if (app.regime != Regime.R2007) {
            v.add(ApiException.Violation.of(f + "chargedOn", "检索费、复制费、邮寄费只适用于2007年条例时期的申请。",
                    "Search, copy and postage fees apply only under the 2007 Regulation."));
            return;
        }
        beanViolations(r, f, v);
        if (r.chargedOn() == null || r.chargedOn().isBefore(app.receivedOn) || r.chargedOn().isAfter(today)) {
            v.add(ApiException.Violation.of(f + "chargedOn", "收费日期须在收到申请之日与今天之间。",
                    "The charging date must lie between the received date and today."));
            return;
        }
        locked(app.agency, r.chargedOn(), f + "chargedOn", v);
        ApplicationHandlingService.applyLegacyFees(app, r);
    }

    private Agency agency(ImportedApplication row, ImportedApplication.ImportedRequest req, Map<String, Agency> cache,
                          String p, List<ApiException.Violation> v, boolean checkScope) {
        Agency agency = null;
        if (req.agencyId() != null) {
            agency = cache.computeIfAbsent("id:" + req.agencyId(), k -> agencies.findByIdOptional(req.agencyId()).orElse(null));
        } else if (row.agencyCode() != null && !row.agencyCode().isBlank()) {
            agency = cache.computeIfAbsent("code:" + row.agencyCode().trim(),
                    k -> agencies.findByCatalogueCode(row.agencyCode().trim()).orElse(null));
        }
        if (agency == null) {
            v.add(ApiException.Violation.of(p + (req.agencyId() != null ? "request.agencyId" : "agencyCode"),
                    "机关不存在（请填写 request.agencyId 或 agencyCode）。", "No such agency (give request.agencyId or agencyCode)."));
            return null;
        }
        if (checkScope && !scope.canActOn(agency.id)) {
            v.add(ApiException.Violation.of(p + "agencyCode", "您只能导入本机关的记录。", "You may import only your own agency's records."));
            return null;
        }
        return agency;
    }

    private void locked(Agency agency, LocalDate date, String field, List<ApiException.Violation> v) {
        if (agency != null && date != null && yearLocks.findLock(agency.id, date.getYear()).isPresent()) {
            v.add(ApiException.Violation.of(field, date.getYear() + "年度报告已锁定，不能导入该年度的记录。",
                    "The " + date.getYear() + " annual report is locked; records of that year cannot be imported."));
        }
    }

    private <T> void beanViolations(T bean, String prefix, List<ApiException.Violation> v) {
        for (ConstraintViolation<T> c : validator.validate(bean)) {
            v.add(new ApiException.Violation(prefix + c.getPropertyPath(), Text.of(c.getMessage(), c.getMessage())));
        }
    }

    private static ApplicationEventType eventType(String type) {
        if (type == null) {
            return null;
        }
        try {
            return ApplicationEventType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void actor(ApplicationEvent e, Options options, String actor) {
        if (options.actor() != null) {
            e.actor = actor;
            e.actorAccountId = null;
        }
    }

    /** Copies the typed columns of an event from its import row. */
    private void fill(ApplicationEvent e, ImportedEvent source, DisclosureApplication app) {
        switch (e.type) {
            case CLARIFICATION_REQUESTED -> e.untilDate = source.until();
            case CONSULTATION_STARTED, CONSULTATION_ENDED -> {
                e.partyKind = source.partyKind();
                e.party = source.party();
                if (e.type == ApplicationEventType.CONSULTATION_STARTED) {
                    try {
                        e.untilDate = clock.calendar().addWorkingDays(source.on(), ConsultedPartyKind.ANSWER_WORKING_DAYS).result();
                    } catch (CalendarDataMissingException missing) {
                        e.untilDate = null;
                    }
                }
            }
            case EXTENDED -> e.workingDays = source.workingDays();
            case FEE_NOTICE_SENT -> e.untilDate = app.feePayBy;
            default -> {
            }
        }
    }
}
