package org.gongkai.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What staff entered for one agency and year: figures the records cannot give and narrative paragraphs
 * (own or carried over from an earlier year). {@link #applyTo} puts the figures into a report's figures and
 * names each in {@link ReportFigures#entered()}.
 */
public record ReportInputs(Map<ReportInputKey, Value> figures, Map<NarrativeSlot, Narrative> narratives) {

    public ReportInputs {
        figures = figures == null || figures.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(figures));
        narratives = narratives == null || narratives.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(narratives));
    }

    public static ReportInputs none() {
        return new ReportInputs(Map.of(), Map.of());
    }

    public Value figure(ReportInputKey key) {
        return figures.get(key);
    }

    /** The slot's text: entered for this year, carried over from an earlier one, or the default. */
    public String narrative(NarrativeSlot slot) {
        Narrative n = narratives.get(slot);
        return n == null ? slot.defaultText() : n.text();
    }

    public ReportFigures applyTo(ReportFigures f) {
        RegulatoryFigures r = f.regulatory();
        List<EnteredFigure> used = new ArrayList<>();
        RegulatoryFigures.MatterFigures licensing = matter(r.licensing(), ReportInputKey.LICENSING_MATTERS_PREVIOUS,
                ReportInputKey.LICENSING_MATTERS_CHANGE, ReportInputKey.LICENSING_DECISIONS, used);
        RegulatoryFigures.MatterFigures other = matter(r.otherServices(), ReportInputKey.OTHER_SERVICES_MATTERS_PREVIOUS,
                ReportInputKey.OTHER_SERVICES_MATTERS_CHANGE, ReportInputKey.OTHER_SERVICES_DECISIONS, used);
        RegulatoryFigures.MatterFigures penalty = matter(r.penalty(), ReportInputKey.PENALTY_MATTERS_PREVIOUS,
                ReportInputKey.PENALTY_MATTERS_CHANGE, ReportInputKey.PENALTY_DECISIONS, used);
        RegulatoryFigures.MatterFigures coercion = matter(r.coercion(), ReportInputKey.COERCION_MATTERS_PREVIOUS,
                ReportInputKey.COERCION_MATTERS_CHANGE, ReportInputKey.COERCION_DECISIONS, used);
        RegulatoryFigures.FeeMatterFigures fees = new RegulatoryFigures.FeeMatterFigures(
                count(r.adminFees().previousYearMatters(), ReportInputKey.FEE_MATTERS_PREVIOUS, used),
                count(r.adminFees().matterChange(), ReportInputKey.FEE_MATTERS_CHANGE, used),
                amount(r.adminFees().amountWan(), ReportInputKey.FEE_INCOME_WAN, used));
        RegulatoryFigures.ProcurementFigures procurement = new RegulatoryFigures.ProcurementFigures(
                count(r.procurement().projects(), ReportInputKey.PROCUREMENT_PROJECTS, used),
                amount(r.procurement().amountWan(), ReportInputKey.PROCUREMENT_AMOUNT_WAN, used));
        RegulatoryFigures applied = new RegulatoryFigures(r.rules(), r.normative(), licensing, other, penalty, coercion,
                fees, procurement);
        List<EnteredFigure> all = new ArrayList<>(f.entered());
        all.addAll(used);
        return f.withRegulatory(applied).withEntered(all);
    }

    private RegulatoryFigures.MatterFigures matter(RegulatoryFigures.MatterFigures m, ReportInputKey previous,
                                                  ReportInputKey change, ReportInputKey decisions,
                                                  List<EnteredFigure> used) {
        return new RegulatoryFigures.MatterFigures(count(m.previousYearMatters(), previous, used),
                count(m.matterChange(), change, used), count(m.decisions(), decisions, used));
    }

    private Long count(Long computed, ReportInputKey key, List<EnteredFigure> used) {
        Value v = figures.get(key);
        if (v == null) {
            return computed;
        }
        used.add(new EnteredFigure(key, v.value(), computed == null ? null : BigDecimal.valueOf(computed),
                v.enteredBy(), v.enteredAt()));
        return v.value().longValueExact();
    }

    private BigDecimal amount(BigDecimal computed, ReportInputKey key, List<EnteredFigure> used) {
        Value v = figures.get(key);
        if (v == null) {
            return computed;
        }
        used.add(new EnteredFigure(key, v.value(), computed, v.enteredBy(), v.enteredAt()));
        return v.value();
    }

    /** One entered figure with who entered it and when. */
    public record Value(BigDecimal value, String enteredBy, Instant enteredAt) {
    }

    /**
     * One narrative in effect: its text, the year it was entered for (earlier than the report's year when
     * carried over), who entered it and when.
     */
    public record Narrative(String text, int year, String enteredBy, Instant enteredAt) {
    }
}
