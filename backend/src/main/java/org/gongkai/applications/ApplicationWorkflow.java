package org.gongkai.applications;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.gongkai.applications.ApplicationAction.*;
import static org.gongkai.applications.ApplicationStatus.*;

/**
 * The life cycle as an explicit transition table: which action is possible in which status, and where it
 * leads. Anything not in the table is an illegal move (409). Date- and history-dependent conditions (one
 * clarification, one extension, lapses only after the period) are in {@link ApplicationRules}.
 */
public final class ApplicationWorkflow {

    private static final Map<ApplicationStatus, Map<ApplicationAction, ApplicationStatus>> TABLE =
            new EnumMap<>(ApplicationStatus.class);

    static {
        allow(RECEIVED, REQUEST_CLARIFICATION, CLARIFICATION_REQUESTED);
        allow(RECEIVED, START_CONSULTATION, IN_CONSULTATION);
        allow(RECEIVED, EXTEND, RECEIVED);
        allow(RECEIVED, ISSUE_FEE_NOTICE, AWAITING_FEE);
        allow(RECEIVED, DECIDE, DECIDED);
        allow(RECEIVED, WITHDRAW, WITHDRAWN);

        allow(CLARIFICATION_REQUESTED, RECEIVE_CLARIFICATION, RECEIVED);
        allow(CLARIFICATION_REQUESTED, LAPSE_CLARIFICATION, DECIDED);
        allow(CLARIFICATION_REQUESTED, WITHDRAW, WITHDRAWN);

        allow(IN_CONSULTATION, END_CONSULTATION, RECEIVED);
        allow(IN_CONSULTATION, EXTEND, IN_CONSULTATION);
        allow(IN_CONSULTATION, WITHDRAW, WITHDRAWN);

        allow(AWAITING_FEE, RECORD_PAYMENT, RECEIVED);
        allow(AWAITING_FEE, WAIVE_FEE, RECEIVED);
        allow(AWAITING_FEE, LAPSE_FEE, DECIDED);
        allow(AWAITING_FEE, EXTEND, AWAITING_FEE);
        allow(AWAITING_FEE, WITHDRAW, WITHDRAWN);

        allow(DECIDED, DELIVER, DELIVERED);
        allow(DECIDED, CLOSE, CLOSED);
        allow(DELIVERED, CLOSE, CLOSED);
        allow(WITHDRAWN, CLOSE, CLOSED);
    }

    private ApplicationWorkflow() {
    }

    private static void allow(ApplicationStatus from, ApplicationAction action, ApplicationStatus to) {
        TABLE.computeIfAbsent(from, k -> new EnumMap<>(ApplicationAction.class)).put(action, to);
    }

    /** The status {@code action} leads to from {@code from}, or empty when the move is illegal. */
    public static Optional<ApplicationStatus> next(ApplicationStatus from, ApplicationAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    public static Set<ApplicationAction> actionsFrom(ApplicationStatus from) {
        return Collections.unmodifiableSet(TABLE.getOrDefault(from, Map.of()).keySet());
    }

    /** The outcome a move concludes with, when it concludes the application without a decision. */
    public static Optional<OutcomeCode> impliedOutcome(ApplicationAction action) {
        return switch (action) {
            case LAPSE_CLARIFICATION -> Optional.of(OutcomeCode.OTHER_NO_CORRECTION);
            case LAPSE_FEE -> Optional.of(OutcomeCode.OTHER_FEE_UNPAID);
            case WITHDRAW -> Optional.of(OutcomeCode.OTHER_OTHER);
            default -> Optional.empty();
        };
    }
}
