package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the annual report is composed from, aggregated in SQL (GROUP BY over the received and concluded
 * dates, indexed per agency). Imported historical records count exactly like live ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationStatistics {

    @Inject
    EntityManager em;

    public ApplicationYearFigures forYear(Collection<Long> agencyIds, int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        Map<ApplicantType, long[]> counts = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Map<OutcomeCode, Long>> outcomes = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            counts.put(t, new long[3]);
            outcomes.put(t, ApplicationYearFigures.zeroOutcomes());
        }
        long[] byMonth = new long[12];
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            byChannel.put(c, 0L);
        }
        Map<LegacyOutcome, Long> legacy = new EnumMap<>(LegacyOutcome.class);
        if (agencyIds == null || agencyIds.isEmpty()) {
            return figures(year, counts, outcomes, 0, byMonth, byChannel, new Object[8], legacy);
        }
        long late = 0;
        for (Object[] r : rows("""
                select applicant_type,
                  sum(case when received_on >= :jan1 then 1 else 0 end),
                  sum(case when received_on < :jan1 then 1 else 0 end),
                  sum(case when concluded_on is null or concluded_on > :dec31 then 1 else 0 end),
                  sum(case when concluded_on <= :dec31 and answered_late = true then 1 else 0 end)
                from disclosure_application
                where agency_id in (:ids) and received_on <= :dec31 and (concluded_on is null or concluded_on >= :jan1)
                group by applicant_type""", agencyIds, jan1, dec31)) {
            long[] c = counts.get(ApplicantType.valueOf((String) r[0]));
            c[0] = num(r[1]);
            c[1] = num(r[2]);
            c[2] = num(r[3]);
            late += num(r[4]);
        }
        for (Object[] r : rows("""
                select applicant_type, outcome, count(*)
                from disclosure_application
                where agency_id in (:ids) and concluded_on >= :jan1 and concluded_on <= :dec31
                group by applicant_type, outcome""", agencyIds, jan1, dec31)) {
            outcomes.get(ApplicantType.valueOf((String) r[0])).put(OutcomeCode.valueOf((String) r[1]), num(r[2]));
        }
        for (Object[] r : rows("""
                select extract(month from received_on), count(*)
                from disclosure_application
                where agency_id in (:ids) and received_on >= :jan1 and received_on <= :dec31
                group by extract(month from received_on)""", agencyIds, jan1, dec31)) {
            byMonth[(int) num(r[0]) - 1] = num(r[1]);
        }
        for (Object[] r : rows("""
                select channel, count(*)
                from disclosure_application
                where agency_id in (:ids) and received_on >= :jan1 and received_on <= :dec31
                group by channel""", agencyIds, jan1, dec31)) {
            byChannel.put(Channel.valueOf((String) r[0]), num(r[1]));
        }
        for (Object[] r : rows("""
                select outcome, legacy_outcome, count(*)
                from disclosure_application
                where agency_id in (:ids) and concluded_on >= :jan1 and concluded_on <= :dec31
                group by outcome, legacy_outcome""", agencyIds, jan1, dec31)) {
            LegacyOutcome label = r[1] != null ? LegacyOutcome.valueOf((String) r[1])
                    : LegacyOutcome.of(OutcomeCode.valueOf((String) r[0]));
            legacy.merge(label, num(r[2]), Long::sum);
        }
        Object[] fees = rows("""
                select
                  sum(case when fee_paid_on >= :jan1 and fee_paid_on <= :dec31 then fee_amount end),
                  sum(case when fee_paid_on >= :jan1 and fee_paid_on <= :dec31 then 1 else 0 end),
                  sum(case when fee_waived_on >= :jan1 and fee_waived_on <= :dec31 then fee_waived_amount end),
                  sum(case when legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31 then legacy_retrieval_fee end),
                  sum(case when legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31 then legacy_copy_fee end),
                  sum(case when legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31 then legacy_postage_fee end),
                  sum(case when legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31 then legacy_fee_waived end)
                from disclosure_application
                where agency_id in (:ids)
                  and ((fee_paid_on >= :jan1 and fee_paid_on <= :dec31) or (fee_waived_on >= :jan1 and fee_waived_on <= :dec31)
                    or (legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31))""", agencyIds, jan1, dec31).get(0);
        return figures(year, counts, outcomes, late, byMonth, byChannel, fees, legacy);
    }

    /**
     * Applications received in each month of a year, by how they have ended so far: {@code PENDING} (not
     * concluded yet) or an outcome group of table 三 ({@link OutcomeCode.Group}); labels without the （一）…（六）
     * numbering, for chart legends.
     */
    @Schema(name = "ApplicationOutcomeSeries")
    public record GroupByMonth(
            @Schema(description = "PENDING or DISCLOSED, PARTIAL, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER",
                    example = "DISCLOSED") String group,
            @Schema(example = "予以公开") String labelZh,
            @Schema(example = "Disclosed") String labelEn,
            @Schema(description = "12 values, January first") long[] byMonth) {
    }

    public static final String PENDING = "PENDING";

    /**
     * The year's applications by month received and outcome group (charts of the console dashboard and the open
     * statistics): one GROUP BY over month and outcome; every group is present, zero-filled.
     */
    public List<GroupByMonth> receivedByMonthAndGroup(Collection<Long> agencyIds, int year) {
        Map<String, long[]> series = new java.util.LinkedHashMap<>();
        series.put(PENDING, new long[12]);
        for (OutcomeCode.Group g : OutcomeCode.Group.values()) {
            series.put(g.name(), new long[12]);
        }
        if (agencyIds != null && !agencyIds.isEmpty()) {
            for (Object[] r : rows("""
                    select extract(month from received_on), outcome, count(*)
                    from disclosure_application
                    where agency_id in (:ids) and received_on >= :jan1 and received_on <= :dec31
                    group by extract(month from received_on), outcome""", agencyIds, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31))) {
                String group = r[1] == null ? PENDING : OutcomeCode.valueOf((String) r[1]).group().name();
                series.get(group)[(int) num(r[0]) - 1] += num(r[2]);
            }
        }
        return series.entrySet().stream().map(e -> {
            if (PENDING.equals(e.getKey())) {
                return new GroupByMonth(PENDING, "尚未办结", "Not concluded yet", e.getValue());
            }
            OutcomeCode.Group g = OutcomeCode.Group.valueOf(e.getKey());
            return new GroupByMonth(g.name(), g.plainZh(), g.en(), e.getValue());
        }).toList();
    }

    public AppealFigures appealsForYear(Collection<Long> agencyIds, int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        Map<AppealKind, AppealFigures.Block> blocks = new EnumMap<>(AppealKind.class);
        for (AppealKind k : AppealKind.values()) {
            blocks.put(k, AppealFigures.Block.of(0, 0, 0, 0));
        }
        if (agencyIds == null || agencyIds.isEmpty()) {
            return new AppealFigures(year, blocks);
        }
        for (Object[] r : rows("""
                select kind,
                  sum(case when closed_on <= :dec31 and result = 'UPHELD' then 1 else 0 end),
                  sum(case when closed_on <= :dec31 and result = 'CORRECTED' then 1 else 0 end),
                  sum(case when closed_on <= :dec31 and result = 'OTHER' then 1 else 0 end),
                  sum(case when closed_on is null or closed_on > :dec31 then 1 else 0 end)
                from application_appeal
                where agency_id in (:ids) and filed_on <= :dec31 and (closed_on is null or closed_on >= :jan1)
                group by kind""", agencyIds, jan1, dec31)) {
            blocks.put(AppealKind.valueOf((String) r[0]), AppealFigures.Block.of(num(r[1]), num(r[2]), num(r[3]), num(r[4])));
        }
        return new AppealFigures(year, blocks);
    }

    /**
     * The year's totals counted directly, without the applicant and outcome breakdown of {@link #forYear} and
     * {@link #appealsForYear}: the annual report's checks compare them with the sums of table 三 and 四, so a
     * record the breakdown cannot place shows up as a difference.
     *
     * @param legacyApplicationsCharged applications with 2007-era cost fees charged in the year
     * @param appeals                   cases per kind filed by 31 December and not closed before 1 January
     */
    public record YearTotals(long newReceived, long carriedOver, long concluded, long carriedForward,
                             long legacyApplicationsCharged, Map<AppealKind, Long> appeals) {
    }

    public YearTotals totalsForYear(Collection<Long> agencyIds, int year) {
        Map<AppealKind, Long> appeals = new EnumMap<>(AppealKind.class);
        for (AppealKind k : AppealKind.values()) {
            appeals.put(k, 0L);
        }
        if (agencyIds == null || agencyIds.isEmpty()) {
            return new YearTotals(0, 0, 0, 0, 0, appeals);
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        Object[] t = rows("""
                select
                  sum(case when received_on >= :jan1 then 1 else 0 end),
                  sum(case when received_on < :jan1 then 1 else 0 end),
                  sum(case when concluded_on >= :jan1 and concluded_on <= :dec31 then 1 else 0 end),
                  sum(case when concluded_on is null or concluded_on > :dec31 then 1 else 0 end)
                from disclosure_application
                where agency_id in (:ids) and received_on <= :dec31 and (concluded_on is null or concluded_on >= :jan1)""",
                agencyIds, jan1, dec31).get(0);
        Object legacy = em.createNativeQuery("""
                        select count(*) from disclosure_application
                        where agency_id in (:ids) and legacy_fee_on >= :jan1 and legacy_fee_on <= :dec31""")
                .setParameter("ids", agencyIds).setParameter("jan1", jan1).setParameter("dec31", dec31).getSingleResult();
        for (Object[] r : rows("""
                select kind, count(*) from application_appeal
                where agency_id in (:ids) and filed_on <= :dec31 and (closed_on is null or closed_on >= :jan1)
                group by kind""", agencyIds, jan1, dec31)) {
            appeals.put(AppealKind.valueOf((String) r[0]), num(r[1]));
        }
        return new YearTotals(num(t[0]), num(t[1]), num(t[2]), num(t[3]), num(legacy), appeals);
    }

    private static ApplicationYearFigures figures(int year, Map<ApplicantType, long[]> counts,
                                                  Map<ApplicantType, Map<OutcomeCode, Long>> outcomes, long late,
                                                  long[] byMonth, Map<Channel, Long> byChannel, Object[] fees,
                                                  Map<LegacyOutcome, Long> legacy) {
        Map<ApplicantType, ApplicationYearFigures.Column> columns = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            long[] c = counts.get(t);
            columns.put(t, new ApplicationYearFigures.Column(c[0], c[1], outcomes.get(t), c[2]));
        }
        return new ApplicationYearFigures(year, columns, late, byMonth, byChannel, money(fees[0]), money(fees[2]),
                fees[1] == null ? 0 : num(fees[1]), money(fees[3]), money(fees[4]), money(fees[5]), money(fees[6]), legacy);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> ids, LocalDate jan1, LocalDate dec31) {
        Query q = em.createNativeQuery(sql).setParameter("ids", ids);
        if (sql.contains(":jan1")) {
            q.setParameter("jan1", jan1);
        }
        q.setParameter("dec31", dec31);
        return q.getResultList();
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal money(Object o) {
        if (o == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
