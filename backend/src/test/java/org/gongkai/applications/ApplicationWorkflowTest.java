package org.gongkai.applications;

import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.applications.ApplicationAction.*;
import static org.gongkai.applications.ApplicationStatus.*;

/** The transition table and the date rules on top of it. */
class ApplicationWorkflowTest {

    private static ApplicationRules.Facts facts(ApplicationStatus status, String received, boolean clarified,
                                                String replyBy, boolean extended, boolean fee, String payBy, String due) {
        return new ApplicationRules.Facts(status, Regime.forReceivedDate(LocalDate.parse(received)), LocalDate.parse(received),
                clarified, replyBy == null ? null : LocalDate.parse(replyBy), extended, fee,
                payBy == null ? null : LocalDate.parse(payBy), due == null ? null : LocalDate.parse(due));
    }

    @Test
    void theTableLeadsWhereTheLawSays() {
        assertThat(ApplicationWorkflow.next(RECEIVED, REQUEST_CLARIFICATION)).contains(CLARIFICATION_REQUESTED);
        assertThat(ApplicationWorkflow.next(CLARIFICATION_REQUESTED, RECEIVE_CLARIFICATION)).contains(RECEIVED);
        assertThat(ApplicationWorkflow.next(CLARIFICATION_REQUESTED, LAPSE_CLARIFICATION)).contains(DECIDED);
        assertThat(ApplicationWorkflow.next(IN_CONSULTATION, END_CONSULTATION)).contains(RECEIVED);
        assertThat(ApplicationWorkflow.next(AWAITING_FEE, RECORD_PAYMENT)).contains(RECEIVED);
        assertThat(ApplicationWorkflow.next(AWAITING_FEE, LAPSE_FEE)).contains(DECIDED);
        assertThat(ApplicationWorkflow.next(RECEIVED, DECIDE)).contains(DECIDED);
        assertThat(ApplicationWorkflow.next(DECIDED, DELIVER)).contains(DELIVERED);
        assertThat(ApplicationWorkflow.next(DELIVERED, CLOSE)).contains(CLOSED);
        assertThat(ApplicationWorkflow.next(WITHDRAWN, CLOSE)).contains(CLOSED);
    }

