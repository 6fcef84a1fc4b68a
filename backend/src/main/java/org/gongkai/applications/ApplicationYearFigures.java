package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One year's application figures for a set of agencies — the data of table 三 and of the fee and channel
 * statements of the annual report. Counting rules (README, "Applications: statistics"):
 * <ul>
 *   <li>{@code newReceived}: received date within the year;</li>
 *   <li>{@code carriedOver}: received before 1 January and not concluded before 1 January;</li>
 *   <li>{@code outcomes}: concluded (decided, lapsed or withdrawn) within the year, by outcome code;</li>
 *   <li>{@code carriedForward}: received by 31 December and not concluded by 31 December.</li>
 * </ul>
 * Every application received by 31 December and not concluded before 1 January is either concluded in the year
 * or still open at its end, so {@code newReceived + carriedOver = Σ outcomes + carriedForward} per column by
 * construction.
 */
@Schema(name = "ApplicationYearFigures")
public record ApplicationYearFigures(
        int year,
        Map<ApplicantType, Column> columns,
        @Schema(description = "Concluded in the year after their due date") long answeredLate,
        @Schema(description = "Received per month, January first (12 values)") long[] receivedByMonth,
        Map<Channel, Long> receivedByChannel,
        @Schema(description = "Information-processing fees paid in the year (元)") BigDecimal feesCharged,
        @Schema(description = "Fees waived in the year (元)") BigDecimal feesWaived,
        @Schema(description = "Applications whose fee was paid in the year") long applicationsCharged,
        @Schema(description = "2007-era search fees charged in the year (元)") BigDecimal legacyRetrievalFees,
        @Schema(description = "2007-era copy fees charged in the year (元)") BigDecimal legacyCopyFees,
        @Schema(description = "2007-era postage charged in the year (元)") BigDecimal legacyPostageFees,
        @Schema(description = "2007-era fees waived in the year (元)") BigDecimal legacyFeesWaived,
        @Schema(description = "Concluded in the year, by 2007-era reply label (for the legacy report)")
        Map<LegacyOutcome, Long> legacyOutcomes) {

    /** One column of table 三. */
    @Schema(name = "ApplicationYearColumn")
    public record Column(long newReceived, long carriedOver, Map<OutcomeCode, Long> outcomes, long carriedForward) {

        public static Column empty() {
            return new Column(0, 0, zeroOutcomes(), 0);
        }

        /** （七）总计: all outcomes of the year. */
        public long concluded() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        public long outcome(OutcomeCode code) {
            return outcomes.getOrDefault(code, 0L);
        }

        Column plus(Column o) {
            Map<OutcomeCode, Long> sum = zeroOutcomes();
            for (OutcomeCode c : OutcomeCode.values()) {
                sum.put(c, outcome(c) + o.outcome(c));
            }
            return new Column(newReceived + o.newReceived, carriedOver + o.carriedOver, sum, carriedForward + o.carriedForward);
        }
    }

    /** The 总计 column: the sum of the six applicant columns. */
    public Column total() {
        Column t = Column.empty();
        for (Column c : columns.values()) {
            t = t.plus(c);
        }
        return t;
    }

    public Column column(ApplicantType type) {
        return columns.getOrDefault(type, Column.empty());
    }

    static Map<OutcomeCode, Long> zeroOutcomes() {
        Map<OutcomeCode, Long> m = new EnumMap<>(OutcomeCode.class);
        for (OutcomeCode c : OutcomeCode.values()) {
            m.put(c, 0L);
        }
        return m;
    }
}
