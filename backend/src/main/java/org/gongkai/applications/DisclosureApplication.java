package org.gongkai.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application for disclosure (依申请公开申请). Its status moves only along {@link ApplicationWorkflow}; the
 * due date is derived from its events by {@link DeadlineCalculator} and stored here for the queue's filters.
 * Named so as not to clash with {@code jakarta.ws.rs.core.Application}.
 */
@Entity
@Table(name = "disclosure_application")
public class DisclosureApplication extends BaseEntity {

    @Column(name = "tracking_number", nullable = false, length = 20, unique = true)
    public String trackingNumber;

    /** Salted SHA-256 of the query code; the code itself is shown once and never stored. */
    @Column(name = "query_code_hash", nullable = false, length = 120)
    public String queryCodeHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Regime regime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "received_note", length = 300)
    public String receivedNote;

    @Column(name = "registered_by", length = 50)
    public String registeredBy;

    @Column(nullable = false)
    public boolean imported;

    /** The number an imported record had in the register it came from. */
    @Column(name = "source_reference", length = 60)
    public String sourceReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    public ApplicantType applicantType;

    @Column(name = "applicant_name", nullable = false, length = 100)
    public String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 30)
    public IdType idType;

    @Column(name = "id_number", length = 40)
    public String idNumber;

    @Column(name = "credit_code", length = 18)
    public String creditCode;

    /** Hash of the identifying number: groups one applicant's applications (按件 fees, repeat detection). */
    @Column(name = "applicant_key", length = 64)
    public String applicantKey;

    @Column(name = "contact_person", length = 50)
    public String contactPerson;

    @Column(length = 30)
    public String phone;

    @Column(length = 100)
    public String email;

    @Column(name = "postal_address", length = 300)
    public String postalAddress;

    @Column(name = "postal_code", length = 6)
    public String postalCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "document_numbers", length = 500)
    public String documentNumbers;

    @Enumerated(EnumType.STRING)
    @Column(name = "provision_form", nullable = false, length = 20)
    public ProvisionForm provisionForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtain_method", nullable = false, length = 20)
    public ObtainMethod obtainMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state", nullable = false, length = 30)
    public ClockState clockState;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_unknown_year")
    public Integer dueUnknownYear;

    @Column(nullable = false)
    public boolean overdue;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public OutcomeCode outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "legacy_outcome", length = 40)
    public LegacyOutcome legacyOutcome;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "answered_late", nullable = false)
    public boolean answeredLate;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "legal_basis", length = 500)
    public String legalBasis;

    /** JSON array of {part, ground, reason} for a partial disclosure. */
    @Column(name = "withheld_parts")
    public String withheldParts;

    @Column(name = "referral_agency", length = 200)
    public String referralAgency;

    @Column(name = "delivered_on")
    public LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", length = 20)
    public ObtainMethod deliveryMethod;

    @Column(name = "delivery_note", length = 300)
    public String deliveryNote;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "archive_reference", length = 100)
    public String archiveReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method", length = 20)
    public FeeMethod feeMethod;

    @Column(name = "fee_units")
    public Integer feeUnits;

    @Column(name = "fee_amount", precision = 12, scale = 2)
    public BigDecimal feeAmount;

    @Column(name = "fee_notice_on")
    public LocalDate feeNoticeOn;

    @Column(name = "fee_pay_by")
    public LocalDate feePayBy;

    @Column(name = "fee_paid_on")
    public LocalDate feePaidOn;

    @Column(name = "fee_receipt_number", length = 60)
    public String feeReceiptNumber;

    @Column(name = "fee_waived_on")
    public LocalDate feeWaivedOn;

    @Column(name = "fee_waived_amount", precision = 12, scale = 2)
    public BigDecimal feeWaivedAmount;

    @Column(name = "fee_waiver_reason", length = 300)
    public String feeWaiverReason;

    @Column(name = "legacy_fee_on")
    public LocalDate legacyFeeOn;

    @Column(name = "legacy_retrieval_fee", precision = 12, scale = 2)
    public BigDecimal legacyRetrievalFee;

    @Column(name = "legacy_copy_fee", precision = 12, scale = 2)
    public BigDecimal legacyCopyFee;

    @Column(name = "legacy_postage_fee", precision = 12, scale = 2)
    public BigDecimal legacyPostageFee;

    @Column(name = "legacy_fee_waived", precision = 12, scale = 2)
    public BigDecimal legacyFeeWaived;

    @Column(name = "legacy_waiver_reason", length = 300)
    public String legacyWaiverReason;

    /** The clock as stored: {@link Deadline.State} plus STOPPED once the application is concluded. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ApplicationClockState")
    public enum ClockState { RUNNING, PAUSED, AWAITING_CLARIFICATION, UNKNOWN, STOPPED }

    public boolean isOpen() {
        return status.isOpen();
    }
}
