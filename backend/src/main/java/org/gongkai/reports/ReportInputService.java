package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.AgencyService;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.reports.dto.ReportInputsRequest;
import org.gongkai.reports.dto.ReportInputsView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Report inputs: the figures the records cannot give and the narrative paragraphs, per agency and year. Read
 * and written by administrators and editors of the agency (district-wide accounts: any agency); a save
 * replaces the whole set, keeps who entered each unchanged value, is audited, refused on a stale version and
 * refused once the year is locked by an annual report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportInputService {

    static final int MAX_NARRATIVE = 5000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");

    @Inject
    ReportRepositories.InputSets sets;

    @Inject
    ReportRepositories.InputValues values;

    @Inject
    ReportRepositories.Narratives narratives;

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

    public ReportInputsView get(long agencyId, int year) {
        ReportYears.require(year);
        agencies.find(agencyId);
        scope.requireCanActOn(agencyId);
        return view(agencyId, year);
    }

    @Transactional
    public ReportInputsView put(long agencyId, int year, ReportInputsRequest r) {
        ReportYears.require(year);
        agencies.find(agencyId);
        scope.requireCanActOn(agencyId);
        Map<ReportInputKey, BigDecimal> newFigures = validFigures(r.figures());
        Map<NarrativeSlot, String> newTexts = validNarratives(r.narratives());
        yearLocks.requireOpen(agencyId, year);
        ReportInputSet set = sets.find(agencyId, year).orElse(null);
        Conflicts.requireVersion(set == null ? 0L : set.version, r.version());
        Instant now = Instant.now();
        ChangeSet changes = ChangeSet.empty();
        if (set == null) {
            set = new ReportInputSet();
            set.agencyId = agencyId;
            set.year = year;
            sets.persist(set);
            sets.flush();
        }
        for (ReportInputValue v : values.of(set.id)) {
            BigDecimal wanted = newFigures.remove(v.key);
            if (wanted == null || wanted.compareTo(v.amount) != 0) {
                changes.field("figures." + v.key.name(), v.amount, wanted);
                values.delete(v);
                if (wanted != null) {
                    newFigures.put(v.key, wanted);
                }
            }
        }
        values.flush();
        for (Map.Entry<ReportInputKey, BigDecimal> e : newFigures.entrySet()) {
            ReportInputValue v = new ReportInputValue();
            v.setId = set.id;
            v.key = e.getKey();
            v.amount = e.getValue();
            v.enteredBy = user.username();
            v.enteredAt = now;
            values.persist(v);
            if (!changes.asMap().containsKey("figures." + e.getKey().name())) {
                changes.field("figures." + e.getKey().name(), null, e.getValue());
            }
        }
        for (ReportNarrative n : narratives.of(set.id)) {
            String wanted = newTexts.remove(n.slot);
            if (!Objects.equals(wanted, n.text)) {
                changes.field("narratives." + n.slot.name(), n.text, wanted);
                narratives.delete(n);
                if (wanted != null) {
                    newTexts.put(n.slot, wanted);
                }
            }
        }
        narratives.flush();
        for (Map.Entry<NarrativeSlot, String> e : newTexts.entrySet()) {
            ReportNarrative n = new ReportNarrative();
            n.setId = set.id;
            n.slot = e.getKey();
            n.text = e.getValue();
            n.enteredBy = user.username();
            n.enteredAt = now;
            narratives.persist(n);
            if (!changes.asMap().containsKey("narratives." + e.getKey().name())) {
                changes.field("narratives." + e.getKey().name(), null, e.getValue());
            }
        }
        // The set's version stands for all its rows: every save moves it on.
        set.updatedAt = now.plusNanos(1);
        sets.flush();
        audit.record("ReportInputs", set.id, "UPDATE", agencyId, changes.note("year", year));
        return view(agencyId, year);
    }

    /** The inputs in effect for a report (no permission check: the caller has made it). */
    public ReportInputs load(long agencyId, int year) {
        Map<ReportInputKey, ReportInputs.Value> figures = new EnumMap<>(ReportInputKey.class);
        sets.find(agencyId, year).ifPresent(set -> values.of(set.id).forEach(v ->
                figures.put(v.key, new ReportInputs.Value(v.amount, v.enteredBy, v.enteredAt))));
        Map<NarrativeSlot, ReportInputs.Narrative> texts = new EnumMap<>(NarrativeSlot.class);
        for (Object[] row : narratives.inEffect(agencyId, year)) {
            ReportNarrative n = (ReportNarrative) row[0];
            texts.putIfAbsent(n.slot, new ReportInputs.Narrative(n.text, ((Number) row[1]).intValue(), n.enteredBy,
                    n.enteredAt));
        }
        return new ReportInputs(figures, texts);
    }

    private ReportInputsView view(long agencyId, int year) {
        ReportInputSet set = sets.find(agencyId, year).orElse(null);
        ReportInputs in = load(agencyId, year);
        List<ReportInputsView.FigureInput> figures = new ArrayList<>();
        for (ReportInputKey k : ReportInputKey.values()) {
            ReportInputs.Value v = in.figure(k);
            figures.add(new ReportInputsView.FigureInput(k.name(), k.kind().name(), k.label().zh(), k.label().en(),
                    k.requiredIn().stream().map(Enum::name).toList(), k.overridesComputed(),
                    v == null ? null : v.value(), v == null ? null : v.enteredBy(), v == null ? null : v.enteredAt()));
        }
        List<ReportInputsView.NarrativeInput> texts = new ArrayList<>();
        for (NarrativeSlot s : NarrativeSlot.values()) {
            ReportInputs.Narrative n = in.narratives().get(s);
            String source = n == null ? "DEFAULT" : n.year() == year ? "OWN" : "CARRIED_OVER";
            texts.add(new ReportInputsView.NarrativeInput(s.name(),
                    s.family() == null ? "ALL" : s.family().national() ? "NATIONAL" : "LEGACY", s.section().key(),
                    s.label().zh(), s.label().en(), in.narrative(s), source, n == null ? null : n.year(), s.defaultText(),
                    n == null ? null : n.enteredBy(), n == null ? null : n.enteredAt()));
        }
        return new ReportInputsView(agencyId, year, set == null ? 0L : set.version,
                yearLocks.findLock(agencyId, year).isPresent(), figures, texts);
    }

    private static Map<ReportInputKey, BigDecimal> validFigures(Map<String, BigDecimal> given) {
        Map<ReportInputKey, BigDecimal> out = new EnumMap<>(ReportInputKey.class);
        List<ApiException.Violation> bad = new ArrayList<>();
        if (given != null) {
            for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
                String field = "figures." + e.getKey();
                ReportInputKey key = inputKey(e.getKey());
                BigDecimal v = e.getValue();
                if (key == null) {
                    bad.add(ApiException.Violation.of(field, "没有这一录入项。", "No such input."));
                } else if (v != null) {
                    String problem = problem(key, v);
                    if (problem == null) {
                        out.put(key, v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
                    } else {
                        bad.add(ApiException.Violation.of(field, problem.split("\\|")[0], problem.split("\\|")[1]));
                    }
                }
            }
        }
        if (!bad.isEmpty()) {
            throw ApiException.invalid(bad);
        }
        return out;
    }

    /** Why a value is not acceptable for its input ("zh|en"), or null. */
    static String problem(ReportInputKey key, BigDecimal v) {
        if (v.abs().compareTo(MAX_AMOUNT) > 0) {
            return "数值过大。|The value is too large.";
        }
        switch (key.kind()) {
            case COUNT, CHANGE -> {
                if (v.stripTrailingZeros().scale() > 0) {
                    return "须为整数。|Must be a whole number.";
                }
                if (key.kind() == ReportInputKey.Kind.COUNT && v.signum() < 0) {
                    return "不能为负数。|Must not be negative.";
                }
            }
            case AMOUNT_WAN -> {
                if (v.signum() < 0) {
                    return "金额不能为负数。|The amount must not be negative.";
                }
                if (v.stripTrailingZeros().scale() > 4) {
                    return "以万元为单位，最多保留4位小数（即精确到元）。|In 10,000 yuan with at most 4 decimals (to the yuan).";
                }
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    private static Map<NarrativeSlot, String> validNarratives(Map<String, String> given) {
        Map<NarrativeSlot, String> out = new EnumMap<>(NarrativeSlot.class);
        List<ApiException.Violation> bad = new ArrayList<>();
        if (given != null) {
            for (Map.Entry<String, String> e : given.entrySet()) {
                String field = "narratives." + e.getKey();
                NarrativeSlot slot = slot(e.getKey());
                if (slot == null) {
                    bad.add(ApiException.Violation.of(field, "没有这一段落。", "No such narrative slot."));
                } else if (e.getValue() != null) {
                    String text = e.getValue().replace("\r\n", "\n").strip();
                    if (text.length() > MAX_NARRATIVE) {
                        bad.add(ApiException.Violation.of(field, "不能超过" + MAX_NARRATIVE + "个字。",
                                "At most " + MAX_NARRATIVE + " characters."));
                    } else if (slot == NarrativeSlot.WEBSITE_NAME && (text.isEmpty() || text.length() > 100
                            || text.contains("\n"))) {
                        bad.add(ApiException.Violation.of(field, "网站名称须为1至100个字的单行文字。",
                                "The website name must be one line of 1 to 100 characters."));
                    } else {
                        out.put(slot, text);
                    }
                }
            }
        }
        if (!bad.isEmpty()) {
            throw ApiException.invalid(bad);
        }
        return out;
    }

    private static ReportInputKey inputKey(String name) {
        for (ReportInputKey k : ReportInputKey.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static NarrativeSlot slot(String name) {
        for (NarrativeSlot s : NarrativeSlot.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
