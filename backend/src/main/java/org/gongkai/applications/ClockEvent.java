package org.gongkai.applications;

import java.time.LocalDate;

/**
 * One event as the deadline sees it: received (implicit), clarification sent or answered, a pause beginning
 * or ending, an extension, the conclusion. Built from the stored events; plain data for
 * {@link DeadlineCalculator}.
 */
public record ClockEvent(Kind kind, LocalDate on, PauseKind pause, int workingDays) {

    public enum Kind { CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, PAUSE_STARTED, PAUSE_ENDED, EXTENDED, CONCLUDED }

    /** Why the clock stopped running for a while. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeadlinePauseKind")
    public enum PauseKind {
        THIRD_PARTY_CONSULTATION("征求第三方意见", "third-party consultation"),
        AGENCY_CONSULTATION("征求其他机关意见", "consultation of another agency"),
        FEE("收费通知至缴费（或减免）", "fee notice until payment or waiver");

        private final String zh;
        private final String en;

        PauseKind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        public static PauseKind of(ConsultedPartyKind kind) {
            return kind == ConsultedPartyKind.THIRD_PARTY ? THIRD_PARTY_CONSULTATION : AGENCY_CONSULTATION;
        }
    }

    public static ClockEvent clarificationRequested(LocalDate on) {
        return new ClockEvent(Kind.CLARIFICATION_REQUESTED, on, null, 0);
    }

    public static ClockEvent clarificationReceived(LocalDate on) {
        return new ClockEvent(Kind.CLARIFICATION_RECEIVED, on, null, 0);
    }

    public static ClockEvent pauseStarted(PauseKind kind, LocalDate on) {
        return new ClockEvent(Kind.PAUSE_STARTED, on, kind, 0);
    }

    public static ClockEvent pauseEnded(PauseKind kind, LocalDate on) {
        return new ClockEvent(Kind.PAUSE_ENDED, on, kind, 0);
    }

    public static ClockEvent extended(LocalDate on, int workingDays) {
        return new ClockEvent(Kind.EXTENDED, on, null, workingDays);
    }

    public static ClockEvent concluded(LocalDate on) {
        return new ClockEvent(Kind.CONCLUDED, on, null, 0);
    }
}