    @Test
    void illegalMovesAreNotInTheTable() {
        assertThat(ApplicationWorkflow.next(IN_CONSULTATION, DECIDE)).isEmpty();
        assertThat(ApplicationWorkflow.next(CLARIFICATION_REQUESTED, DECIDE)).isEmpty();
        assertThat(ApplicationWorkflow.next(DECIDED, WITHDRAW)).isEmpty();
        assertThat(ApplicationWorkflow.next(DELIVERED, DELIVER)).isEmpty();
        assertThat(ApplicationWorkflow.actionsFrom(CLOSED)).isEmpty();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertThat(ApplicationWorkflow.next(s, WITHDRAW).isPresent()).as(s.name()).isEqualTo(s.isOpen());
        }
    }

    @Test
    void lapsesAndWithdrawalConcludeWithTheirRows() {
        assertThat(ApplicationWorkflow.impliedOutcome(LAPSE_CLARIFICATION)).contains(OutcomeCode.OTHER_NO_CORRECTION);
        assertThat(ApplicationWorkflow.impliedOutcome(LAPSE_FEE)).contains(OutcomeCode.OTHER_FEE_UNPAID);
        assertThat(ApplicationWorkflow.impliedOutcome(WITHDRAW)).contains(OutcomeCode.OTHER_OTHER);
        assertThat(ApplicationWorkflow.impliedOutcome(DECIDE)).isEmpty();
    }

    @Test
    void clarificationOnceAndWithinSevenWorkingDays() {
        // Received 2024-09-27: 7 working days end on Saturday 10-12 (a make-up day).
        var f = facts(RECEIVED, "2024-09-27", false, null, false, false, null, "2024-10-30");
        assertThat(ApplicationRules.require(REQUEST_CLARIFICATION, f, RealCalendar.CALENDAR, LocalDate.parse("2024-10-12")))
                .isEqualTo(CLARIFICATION_REQUESTED);
        assertThatThrownBy(() -> ApplicationRules.require(REQUEST_CLARIFICATION, f, RealCalendar.CALENDAR,
                LocalDate.parse("2024-10-14")))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("CLARIFICATION_TOO_LATE");
        var again = facts(RECEIVED, "2024-09-27", true, "2024-10-20", false, false, null, "2024-11-05");
        assertThatThrownBy(() -> ApplicationRules.require(REQUEST_CLARIFICATION, again, RealCalendar.CALENDAR,
                LocalDate.parse("2024-10-25")))
                .isInstanceOf(ApiException.class).extracting("code").isEqualTo("CLARIFICATION_ALREADY_REQUESTED");
    }

    @Test
    void lapsesOnlyAfterThePeriodRanOut() {
        var f = facts(CLARIFICATION_REQUESTED, "2024-09-27", true, "2024-10-20", false, false, null, null);
        assertThatThrownBy(() -> ApplicationRules.require(LAPSE_CLARIFICATION, f, RealCalendar.CALENDAR,
                LocalDate.parse("2024-10-20"))).extracting("code").isEqualTo("CLARIFICATION_PERIOD_RUNNING");
        assertThat(ApplicationRules.require(LAPSE_CLARIFICATION, f, RealCalendar.CALENDAR, LocalDate.parse("2024-10-21")))
                .isEqualTo(DECIDED);
        var fee = facts(AWAITING_FEE, "2024-09-27", false, null, false, true, "2024-11-20", null);
        assertThat(ApplicationRules.allowed(fee, RealCalendar.CALENDAR, LocalDate.parse("2024-11-20")))
                .containsExactlyInAnyOrder(RECORD_PAYMENT, WAIVE_FEE, EXTEND, WITHDRAW);
        assertThat(ApplicationRules.allowed(fee, RealCalendar.CALENDAR, LocalDate.parse("2024-11-21"))).contains(LAPSE_FEE);
    }

    @Test
    void oneExtensionBeforeTheDeadline() {
        var f = facts(RECEIVED, "2024-09-27", false, null, false, false, null, "2024-10-30");
        assertThat(ApplicationRules.allowed(f, RealCalendar.CALENDAR, LocalDate.parse("2024-10-30"))).contains(EXTEND);
        assertThat(ApplicationRules.allowed(f, RealCalendar.CALENDAR, LocalDate.parse("2024-10-31"))).doesNotContain(EXTEND);
        var extended = facts(RECEIVED, "2024-09-27", false, null, true, false, null, "2024-11-27");
        assertThatThrownBy(() -> ApplicationRules.require(EXTEND, extended, RealCalendar.CALENDAR, LocalDate.parse("2024-10-20")))
                .extracting("code").isEqualTo("ALREADY_EXTENDED");
    }

    @Test
    void feeNoticesOnlyUnderThe2021Rules() {
        var old = facts(RECEIVED, "2012-03-01", false, null, false, false, null, "2012-03-22");
        assertThatThrownBy(() -> ApplicationRules.require(ISSUE_FEE_NOTICE, old, RealCalendar.CALENDAR, LocalDate.parse("2012-03-05")))
                .extracting("code").isEqualTo("FEE_NOT_APPLICABLE");
        var early2019 = facts(RECEIVED, "2020-06-01", false, null, false, false, null, "2020-06-29");
        assertThat(ApplicationRules.allowed(early2019, RealCalendar.CALENDAR, LocalDate.parse("2020-06-05")))
                .doesNotContain(ISSUE_FEE_NOTICE);
        var current = facts(RECEIVED, "2024-09-27", false, null, false, false, null, "2024-10-30");
        assertThat(ApplicationRules.allowed(current, RealCalendar.CALENDAR, LocalDate.parse("2024-10-08")))
                .contains(ISSUE_FEE_NOTICE, DECIDE, START_CONSULTATION, REQUEST_CLARIFICATION, EXTEND, WITHDRAW);
    }

    @Test
    void anIllegalMoveIsAConflictNamingBothStateAndAction() {
        var f = facts(IN_CONSULTATION, "2024-09-27", false, null, false, false, null, null);
        assertThatThrownBy(() -> ApplicationRules.require(DECIDE, f, RealCalendar.CALENDAR, LocalDate.parse("2024-10-08")))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    ApiException api = (ApiException) e;
                    assertThat(api.status()).isEqualTo(409);
                    assertThat(api.code()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(api.detail().zh()).contains("征求意见中").contains("作出答复");
                });
    }
}
