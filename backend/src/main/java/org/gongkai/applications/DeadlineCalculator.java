package org.gongkai.applications;

import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the reply deadline from the received date and the events, on the official working-day calendar:
 * <ul>
 *   <li>the period is the regime's (15 or 20 working days), counted from the day after receipt;</li>
 *   <li>a clarification (补正) <b>restarts</b> the count from the day the corrected application arrives, and
 *   while the notice is out there is no due date;</li>
 *   <li>a consultation (征求意见) and the fee period (收费通知至缴费) <b>pause</b> it: the working days after the
 *   pause began up to and including the day it ended do not count (the 2007 Regulation paused only for
 *   third parties);</li>
 *   <li>an extension adds its working days.</li>
 * </ul>
 * Plain Java, so the statutory arithmetic is unit-tested on the real calendars without a container.
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    public static Deadline compute(WorkingDayCalendar calendar, LocalDate receivedOn, List<ClockEvent> events) {
        Regime regime = Regime.forReceivedDate(receivedOn);
        History h = History.of(regime, receivedOn, events);
        List<Text> steps = new ArrayList<>();
        steps.add(Text.of("收到申请之日：" + receivedOn + "。适用" + regime.zh() + "，答复期限为" + regime.replyWorkingDays()
                        + "个工作日，收到申请之日不计入。",
                "Received " + receivedOn + ". Under the " + regime.en() + " the reply is due within "
                        + regime.replyWorkingDays() + " working days; the day of receipt is not counted."));
        if (h.clarificationSentOn != null) {
            steps.add(h.restartedOn != null
                    ? Text.of(h.clarificationSentOn + "发出补正通知；" + h.restartedOn + "收到补正后的申请，期限自该日起重新计算。",
                    "Clarification requested on " + h.clarificationSentOn + "; the corrected application arrived on "
                            + h.restartedOn + ", so the count restarted from that day.")
                    : Text.of(h.clarificationSentOn + "发出补正通知，正在等待申请人补正；收到补正后的申请之日起重新计算期限。",
                    "Clarification requested on " + h.clarificationSentOn + "; waiting for the applicant. The count "
                            + "restarts on the day the corrected application arrives."));
        }
        if (h.extension > 0) {
            steps.add(Text.of(h.extendedOn + "经批准延长答复期限" + h.extension + "个工作日。",
                    "Extended by " + h.extension + " working days on " + h.extendedOn + " (approved)."));
        }
        Builder b = new Builder(regime, receivedOn, h, steps);
        if (h.awaitingClarification) {
            return b.build(Deadline.State.AWAITING_CLARIFICATION, null, null, null);
        }
        try {
            return walk(calendar, b);
        } catch (CalendarDataMissingException e) {
            steps.add(Text.of(e.year() + "年的节假日安排尚未录入，无法计算答复期限。请管理员在“节假日日历”中添加" + e.year() + "年。",
                    "The " + e.year() + " holiday calendar has not been loaded, so the deadline cannot be computed. "
                            + "An administrator must add " + e.year() + " under Holiday calendar."));
            return b.build(Deadline.State.UNKNOWN, null, null, e.year());
        }
    }

    private static Deadline walk(WorkingDayCalendar calendar, Builder b) {
        History h = b.history;
        int allowed = b.regime.replyWorkingDays() + h.extension;
        int remaining = allowed;
        LocalDate cursor = h.clockStart;
        for (Deadline.Pause p : h.pauses) {
            if (!p.counted()) {
                b.pauses.add(p);
                b.steps.add(Text.of(p.from() + (p.to() == null ? "起" : "至" + p.to()) + p.kind().zh()
                                + "：2007年条例只扣除征求第三方意见的时间，此期间照常计算。",
                        p.kind().en() + " from " + p.from() + (p.to() == null ? "" : " to " + p.to())
                                + ": the 2007 Regulation excludes only third-party consultations, so these days count."));
                continue;
            }
            WorkingDayCalendar.Explanation before = calendar.workingDaysBetween(cursor, p.from());
            if (before.workingDays() >= remaining) {
                b.pauses.add(new Deadline.Pause(p.kind(), p.from(), p.to(), p.workingDays(), false));
                b.steps.add(Text.of(p.from() + "开始的" + p.kind().zh() + "晚于答复期限，不再扣除。",
                        "The " + p.kind().en() + " began on " + p.from() + ", after the due date, so it is not deducted."));
                break;
            }
            b.note(before);
            remaining -= before.workingDays();
            if (p.to() == null) {
                b.pauses.add(p);
                b.steps.addAll(b.calendarSteps());
                b.steps.add(Text.of("自" + p.from() + "起" + p.kind().zh() + "，期限暂停计算，暂停时尚余" + remaining + "个工作日。",
                        "Paused since " + p.from() + " for the " + p.kind().en() + "; " + remaining
                                + " working days were left when the clock stopped."));
                return b.build(Deadline.State.PAUSED, null, remaining, null);
            }
            int paused = calendar.workingDaysBetween(p.from(), p.to()).workingDays();
            b.pauses.add(new Deadline.Pause(p.kind(), p.from(), p.to(), paused, true));
            b.steps.add(Text.of(p.from() + "至" + p.to() + p.kind().zh() + "，期间" + paused + "个工作日不计入期限。",
                    p.kind().en() + " from " + p.from() + " to " + p.to() + ": " + paused
                            + " working days are not counted."));
            cursor = p.to();
        }
        WorkingDayCalendar.Explanation last = calendar.addWorkingDays(cursor, remaining);
        b.note(last);
        b.steps.addAll(b.calendarSteps());
        b.steps.add(Text.of("答复期限：" + last.result() + "（共" + allowed + "个工作日）。",
                "Due " + last.result() + " (" + allowed + " working days in all)."));
        return b.build(Deadline.State.RUNNING, last.result(), null, null);
    }

    /** The events reduced to what the clock needs, in order; later events than the conclusion are ignored. */
    private static final class History {
        LocalDate clockStart;
        LocalDate restartedOn;
        LocalDate clarificationSentOn;
        boolean awaitingClarification;
        int extension;
        LocalDate extendedOn;
        final List<Deadline.Pause> pauses = new ArrayList<>();

        static History of(Regime regime, LocalDate receivedOn, List<ClockEvent> events) {
            History h = new History();
            h.clockStart = receivedOn;
            Deadline.Pause open = null;
            for (ClockEvent e : events) {
                switch (e.kind()) {
                    case CLARIFICATION_REQUESTED -> {
                        h.clarificationSentOn = e.on();
                        h.awaitingClarification = true;
                    }
                    case CLARIFICATION_RECEIVED -> {
                        h.awaitingClarification = false;
                        h.clockStart = e.on();
                        h.restartedOn = e.on();
                        h.pauses.clear();
                        open = null;
                    }
                    case PAUSE_STARTED -> {
                        boolean counted = !(regime == Regime.R2007
                                && e.pause() == ClockEvent.PauseKind.AGENCY_CONSULTATION);
                        open = new Deadline.Pause(e.pause(), e.on(), null, null, counted);
                        h.pauses.add(open);
                    }
                    case PAUSE_ENDED -> {
                        if (open != null) {
                            h.pauses.set(h.pauses.size() - 1,
                                    new Deadline.Pause(open.kind(), open.from(), e.on(), null, open.counted()));
                            open = null;
                        }
                    }
                    case EXTENDED -> {
                        h.extension += e.workingDays();
                        h.extendedOn = e.on();
                    }
                    case CONCLUDED -> {
                        return h;
                    }
                }
            }
            return h;
        }
    }

    /** Collects the days skipped and counted along the way, and assembles the result. */
    private static final class Builder {
        final Regime regime;
        final LocalDate receivedOn;
        final History history;
        final List<Text> steps;
        final List<Deadline.Pause> pauses = new ArrayList<>();
        final List<WorkingDayCalendar.SkippedDay> skipped = new ArrayList<>();
        final List<WorkingDayCalendar.DayNote> makeUp = new ArrayList<>();

        Builder(Regime regime, LocalDate receivedOn, History history, List<Text> steps) {
            this.regime = regime;
            this.receivedOn = receivedOn;
            this.history = history;
            this.steps = steps;
        }

        void note(WorkingDayCalendar.Explanation e) {
            skipped.addAll(e.skipped());
            makeUp.addAll(e.makeUpWorkdays());
        }

        List<Text> calendarSteps() {
            List<Text> out = new ArrayList<>();
            Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
            int weekend = 0;
            for (WorkingDayCalendar.SkippedDay s : skipped) {
                if (s.reason() == WorkingDayCalendar.SkipReason.HOLIDAY) {
                    holidays.computeIfAbsent(s.holiday(), k -> new ArrayList<>()).add(s.date());
                } else {
                    weekend++;
                }
            }
            if (!holidays.isEmpty()) {
                StringBuilder zh = new StringBuilder("跳过的法定节假日：");
                StringBuilder en = new StringBuilder("Public holidays skipped: ");
                int i = 0;
                for (Map.Entry<String, List<LocalDate>> e : holidays.entrySet()) {
                    List<LocalDate> ds = e.getValue();
                    String range = ds.size() == 1 ? ds.get(0).toString() : ds.get(0) + "—" + ds.get(ds.size() - 1);
                    zh.append(i > 0 ? "；" : "").append(e.getKey()).append(" ").append(range)
                            .append("（").append(ds.size()).append("天）");
                    en.append(i > 0 ? "; " : "").append(e.getKey()).append(" ").append(range)
                            .append(" (").append(ds.size()).append(ds.size() == 1 ? " day)" : " days)");
                    i++;
                }
                out.add(Text.of(zh.append("。").toString(), en.append(".").toString()));
            }
            if (weekend > 0) {
                out.add(Text.of("跳过周末" + weekend + "天。", weekend + " weekend days skipped."));
            }
            if (!makeUp.isEmpty()) {
                List<String> days = makeUp.stream().map(m -> m.date() + "（" + m.holiday() + "调休）").toList();
                List<String> daysEn = makeUp.stream().map(m -> m.date() + " (" + m.holiday() + " make-up day)").toList();
                out.add(Text.of("计入的调休上班日：" + String.join("、", days) + "。",
                        "Weekend make-up working days counted: " + String.join(", ", daysEn) + "."));
            }
            return out;
        }

        Deadline build(Deadline.State state, LocalDate due, Integer leftWhenPaused, Integer missingYear) {
            return new Deadline(state, regime, receivedOn, history.clockStart, history.restartedOn,
                    regime.replyWorkingDays(), history.extension, List.copyOf(pauses), due, leftWhenPaused,
                    List.copyOf(skipped), List.copyOf(makeUp), missingYear, List.copyOf(steps));
        }
    }
}
