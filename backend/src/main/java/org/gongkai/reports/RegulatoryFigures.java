package org.gongkai.reports;

import java.math.BigDecimal;

/**
 * Table 二 (主动公开政府信息情况) of both national formats. The 2021 format shows rules and normative
 * documents issued / repealed / in force, decisions on licensing, penalties and coercion, and the year's
 * administrative-fee income in 万元; the 2019 trial format shows documents made / newly published / total
 * published and, per kind of matter, last year's number of matters, this year's change and decisions, plus
 * government procurement. A {@code null} is a figure nobody has supplied (a report input not yet entered).
 */
public record RegulatoryFigures(
        DocumentFigures rules,
        DocumentFigures normative,
        MatterFigures licensing,
        MatterFigures otherServices,
        MatterFigures penalty,
        MatterFigures coercion,
        FeeMatterFigures adminFees,
        ProcurementFigures procurement) {

    public RegulatoryFigures {
        rules = rules == null ? DocumentFigures.none() : rules;
        normative = normative == null ? DocumentFigures.none() : normative;
        licensing = licensing == null ? MatterFigures.none() : licensing;
        otherServices = otherServices == null ? new MatterFigures(null, null, null) : otherServices;
        penalty = penalty == null ? MatterFigures.none() : penalty;
        coercion = coercion == null ? MatterFigures.none() : coercion;
        adminFees = adminFees == null ? new FeeMatterFigures(null, null, null) : adminFees;
        procurement = procurement == null ? new ProcurementFigures(null, null) : procurement;
    }

    public static RegulatoryFigures none() {
        return new RegulatoryFigures(null, null, null, null, null, null, null, null);
    }

    /**
     * Rules (规章) or normative documents (行政规范性文件): issued, repealed and in force at year end (2021);
     * the 2019 trial's 本年新制作数量 is {@link #issued}, 本年新公开数量 {@link #publishedInYear}, 对外公开总数量
     * {@link #totalPublished}.
     */
    public record DocumentFigures(long issued, long repealed, long inForce, long publishedInYear, long totalPublished) {
        public static DocumentFigures none() {
            return new DocumentFigures(0, 0, 0, 0, 0);
        }
    }

    /**
     * A kind of administrative matter: 上一年项目数量 and 本年增/减 (2019 trial only; entered, the change may be
     * negative) and 处理决定数量 (both formats; computed from published decisions unless entered).
     */
    public record MatterFigures(Long previousYearMatters, Long matterChange, Long decisions) {
        public static MatterFigures none() {
            return new MatterFigures(null, null, 0L);
        }

        public MatterFigures withDecisions(Long d) {
            return new MatterFigures(previousYearMatters, matterChange, d);
        }
    }

    /** 行政事业性收费: matters (2019 trial) and the year's income in 万元 (2021); all entered. */
    public record FeeMatterFigures(Long previousYearMatters, Long matterChange, BigDecimal amountWan) {
    }

    /** 政府集中采购 (2019 trial only): number of projects and total amount in 万元; entered. */
    public record ProcurementFigures(Long projects, BigDecimal amountWan) {
    }
}
