package org.gongkai.reports;

import org.gongkai.common.text.Text;

import java.util.EnumSet;
import java.util.Set;

/**
 * Figures the records cannot give, entered per agency and year. Three kinds: {@link Kind#COUNT} (a
 * non-negative whole number), {@link Kind#CHANGE} (a whole number that may be negative: 本年增/减) and
 * {@link Kind#AMOUNT_WAN} (万元, non-negative, at most four decimals).
 *
 * <p>The decision counts of table 二 ({@link #LICENSING_DECISIONS}, {@link #PENALTY_DECISIONS},
 * {@link #COERCION_DECISIONS}) are computed from the decisions published in Gongkai; when an office handles
 * decisions in another system (the provincial licensing platform), the number it enters <b>replaces</b> the
 * computed one — it is the authoritative count of decisions made, of which the published ones are a part —
 * and the check {@code DECISIONS_BELOW_PUBLISHED} fails when it is lower than what was published here. The
 * others have nothing to replace: {@link #requiredIn} says which formats cannot print without them.
 */
public enum ReportInputKey {
    FEE_INCOME_WAN(Kind.AMOUNT_WAN, EnumSet.of(ReportFormat.NATIONAL_2021),
            "第二十条第（八）项 行政事业性收费 本年收费金额（万元）", "Art.20(8) administrative fees: income this year (10k yuan)"),
    LICENSING_DECISIONS(Kind.COUNT, EnumSet.noneOf(ReportFormat.class),
            "行政许可 本年处理决定数量（替代系统统计）", "Licensing decisions this year (replaces the computed count)"),
    PENALTY_DECISIONS(Kind.COUNT, EnumSet.noneOf(ReportFormat.class),
            "行政处罚 本年处理决定数量（替代系统统计）", "Penalty decisions this year (replaces the computed count)"),
    COERCION_DECISIONS(Kind.COUNT, EnumSet.noneOf(ReportFormat.class),
            "行政强制 本年处理决定数量（替代系统统计）", "Coercive-measure decisions this year (replaces the computed count)"),
    LICENSING_MATTERS_PREVIOUS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政许可 上一年项目数量", "Licensing: matters last year"),
    LICENSING_MATTERS_CHANGE(Kind.CHANGE, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政许可 本年增/减", "Licensing: change this year"),
    OTHER_SERVICES_MATTERS_PREVIOUS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "其他对外管理服务事项 上一年项目数量", "Other external services: matters last year"),
    OTHER_SERVICES_MATTERS_CHANGE(Kind.CHANGE, EnumSet.of(ReportFormat.NATIONAL_2019),
            "其他对外管理服务事项 本年增/减", "Other external services: change this year"),
    OTHER_SERVICES_DECISIONS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "其他对外管理服务事项 处理决定数量", "Other external services: decisions"),
    PENALTY_MATTERS_PREVIOUS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政处罚 上一年项目数量", "Penalties: matters last year"),
    PENALTY_MATTERS_CHANGE(Kind.CHANGE, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政处罚 本年增/减", "Penalties: change this year"),
    COERCION_MATTERS_PREVIOUS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政强制 上一年项目数量", "Coercive measures: matters last year"),
    COERCION_MATTERS_CHANGE(Kind.CHANGE, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政强制 本年增/减", "Coercive measures: change this year"),
    FEE_MATTERS_PREVIOUS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政事业性收费 上一年项目数量", "Administrative fees: matters last year"),
    FEE_MATTERS_CHANGE(Kind.CHANGE, EnumSet.of(ReportFormat.NATIONAL_2019),
            "行政事业性收费 本年增/减", "Administrative fees: change this year"),
    PROCUREMENT_PROJECTS(Kind.COUNT, EnumSet.of(ReportFormat.NATIONAL_2019),
            "政府集中采购 采购项目数量", "Government procurement: projects"),
    PROCUREMENT_AMOUNT_WAN(Kind.AMOUNT_WAN, EnumSet.of(ReportFormat.NATIONAL_2019),
            "政府集中采购 采购总金额（万元）", "Government procurement: total amount (10k yuan)");

    /** What values an input takes. */
    public enum Kind { COUNT, CHANGE, AMOUNT_WAN }

    private final Kind kind;
    private final Set<ReportFormat> requiredIn;
    private final Text label;

    ReportInputKey(Kind kind, Set<ReportFormat> requiredIn, String zh, String en) {
        this.kind = kind;
        this.requiredIn = requiredIn;
        this.label = Text.of(zh, en);
    }

    public Kind kind() {
        return kind;
    }

    /** Formats whose table shows this figure and has no computed value to fall back on. */
    public Set<ReportFormat> requiredIn() {
        return requiredIn;
    }

    public Text label() {
        return label;
    }

    /** Replaces a figure computed from the records (rather than supplying one the records cannot give). */
    public boolean overridesComputed() {
        return this == LICENSING_DECISIONS || this == PENALTY_DECISIONS || this == COERCION_DECISIONS;
    }
}
