package org.gongkai.applications;

import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The conditions beyond the transition table that decide whether a step is legal on a given date: one
 * clarification notice, sent within 7 working days of receipt (2019 Regulation Art.30); one extension, granted
 * before the deadline passes (Art.33); fee notices only under the 2021 fee rules and once; lapses only after
 * the applicant's period ran out.
 */
public final class ApplicationRules {

    /** Art.30: the clarification notice goes out within 7 working days of receipt. */
    public static final int CLARIFICATION_WORKING_DAYS = 7;
    /** 国办函〔2020〕109号: the applicant pays within 20 working days of the fee notice. */
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;

    private ApplicationRules() {
    }

    /** What the rules need to know about one application. */
    public record Facts(ApplicationStatus status, Regime regime, LocalDate receivedOn, boolean clarificationRequested,
                        LocalDate clarificationReplyBy, boolean extended, boolean feeNotified, LocalDate feePayBy,
                        LocalDate dueDate) {
    }

    /** The legal next steps on {@code on}, for the console's action buttons. */
    public static Set<ApplicationAction> allowed(Facts f, WorkingDayCalendar calendar, LocalDate on) {
        Set<ApplicationAction> out = EnumSet.noneOf(ApplicationAction.class);
        for (ApplicationAction a : ApplicationWorkflow.actionsFrom(f.status())) {
            if (refusal(a, f, calendar, on).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Throws the 409 that explains why {@code action} is not possible on {@code on}. */
    public static ApplicationStatus require(ApplicationAction action, Facts f, WorkingDayCalendar calendar, LocalDate on) {
        ApplicationStatus next = ApplicationWorkflow.next(f.status(), action)
                .orElseThrow(() -> illegal(f.status(), action));
        Optional<ApiException> refusal = refusal(action, f, calendar, on);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return next;
    }

    /** The 409 of a move the transition table does not have (same code as {@code Conflicts.illegalTransition}). */
    public static ApiException illegal(ApplicationStatus from, ApplicationAction action) {
        return ApiException.conflict("ILLEGAL_TRANSITION", Text.of(
                "当前状态（" + from.zh() + "）下不能执行“" + action.zh() + "”。",
                "'" + action.en() + "' is not allowed while the application is " + from.en().toLowerCase() + "."));
    }

    static Optional<ApiException> refusal(ApplicationAction action, Facts f, WorkingDayCalendar calendar, LocalDate on) {
        return switch (action) {
            case REQUEST_CLARIFICATION -> clarification(f, calendar, on);
            case LAPSE_CLARIFICATION -> f.clarificationReplyBy() != null && !on.isAfter(f.clarificationReplyBy())
                    ? Optional.of(ApiException.conflict("CLARIFICATION_PERIOD_RUNNING",
                    "补正期限（" + f.clarificationReplyBy() + "）尚未届满，不能按逾期未补正处理。",
                    "The clarification period runs until " + f.clarificationReplyBy() + "; it has not lapsed."))
                    : Optional.empty();
            case EXTEND -> extension(f, on);
            case ISSUE_FEE_NOTICE -> fee(f, on);
            case LAPSE_FEE -> f.feePayBy() != null && !on.isAfter(f.feePayBy())
                    ? Optional.of(ApiException.conflict("FEE_PERIOD_RUNNING",
                    "缴费期限（" + f.feePayBy() + "）尚未届满，不能按逾期未缴费处理。",
                    "The payment period runs until " + f.feePayBy() + "; it has not lapsed."))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<ApiException> clarification(Facts f, WorkingDayCalendar calendar, LocalDate on) {
        if (f.clarificationRequested()) {
            return Optional.of(ApiException.conflict("CLARIFICATION_ALREADY_REQUESTED",
                    "补正通知只能发出一次（《条例》第三十条）。",
                    "A clarification may be requested only once (Regulation Art.30)."));
        }
        if (f.regime() != Regime.R2019) {
            return Optional.empty();
        }
        try {
            LocalDate last = calendar.addWorkingDays(f.receivedOn(), CLARIFICATION_WORKING_DAYS).result();
            if (on.isAfter(last)) {
                return Optional.of(ApiException.conflict("CLARIFICATION_TOO_LATE",
                        "补正通知应当在收到申请之日起7个工作日内（" + last + "前）一次性发出，现已逾期。",
                        "A clarification must be requested within 7 working days of receipt (by " + last + ")."));
            }
        } catch (CalendarDataMissingException e) {
            // The period cannot be checked without the calendar; the notice must not be blocked for that.
        }
        return Optional.empty();
    }

    private static Optional<ApiException> extension(Facts f, LocalDate on) {
        if (f.extended()) {
            return Optional.of(ApiException.conflict("ALREADY_EXTENDED", "答复期限只能延长一次。",
                    "The deadline can be extended only once."));
        }
        if (f.dueDate() != null && on.isAfter(f.dueDate())) {
            return Optional.of(ApiException.conflict("EXTENSION_TOO_LATE",
                    "答复期限（" + f.dueDate() + "）已过，不能再延长。",
                    "The deadline (" + f.dueDate() + ") has passed; it can no longer be extended."));
        }
        return Optional.empty();
    }

    private static Optional<ApiException> fee(Facts f, LocalDate on) {
        if (f.feeNotified()) {
            return Optional.of(ApiException.conflict("FEE_ALREADY_NOTIFIED", "该申请已发出过收费通知。",
                    "A fee notice was already sent for this application."));
        }
        if (f.regime() != Regime.R2019 || on.isBefore(Regime.FEE_RULES_2021)) {
            return Optional.of(ApiException.conflict("FEE_NOT_APPLICABLE",
                    "信息处理费只适用于2019年《条例》下、2021年1月1日起发出的收费通知（国办函〔2020〕109号）；2007年条例时期的检索费、复制费、邮寄费请在“历史收费”中登记。",
                    "Information-processing fees apply only under the 2019 Regulation to notices from 1 January 2021 "
                            + "(国办函〔2020〕109号); record 2007-era search, copy and postage fees as legacy fees."));
        }
        return Optional.empty();
    }
}
