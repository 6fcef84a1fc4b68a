package org.gongkai.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyService;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLock;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.common.text.Text;
import org.gongkai.reports.dto.LockRequest;
import org.gongkai.reports.dto.ReportSectionView;
import org.gongkai.reports.dto.ReportStatisticsView;
import org.gongkai.reports.dto.ReportStatusView;
import org.gongkai.reports.dto.ReportView;
import org.gongkai.reports.dto.SectionEditRequest;
import org.gongkai.reports.dto.SectionResolutionRequest;
import org.gongkai.reports.dto.UnlockRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual report of an agency and year through its life: started as a DRAFT whose sections are drafted from
 * the figures, edited per section (regenerating never replaces an edit), locked — the figures frozen in a
 * snapshot, the year's records frozen by year locks — published into the catalogue, and unlocked by an
 * administrator with a reason. Live figures come from the {@link ReportFiguresSource} (the records, through the
 * features' statistics), publishing goes through the {@link ReportPublisher} (the catalogue).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnnualReportService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ReportRepositories.Reports reports;

    @Inject
    ReportRepositories.Sections sections;

    @Inject
    ReportRepositories.Events events;

    @Inject
    ReportEventLog eventLog;

    @Inject
    ReportInputService inputs;

    @Inject
    AgencyService agencies;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser user;

    @Inject
    YearLocks yearLocks;

    @Inject
    AuditService audit;

    @Inject
    ReportFiguresSource source;

    @Inject
    ReportPublisher publisher;

    // ---- reads ----------------------------------------------------------------------------------------------

    /** Where the report stands (no figures needed): status, settings, deadline, history. */
    public ReportStatusView status(long agencyId, int year) {
        Agency agency = agencyInScope(agencyId, year);
        return status(agency, year, reports.find(agencyId, year).orElse(null));
    }

    /**
     * The statistics of a year in a chosen format and scope, as a document with fresh drafts and the checks'
     * summary — nothing is stored ({@code GET /api/v1/reports/{year}}). Without a format or scope the report's
     * own settings apply once it is started, else the year's format and, for a people's government, its
     * agencies included.
     */
    public ReportStatisticsView statistics(long agencyId, int year, Boolean includeSubagencies, ReportFormat format,
                                           boolean withDocument) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = reports.find(agencyId, year).orElse(null);
        ReportFormat f = format != null ? format : r != null ? r.format : ReportFormat.defaultFor(year);
        boolean sub = includeSubagencies != null ? includeSubagencies : r != null ? r.includeSubagencies : agency.government;
        ReportFigures figures = live(agencyId, sub, year, f);
        ReportFigures previous = previous(agencyId, sub, year, f);
        ReportSubject subject = subject(agency, sub, year);
        List<Check> checks = ReportChecks.run(f, figures, previous);
        ReportDocument document = withDocument ? ReportDocument.of(subject, f, null, figures, previous, Map.of(),
                inputs.load(agencyId, year), ReportYears.today(), checks) : null;
        ReportStatusView status = status(agency, year, r);
        return new ReportStatisticsView(agencyId, agency.name, year, f.name(), sub, status.status(),
                ReportStatisticsView.CheckSummary.of(checks), status.deadline(), document);
    }

    /** The report with its sections and everything it says; a locked report reads its snapshot. */
    public ReportView get(long agencyId, int year) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        return new ReportView(status(agency, year, r), sectionViews(r), document(agency, r));
    }

    /** The document of the report (for the HTML, DOCX, XLSX and JSON outputs). */
    public ReportDocument document(long agencyId, int year) {
        Agency agency = agencyInScope(agencyId, year);
        return document(agency, require(agencyId, year));
    }

    public List<ReportSectionView> sections(long agencyId, int year) {
        agencyInScope(agencyId, year);
        return sectionViews(require(agencyId, year));
    }

    // ---- drafting ---------------------------------------------------------------------------------------------

    /** Starts the year's report as a DRAFT and writes the first drafts of its sections. */
    @Transactional
    public ReportView start(long agencyId, int year, Boolean includeSubagencies, ReportFormat format) {
        Agency agency = agencyInScope(agencyId, year);
        if (reports.find(agencyId, year).isPresent()) {
            throw ApiException.conflict("REPORT_EXISTS", year + "年度报告已经创建。", "The " + year + " report already exists.");
        }
        AnnualReport r = new AnnualReport();
        r.agencyId = agencyId;
        r.year = year;
        r.includeSubagencies = includeSubagencies == null ? agency.government : includeSubagencies;
        r.format = format == null ? ReportFormat.defaultFor(year) : format;
        r.status = ReportStatus.DRAFT;
        reports.persist(r);
        reports.flush();
        writeDrafts(r, drafts(agency, r, live(r)));
        eventLog.record(r.id, "START", null, ReportStatus.DRAFT, null, r.format.name());
        audit.record("AnnualReport", r.id, "CREATE", agencyId, ChangeSet.created(Map.of("year", year, "format",
                r.format.name(), "includeSubagencies", r.includeSubagencies, "status", r.status.name())));
        return new ReportView(status(agency, year, r), sectionViews(r), document(agency, r));
    }

    /**
     * Writes new drafts from the current figures: a section nobody edited takes the new text; an edited one
     * keeps its edit and, when its data changed, is marked DATA_CHANGED for the office to decide.
     */
    @Transactional
    public List<ReportSectionView> regenerate(long agencyId, int year) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        requireAllowed(r, ReportStatus.Action.EDIT);
        List<String> changed = writeDrafts(r, drafts(agency, r, live(r)));
        if (!changed.isEmpty()) {
            eventLog.record(r.id, "REGENERATE", r.status, r.status, null, String.join(",", changed));
            audit.record("AnnualReport", r.id, "REGENERATE", agencyId, ChangeSet.empty().note("sections", changed));
        }
        return sectionViews(r);
    }

    /** Changes format or scope of a DRAFT and drafts the sections of the format (earlier edits are kept per format). */
    @Transactional
    public ReportView changeSettings(long agencyId, int year, boolean includeSubagencies, ReportFormat format,
                                     Long version) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        Conflicts.requireVersion(r.version, version);
        requireAllowed(r, ReportStatus.Action.EDIT);
        format = format == null ? r.format : format;
        ChangeSet changes = ChangeSet.empty().field("format", r.format.name(), format.name())
                .field("includeSubagencies", r.includeSubagencies, includeSubagencies);
        r.format = format;
        r.includeSubagencies = includeSubagencies;
        writeDrafts(r, drafts(agency, r, live(r)));
        reports.flush();
        eventLog.record(r.id, "SETTINGS", r.status, r.status, null, format.name() + (includeSubagencies ? ",sub" : ""));
        audit.record("AnnualReport", r.id, "UPDATE", agencyId, changes);
        return new ReportView(status(agency, year, r), sectionViews(r), document(agency, r));
    }

    @Transactional
    public ReportSectionView editSection(long agencyId, int year, String key, SectionEditRequest request) {
        Editable e = editable(agencyId, year, key, request.version());
        AnnualReport r = e.report();
        ReportSection s = e.section();
        String text = request.text().replace("\r\n", "\n").strip();
        String before = s.text();
        if (text.equals(s.generatedText)) {
            clearEdit(s);
        } else {
            s.editedText = text;
            s.editBaseData = s.generatedData;
            s.editBaseFingerprint = s.generatedFingerprint;
            s.editedAt = Instant.now();
            s.editedBy = user.username();
        }
        sections.flush();
        audit.record("ReportSection", s.id, "EDIT", agencyId, ChangeSet.empty().note("report", r.id)
                .note("section", key).field("text", before, s.text()));
        return sectionView(r, s);
    }

    /** Settles an edited section: keep the edit (acknowledging the new data) or take the new draft. */
    @Transactional
    public ReportSectionView resolveSection(long agencyId, int year, String key, SectionResolutionRequest request) {
        Editable e = editable(agencyId, year, key, request.version());
        AnnualReport r = e.report();
        ReportSection s = e.section();
        ReportSection.State state = s.state();
        if (state == ReportSection.State.GENERATED
                || (request.choice() == SectionResolutionRequest.Choice.KEEP_EDIT && state == ReportSection.State.EDITED)) {
            throw ApiException.conflict("NOTHING_TO_RESOLVE", "该章节没有需要处理的修改。",
                    "This section has nothing to resolve.");
        }
        if (request.choice() == SectionResolutionRequest.Choice.KEEP_EDIT) {
            s.editBaseData = s.generatedData;
            s.editBaseFingerprint = s.generatedFingerprint;
        } else {
            clearEdit(s);
        }
        sections.flush();
        audit.record("ReportSection", s.id, request.choice().name(), agencyId, ChangeSet.empty().note("report", r.id)
                .note("section", key).note("stateBefore", state.name()));
        return sectionView(r, s);
    }

    // ---- life cycle -------------------------------------------------------------------------------------------

    /**
     * Locks the report: checks must pass (an administrator may lock anyway with a reason), the drafts must be
     * current and every DATA_CHANGED section settled; then the figures are frozen in a snapshot and the year is
     * locked for the agency (and the agencies under it when the report covers them).
     */
    @Transactional
    public ReportStatusView lock(long agencyId, int year, LockRequest request) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        Conflicts.requireVersion(r.version, request.version());
        requireAllowed(r, ReportStatus.Action.LOCK);
        ReportFigures figures = live(r);
        ReportFigures previous = previous(agencyId, r.includeSubagencies, year, r.format);
        List<Check> checks = ReportChecks.run(r.format, figures, previous);
        String override = request.overrideReason() == null || request.overrideReason().isBlank() ? null
                : request.overrideReason().strip();
        List<Check> failed = checks.stream().filter(Check::failed).toList();
        if (!failed.isEmpty()) {
            if (override == null) {
                throw new ApiException(409, "CHECKS_FAILED", Text.of(
                        "有" + failed.size() + "项核对未通过，不能锁定：" + failed.stream().map(Check::messageZh)
                                .collect(Collectors.joining(" ")),
                        failed.size() + " check(s) failed; the report cannot be locked: " + failed.stream()
                                .map(Check::messageEn).collect(Collectors.joining(" "))));
            }
            if (!user.hasRole(Roles.ADMIN)) {
                throw ApiException.forbidden("OVERRIDE_NEEDS_ADMIN", "核对未通过时只有管理员可以强制锁定。",
                        "Only an administrator may lock a report whose checks fail.");
            }
        }
        requireCurrentDrafts(r, drafts(agency, r, figures));
        if (yearLocks.find("agencyId = ?1 and year = ?2", agencyId, year).firstResultOptional().isPresent()) {
            throw ApiException.conflict("YEAR_ALREADY_LOCKED", year + "年度已被锁定。", "The year " + year + " is already locked.");
        }
        Instant now = Instant.now();
        YearLock lock = new YearLock();
        lock.agencyId = agencyId;
        lock.year = year;
        lock.includeSubagencies = r.includeSubagencies;
        lock.lockedAt = now;
        lock.lockedBy = user.username();
        yearLocks.persist(lock);
        ReportSnapshot snapshot = new ReportSnapshot(figures, checks, previous);
        r.snapshot = ReportJson.write(snapshot);
        r.snapshotFingerprint = ReportFingerprint.of(figures);
        r.status = ReportStatus.LOCKED;
        r.lockedAt = now;
        r.lockedBy = user.username();
        reports.flush();
        long warnings = checks.stream().filter(c -> c.status() == Check.Status.WARNING).count();
        eventLog.record(r.id, "LOCK", ReportStatus.DRAFT, ReportStatus.LOCKED, override,
                "fail=" + failed.size() + ",warning=" + warnings + ",figures=" + r.snapshotFingerprint);
        ChangeSet changes = ChangeSet.empty().field("status", "DRAFT", "LOCKED").note("figures", r.snapshotFingerprint)
                .note("failedChecks", failed.stream().map(c -> c.code() + "/" + c.subject()).toList());
        if (override != null) {
            changes.note("overrideReason", override);
        }
        audit.record("AnnualReport", r.id, "LOCK", agencyId, changes);
        return status(agency, year, r);
    }

    /** An administrator reopens a locked or published report (and the year's records), with a reason. */
    @Transactional
    public ReportStatusView unlock(long agencyId, int year, UnlockRequest request) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        Conflicts.requireVersion(r.version, request.version());
        ReportStatus from = r.status;
        requireAllowed(r, ReportStatus.Action.UNLOCK);
        long removed = yearLocks.delete("agencyId = ?1 and year = ?2", agencyId, year);
        r.status = ReportStatus.DRAFT;
        r.snapshot = null;
        r.snapshotFingerprint = null;
        r.lockedAt = null;
        r.lockedBy = null;
        reports.flush();
        String reason = request.reason().strip();
        eventLog.record(r.id, "UNLOCK", from, ReportStatus.DRAFT, reason, "yearLocksRemoved=" + removed);
        audit.record("AnnualReport", r.id, "UNLOCK", agencyId, ChangeSet.empty().field("status", from.name(), "DRAFT")
                .note("reason", reason).note("yearLocksRemoved", removed));
        return status(agency, year, r);
    }

    /** Publishes a locked report through the catalogue ({@link ReportPublisher}). */
    @Transactional
    public ReportStatusView publish(long agencyId, int year, Long version) {
        Agency agency = agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        Conflicts.requireVersion(r.version, version);
        requireAllowed(r, ReportStatus.Action.PUBLISH);
        ReportDocument d = document(agency, r);
        long itemId = publisher.publish(d, ReportDocx.render(d), r.publishedItemId);
        r.status = ReportStatus.PUBLISHED;
        r.publishedAt = Instant.now();
        r.publishedBy = user.username();
        r.publishedItemId = itemId;
        reports.flush();
        eventLog.record(r.id, "PUBLISH", ReportStatus.LOCKED, ReportStatus.PUBLISHED, null, "item=" + itemId);
        audit.record("AnnualReport", r.id, "PUBLISH", agencyId, ChangeSet.empty().field("status", "LOCKED", "PUBLISHED")
                .note("itemId", itemId));
        return status(agency, year, r);
    }

    // ---- figures ------------------------------------------------------------------------------------------

    private ReportFigures live(AnnualReport r) {
        return live(r.agencyId, r.includeSubagencies, r.year, r.format);
    }

    private ReportFigures live(long agencyId, boolean includeSubagencies, int year, ReportFormat format) {
        return inputs.load(agencyId, year).applyTo(source.compute(agencyId, includeSubagencies, year, format));
    }

    /** Last year's figures: its locked snapshot when it covers the same scope (what was published), else live. */
    private ReportFigures previous(long agencyId, boolean includeSubagencies, int year, ReportFormat format) {
        if (year - 1 < ReportYears.FIRST) {
            return null;
        }
        AnnualReport last = reports.find(agencyId, year - 1).orElse(null);
        if (last != null && last.snapshot != null && last.includeSubagencies == includeSubagencies) {
            return ReportJson.read(last.snapshot, ReportSnapshot.class).figures();
        }
        return live(agencyId, includeSubagencies, year - 1, format);
    }

    private ReportDocument document(Agency agency, AnnualReport r) {
        ReportFigures figures;
        ReportFigures previous;
        List<Check> checks;
        if (r.snapshot != null) {
            ReportSnapshot s = ReportJson.read(r.snapshot, ReportSnapshot.class);
            figures = s.figures();
            previous = s.previous();
            checks = s.checks();
        } else {
            figures = live(r);
            previous = previous(r.agencyId, r.includeSubagencies, r.year, r.format);
            checks = ReportChecks.run(r.format, figures, previous);
        }
        Map<SectionKey, String> texts = new LinkedHashMap<>();
        for (ReportSection s : sections.of(r.id, r.format)) {
            texts.put(s.key(), s.text());
        }
        return ReportDocument.of(subject(agency, r.includeSubagencies, r.year), r.format, r.status, figures, previous,
                texts, inputs.load(r.agencyId, r.year), ReportYears.today(), checks);
    }

    /** A published report's document, from its snapshot (no scope: published reports are public). */
    ReportDocument publishedDocument(AnnualReport r) {
        if (r.status != ReportStatus.PUBLISHED || r.snapshot == null) {
            throw new IllegalStateException("Report " + r.id + " is not published");
        }
        return document(agencies.find(r.agencyId), r);
    }

    private List<SectionDraft> drafts(Agency agency, AnnualReport r, ReportFigures figures) {
        return ReportDrafts.draft(r.format, subject(agency, r.includeSubagencies, r.year), figures,
                inputs.load(r.agencyId, r.year));
    }

    /** Stores new drafts; returns the keys whose draft changed. */
    private List<String> writeDrafts(AnnualReport r, List<SectionDraft> drafts) {
        Map<String, ReportSection> existing = sections.of(r.id, r.format).stream()
                .collect(Collectors.toMap(s -> s.sectionKey, Function.identity()));
        Instant now = Instant.now();
        List<String> changed = new ArrayList<>();
        for (SectionDraft d : drafts) {
            String fingerprint = d.fingerprint();
            ReportSection s = existing.get(d.key().key());
            if (s != null && s.generatedFingerprint.equals(fingerprint)) {
                continue;
            }
            if (s == null) {
                s = new ReportSection();
                s.reportId = r.id;
                s.format = r.format;
                s.sectionKey = d.key().key();
            }
            s.generatedText = d.text();
            s.generatedData = canonical(d.data());
            s.generatedFingerprint = fingerprint;
            s.generatedAt = now;
            if (s.id == null) {
                sections.persist(s);
            }
            changed.add(d.key().key());
        }
        sections.flush();
        return changed;
    }

    private void requireCurrentDrafts(AnnualReport r, List<SectionDraft> drafts) {
        Map<String, ReportSection> existing = sections.of(r.id, r.format).stream()
                .collect(Collectors.toMap(s -> s.sectionKey, Function.identity()));
        List<String> outdated = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (SectionDraft d : drafts) {
            ReportSection s = existing.get(d.key().key());
            if (s == null || !s.generatedFingerprint.equals(d.fingerprint())) {
                outdated.add(title(r.format, d.key()));
            } else if (s.state() == ReportSection.State.DATA_CHANGED) {
                review.add(title(r.format, d.key()));
            }
        }
        if (!outdated.isEmpty()) {
            throw ApiException.conflict("DRAFTS_OUTDATED", Text.of(
                    "数据在生成草稿后发生了变化（" + String.join("、", outdated) + "），请先重新生成草稿并核对后再锁定。",
                    "The figures changed after the drafts were written (" + String.join(", ", outdated)
                            + "); regenerate the drafts and review them before locking."));
        }
        if (!review.isEmpty()) {
            throw ApiException.conflict("SECTIONS_NEED_REVIEW", Text.of(
                    "以下章节在修改后数据发生了变化，请选择保留修改或采用新草稿：" + String.join("、", review) + "。",
                    "The data of these edited sections changed; keep the edit or take the new draft: "
                            + String.join(", ", review) + "."));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Agency agencyInScope(long agencyId, int year) {
        ReportYears.require(year);
        Agency agency = agencies.find(agencyId);
        scope.requireCanActOn(agencyId);
        return agency;
    }

    private AnnualReport require(long agencyId, int year) {
        return reports.find(agencyId, year).orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND",
                year + "年度报告尚未创建。", "The " + year + " report has not been started."));
    }

    /** A section the caller may change now: in scope, the version they read, the report still a draft. */
    private Editable editable(long agencyId, int year, String key, Long version) {
        agencyInScope(agencyId, year);
        AnnualReport r = require(agencyId, year);
        ReportSection s = section(r, key);
        Conflicts.requireVersion(s.version, version);
        requireAllowed(r, ReportStatus.Action.EDIT);
        return new Editable(r, s);
    }

    private record Editable(AnnualReport report, ReportSection section) {
    }

    private ReportSection section(AnnualReport r, String key) {
        return sections.find(r.id, r.format, key).orElseThrow(() -> ApiException.notFound("SECTION_NOT_FOUND",
                "报告中没有这一章节。", "The report has no such section."));
    }

    /** Refuses a move the life cycle does not allow — recording the attempt — with 409 ILLEGAL_TRANSITION. */
    private void requireAllowed(AnnualReport r, ReportStatus.Action action) {
        if (!r.status.allows(action)) {
            eventLog.refused(r.id, action.name(), r.status, null);
            throw ApiException.conflict("ILLEGAL_TRANSITION", Text.of(
                    "报告当前为“" + r.status.label().zh() + "”状态，不能" + action.label().zh() + "。"
                            + (r.status == ReportStatus.DRAFT ? "" : "如需修改，请管理员先解锁（需填写理由）。"),
                    "The report is " + r.status.label().en().toLowerCase() + "; it cannot " + action.label().en() + "."
                            + (r.status == ReportStatus.DRAFT ? "" : " An administrator must unlock it first (with a reason).")));
        }
    }

    private static void clearEdit(ReportSection s) {
        s.editedText = null;
        s.editBaseData = null;
        s.editBaseFingerprint = null;
        s.editedAt = null;
        s.editedBy = null;
    }

    static ReportSubject subject(Agency a, boolean includeSubagencies, int year) {
        return new ReportSubject(a.id, a.name, a.shortName, a.government, includeSubagencies, year);
    }

    private static String title(ReportFormat format, SectionKey key) {
        SectionKey.Section s = SectionKey.find(format, key);
        return s == null || s.titleZh().isEmpty() ? "引言" : s.titleZh();
    }

    private static String canonical(Map<String, Object> data) {
        try {
            return ReportJson.CANONICAL.writeValueAsString(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportStatusView status(Agency agency, int year, AnnualReport r) {
        ReportDeadline d = ReportDeadline.of(year, agency.government, ReportYears.today());
        Long late = r == null || r.publishedAt == null ? null
                : d.daysLate(r.publishedAt.atZone(ReportYears.ZONE).toLocalDate());
        ReportStatusView.Deadline deadline = new ReportStatusView.Deadline(d.due(), d.daysLeft(), d.overdue(), late,
                d.ruleZh(), d.ruleEn());
        ReportFormat defaultFormat = ReportFormat.defaultFor(year);
        if (r == null) {
            return new ReportStatusView(agency.id, year, null, "NOT_STARTED", "未开始", "Not started", defaultFormat.name(),
                    defaultFormat.name(), agency.government, deadline, null, null, null, null, null, null, List.of());
        }
        List<ReportStatusView.Event> history = events.of(r.id).stream().map(e -> new ReportStatusView.Event(
                e.occurredAt, e.actor, e.action, e.fromStatus == null ? null : e.fromStatus.name(),
                e.toStatus == null ? null : e.toStatus.name(), e.refused, e.reason)).toList();
        return new ReportStatusView(agency.id, year, r.id, r.status.name(), r.status.label().zh(), r.status.label().en(),
                r.format.name(),
                defaultFormat.name(), r.includeSubagencies, deadline, r.lockedAt, r.lockedBy, r.publishedAt,
                r.publishedBy, r.publishedItemId, r.version, history);
    }

    private List<ReportSectionView> sectionViews(AnnualReport r) {
        Map<String, ReportSection> byKey = sections.of(r.id, r.format).stream()
                .collect(Collectors.toMap(s -> s.sectionKey, Function.identity()));
        List<ReportSectionView> out = new ArrayList<>();
        for (SectionKey.Section def : SectionKey.of(r.format)) {
            ReportSection s = byKey.get(def.key().key());
            if (s != null) {
                out.add(sectionView(r, s));
            }
        }
        return out;
    }

    private ReportSectionView sectionView(AnnualReport r, ReportSection s) {
        SectionKey.Section def = SectionKey.find(r.format, s.key());
        return new ReportSectionView(s.sectionKey, def == null ? "" : def.titleZh(), s.text(), s.generatedText,
                s.editedText, s.state().name(), changedData(s), s.editedBy, s.editedAt, s.generatedAt, s.version);
    }

    /** The data keys whose value differs between the draft the office edited and the current draft. */
    static List<String> changedData(ReportSection s) {
        if (s.state() != ReportSection.State.DATA_CHANGED) {
            return List.of();
        }
        Map<String, Object> before = ReportJson.readMap(s.editBaseData, MAP);
        Map<String, Object> now = ReportJson.readMap(s.generatedData, MAP);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(now.keySet());
        List<String> changed = keys.stream().filter(k -> !Objects.equals(before.get(k), now.get(k))).toList();
        return changed.isEmpty() ? List.of("draft_text") : changed;
    }
}
