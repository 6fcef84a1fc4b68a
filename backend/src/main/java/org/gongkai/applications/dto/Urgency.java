package org.gongkai.applications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The queue's colour: how close an open application is to its deadline. */
@Schema(name = "Urgency")
public enum Urgency {
    /** The due date has passed. */
    OVERDUE,
    /** Five working days or fewer are left. */
    DUE_SOON,
    ON_TRACK,
    PAUSED,
    AWAITING_CLARIFICATION,
    /** No due date: the calendar lacks a year. */
    UNKNOWN,
    CONCLUDED;

    public static final int DUE_SOON_WORKING_DAYS = 5;
}
