package org.gongkai.applications;

import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory received date (2019 Regulation Art.31), which starts the clock.
 * <ul>
 *   <li>Portal: the online form is the agency's own channel, so "both sides confirm" on submission — on the
 *   day itself when it is a working day and the office is still open, otherwise on the next working day. If
 *   the calendar lacks the year, the day of submission is used (the earlier date, never to the applicant's
 *   disadvantage) and the reason is recorded.</li>
 *   <li>Staff registration: the clerk enters the received date for the channel; it may not lie in the future
 *   or before the applicant handed in or sent the application, and in person it is the day of submission.</li>
 * </ul>
 */
public final class ReceivedDateRule {

    private ReceivedDateRule() {
    }

    public record Received(LocalDate receivedOn, Text explanation) {
    }

    public static Received forPortal(WorkingDayCalendar calendar, LocalDateTime submittedAt, LocalTime officeCloses) {
        LocalDate day = submittedAt.toLocalDate();
        try {
            if (calendar.isWorkingDay(day) && submittedAt.toLocalTime().isBefore(officeCloses)) {
                return new Received(day, Text.of("工作日" + officeCloses + "前提交，以提交当日为收到申请之日。",
                        "Submitted on a working day before " + officeCloses + ": received the same day."));
            }
            LocalDate next = calendar.addWorkingDays(day, 1).result();
            return new Received(next, Text.of("非工作日或" + officeCloses + "以后提交，以下一个工作日" + next + "为收到申请之日。",
                    "Submitted outside working days or after " + officeCloses + ": received on the next working day, "
                            + next + "."));
        } catch (CalendarDataMissingException e) {
            return new Received(day, Text.of(e.year() + "年节假日安排尚未录入，暂以提交当日为收到申请之日。",
                    "The " + e.year() + " holiday calendar is missing; the day of submission is used as the received date."));
        }
    }

    /** Violations of the channel rule for a date entered by staff (empty when fine). */
    public static List<ApiException.Violation> validate(Channel channel, LocalDate submittedOn, LocalDate receivedOn,
                                                        LocalDate today) {
        List<ApiException.Violation> v = new ArrayList<>();
        if (receivedOn == null) {
            v.add(ApiException.Violation.of("receivedOn", "请填写收到申请之日。", "The received date is required."));
            return v;
        }
        if (channel == Channel.ONLINE) {
            v.add(ApiException.Violation.of("channel", "网上申请由申请人在门户提交，工作人员登记请选择实际收到的渠道。",
                    "Online applications come through the portal; choose the channel it actually arrived by."));
        }
        if (receivedOn.isAfter(today)) {
            v.add(ApiException.Violation.of("receivedOn", "收到申请之日不能晚于今天。", "The received date cannot be in the future."));
        }
        if (receivedOn.isBefore(Regime.FIRST_DAY_2007)) {
            v.add(ApiException.Violation.of("receivedOn", "收到申请之日不能早于2008年5月1日（《条例》施行之日）。",
                    "The received date cannot be before 1 May 2008, when the Regulation took effect."));
        }
        if (submittedOn != null) {
            if (submittedOn.isAfter(today)) {
                v.add(ApiException.Violation.of("submittedOn", "提交日期不能晚于今天。", "The submission date cannot be in the future."));
            }
            if (channel == Channel.IN_PERSON && !submittedOn.equals(receivedOn)) {
                v.add(ApiException.Violation.of("receivedOn", "当面提交的，收到申请之日即为提交之日。",
                        "In person, the received date is the day of submission."));
            } else if (receivedOn.isBefore(submittedOn)) {
                v.add(ApiException.Violation.of("receivedOn", "收到申请之日不能早于申请人寄出或发送之日。",
                        "The received date cannot be before the applicant sent the application."));
            }
        }
        return v;
    }
}
