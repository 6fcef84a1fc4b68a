package org.gongkai.reports;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table 三: applications per applicant column (new in the year, carried over from last year, outcomes in the
 * year by outcome row, carried into next year), the independently counted totals the checks compare against,
 * applications by channel and month (legacy text, charts) and how many were answered after the deadline.
 */
public record ApplicationFigures(
        Map<ApplicantColumn, ApplicationColumn> columns,
        ApplicationControls controls,
        List<ChannelCount> byChannel,
        List<Long> receivedByMonth,
        long answeredLate) {

    public ApplicationFigures {
        EnumMap<ApplicantColumn, ApplicationColumn> all = new EnumMap<>(ApplicantColumn.class);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            ApplicationColumn given = columns == null ? null : columns.get(c);
            all.put(c, given == null ? ApplicationColumn.zero() : given);
        }
        columns = java.util.Collections.unmodifiableMap(all);
        controls = controls == null ? ApplicationControls.none() : controls;
        byChannel = byChannel == null ? List.of() : List.copyOf(byChannel);
        receivedByMonth = ReportFigures.months(receivedByMonth);
    }

    public static ApplicationFigures none() {
        return new ApplicationFigures(null, null, null, null, 0);
    }

    public ApplicationColumn column(ApplicantColumn c) {
        return columns.get(c);
    }

    /** The 总计 column: the sum of the six applicant columns. */
    public ApplicationColumn total() {
        return ApplicationColumn.sum(columns.values());
    }

    /** No application this year and none carried over: the legacy "未收到申请" case. */
    public boolean noneAtAll() {
        ApplicationColumn t = total();
        return t.newReceived() == 0 && t.carriedOver() == 0 && t.decided() == 0 && t.carriedForward() == 0;
    }

    /**
     * One applicant column. {@link #outcomes} holds every outcome row (absent rows are zero).
     */
    public record ApplicationColumn(long newReceived, long carriedOver, Map<OutcomeRow, Long> outcomes,
                                    long carriedForward) {

        public ApplicationColumn {
            EnumMap<OutcomeRow, Long> all = new EnumMap<>(OutcomeRow.class);
            for (OutcomeRow r : OutcomeRow.values()) {
                Long v = outcomes == null ? null : outcomes.get(r);
                all.put(r, v == null ? 0L : v);
            }
            outcomes = java.util.Collections.unmodifiableMap(all);
        }

        public static ApplicationColumn zero() {
            return new ApplicationColumn(0, 0, null, 0);
        }

        public long outcome(OutcomeRow r) {
            return outcomes.get(r);
        }

        public long group(OutcomeRow.Group g) {
            return g.rows().stream().mapToLong(this::outcome).sum();
        }

        /** （七）总计: every outcome row. */
        public long decided() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        /** 一 + 二 − 三（七）: what must be carried forward if the column balances. */
        public long expectedCarriedForward() {
            return newReceived + carriedOver - decided();
        }

        static ApplicationColumn sum(java.util.Collection<ApplicationColumn> cols) {
            EnumMap<OutcomeRow, Long> o = new EnumMap<>(OutcomeRow.class);
            Arrays.stream(OutcomeRow.values()).forEach(r -> o.put(r, cols.stream().mapToLong(c -> c.outcome(r)).sum()));
            return new ApplicationColumn(cols.stream().mapToLong(ApplicationColumn::newReceived).sum(),
                    cols.stream().mapToLong(ApplicationColumn::carriedOver).sum(), o,
                    cols.stream().mapToLong(ApplicationColumn::carriedForward).sum());
        }
    }

    /**
     * The 总计 column's rows counted directly, without the applicant/outcome breakdown (one count each in
     * SQL). A record the breakdown misses (no applicant type, an outcome without a row) shows up as a
     * difference. {@code null}: not counted.
     */
    public record ApplicationControls(Long newReceived, Long carriedOver, Long decided, Long carriedForward) {
        public static ApplicationControls none() {
            return new ApplicationControls(null, null, null, null);
        }
    }

    /** Applications received through one channel (当面, 网上, 信函 …), for the legacy text. */
    public record ChannelCount(String code, String nameZh, long count) {
    }
}
