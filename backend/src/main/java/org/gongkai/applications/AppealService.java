package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.applications.dto.AppealRequest;
import org.gongkai.applications.dto.AppealView;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reconsideration and litigation cases linked to an application (table 四). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AppealService {

    @Inject
    AppealRepository repository;

    @Inject
    ApplicationHandlingService handling;

    @Inject
    ApplicationEventLog eventLog;

    @Inject
    ApplicationClock clock;

    @Inject
    AuditService audit;

    @Inject
    YearLocks yearLocks;

    public List<AppealView> list(long applicationId) {
        handling.findInScope(applicationId);
        return repository.forApplication(applicationId).stream().map(ApplicationViews::appeal).toList();
    }

    @Transactional
    public AppealView create(long applicationId, AppealRequest r) {
        DisclosureApplication app = handling.findInScope(applicationId);
        validate(app, r, null, "");
        ApplicationAppeal a = new ApplicationAppeal();
        a.applicationId = app.id;
        a.agencyId = app.agency.id;
        apply(a, r);
        requireOpenYears(a);
        repository.persist(a);
        repository.flush();
        ApplicationEvent e = eventLog.event(app, ApplicationEventType.APPEAL_RECORDED, r.filedOn());
        eventLog.append(e, details(a));
        audit.record("ApplicationAppeal", a.id, "CREATE", a.agencyId, ChangeSet.created(details(a)));
        return ApplicationViews.appeal(a);
    }

    @Transactional
    public AppealView update(long applicationId, long appealId, AppealRequest r) {
        DisclosureApplication app = handling.findInScope(applicationId);
        ApplicationAppeal a = repository.findByIdOptional(appealId).filter(x -> x.applicationId.equals(app.id))
                .orElseThrow(() -> ApiException.notFound("APPEAL_NOT_FOUND", "该申请下没有这个复议或诉讼案件。",
                        "No such appeal for this application."));
        Conflicts.requireVersion(a.version, r.version());
        validate(app, r, a.id, "");
        requireOpenYears(a);
        Map<String, Object> before = details(a);
        apply(a, r);
        requireOpenYears(a);
        Map<String, Object> after = details(a);
        ChangeSet changes = ChangeSet.empty();
        before.keySet().forEach(k -> changes.field(k, before.get(k), after.get(k)));
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> changes.field(k, null, after.get(k)));
        repository.flush();
        eventLog.append(eventLog.event(app, ApplicationEventType.APPEAL_UPDATED,
                a.closedOn != null ? a.closedOn : clock.today()), details(a));
        audit.record("ApplicationAppeal", a.id, "UPDATE", a.agencyId, changes);
        return ApplicationViews.appeal(a);
    }

    /** The 400s of an appeal; {@code prefix} names the fields inside an import. */
    List<ApiException.Violation> violations(DisclosureApplication app, AppealRequest r, Long self, String prefix,
                                            List<ApplicationAppeal> siblings, LocalDate today) {
        List<ApiException.Violation> v = new ArrayList<>();
        if (r.filedOn().isAfter(today)) {
            v.add(ApiException.Violation.of(prefix + "filedOn", "立案（申请）日期不能晚于今天。", "The filing date cannot be in the future."));
        }
        if (r.filedOn().isBefore(app.receivedOn)) {
            v.add(ApiException.Violation.of(prefix + "filedOn", "复议或诉讼不能早于收到申请之日（" + app.receivedOn + "）。",
                    "An appeal cannot predate the application (" + app.receivedOn + ")."));
        }
        if ((r.result() == null) != (r.closedOn() == null)) {
            v.add(ApiException.Violation.of(prefix + (r.result() == null ? "result" : "closedOn"),
                    "审结结果与审结日期须同时填写（尚未审结的两者都不填）。",
                    "Result and closing date go together (leave both empty while pending)."));
        }
        if (r.closedOn() != null && r.closedOn().isBefore(r.filedOn())) {
            v.add(ApiException.Violation.of(prefix + "closedOn", "审结日期不能早于立案日期。", "The closing date cannot be before the filing date."));
        }
        if (r.closedOn() != null && r.closedOn().isAfter(today)) {
            v.add(ApiException.Violation.of(prefix + "closedOn", "审结日期不能晚于今天。", "The closing date cannot be in the future."));
        }
        if (r.precedingAppealId() != null) {
            ApplicationAppeal prior = siblings.stream().filter(s -> s.id.equals(r.precedingAppealId())).findFirst().orElse(null);
            if (r.kind() != AppealKind.LITIGATION_AFTER_RECONSIDERATION) {
                v.add(ApiException.Violation.of(prefix + "precedingAppealId", "只有“复议后起诉”才关联复议案件。",
                        "Only litigation after reconsideration links to a reconsideration case."));
            } else if (prior == null || prior.kind != AppealKind.RECONSIDERATION || prior.id.equals(self)) {
                v.add(ApiException.Violation.of(prefix + "precedingAppealId", "关联的复议案件不存在。",
                        "The linked reconsideration case does not exist for this application."));
            } else if (prior.closedOn == null || prior.closedOn.isAfter(r.filedOn())) {
                v.add(ApiException.Violation.of(prefix + "precedingAppealId", "复议后起诉须在复议审结之后。",
                        "Litigation after reconsideration is filed after the reconsideration closed."));
            }
        }
        return v;
    }

    private void validate(DisclosureApplication app, AppealRequest r, Long self, String prefix) {
        List<ApiException.Violation> v = violations(app, r, self, prefix, repository.forApplication(app.id), clock.today());
        if (!v.isEmpty()) {
            throw ApiException.invalid(v);
        }
    }

    private void requireOpenYears(ApplicationAppeal a) {
        yearLocks.requireOpen(a.agencyId, a.filedOn);
        yearLocks.requireOpen(a.agencyId, a.closedOn);
    }

    static void apply(ApplicationAppeal a, AppealRequest r) {
        a.kind = r.kind();
        a.filedOn = r.filedOn();
        a.body = r.body().trim();
        a.caseNumber = ApplicationIntakeService.blankToNull(r.caseNumber());
        a.result = r.result();
        a.closedOn = r.closedOn();
        a.note = ApplicationIntakeService.blankToNull(r.note());
        a.precedingAppealId = r.precedingAppealId();
    }

    private static Map<String, Object> details(ApplicationAppeal a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", a.kind);
        m.put("filedOn", a.filedOn);
        m.put("body", a.body);
        m.put("caseNumber", a.caseNumber);
        m.put("result", a.result);
        m.put("closedOn", a.closedOn);
        return m;
    }
}
