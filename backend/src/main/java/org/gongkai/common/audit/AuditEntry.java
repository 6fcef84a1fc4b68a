package org.gongkai.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One row of the append-only audit log: who changed what, when, and which fields. Never updated. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 50)
    public String actor;

    @Column(name = "actor_account_id")
    public Long actorAccountId;

    @Column(name = "entity_type", nullable = false, length = 50)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    public String entityId;

    @Column(nullable = false, length = 50)
    public String action;

    @Column(name = "agency_id")
    public Long agencyId;

    /** JSON object: field → {"from": …, "to": …}, or field → value for created records. */
    @Column(nullable = false)
    public String changes;

    @Column(name = "client_address", length = 64)
    public String clientAddress;
}
