package org.gongkai.items;

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

/** One move in an item's life cycle: who, when, from which state to which, and why. Never changed. */
@Entity
@Immutable
@Table(name = "item_event")
public class ItemEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 50)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ItemAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public ItemStatus toStatus;

    @Column(length = 1000)
    public String reason;

    /** A move happening now. */
    public static ItemEvent of(Long itemId, String actor, ItemAction action, ItemStatus from, ItemStatus to, String reason) {
        ItemEvent e = new ItemEvent();
        e.itemId = itemId;
        e.occurredAt = Instant.now();
        e.actor = actor;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.reason = reason;
        return e;
    }
}
