package org.gongkai.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step in an application's life: what happened, on which (legal) date, recorded when and by whom. Never
 * changed; the deadline and the statistics are derived from these rows.
 */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ApplicationEventType type;

    /** The date the event counts on (the notice's date, the day the answer arrived…), entered by staff. */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false, length = 50)
    public String actor;

    @Column(name = "actor_account_id")
    public Long actorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30)
    public ApplicationStatus toStatus;

    /** A period's end the event sets: reply-by of a clarification, pay-by of a fee, answer-by of a consultation. */
    @Column(name = "until_date")
    public LocalDate untilDate;

    /** Working days of an extension. */
    @Column(name = "working_days")
    public Integer workingDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", length = 20)
    public ConsultedPartyKind partyKind;

    @Column(length = 200)
    public String party;

    /** JSON object with the event's other particulars (reason, items, answer, note…). */
    @Column
    public String details;
}
