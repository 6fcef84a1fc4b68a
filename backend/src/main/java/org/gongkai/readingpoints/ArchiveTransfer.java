package org.gongkai.readingpoints;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Proactively disclosed information sent to an archive or library (Art.25): when, what (catalogue item ids
 * and/or a description of the sets), to whom, received by whom.
 */
@Entity
@Table(name = "archive_transfer")
public class ArchiveTransfer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(name = "transfer_date", nullable = false)
    public LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receiving_point_id")
    public ReadingPoint receivingPoint;

    @Column(name = "receiving_institution", length = 200)
    public String receivingInstitution;

    @Column(name = "sets_description", length = 2000)
    public String setsDescription;

    /** Pieces of information sent: the listed items plus those inside the described sets. */
    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "received_by", nullable = false, length = 100)
    public String receivedBy;

    @Column(length = 1000)
    public String note;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "archive_transfer_item", joinColumns = @JoinColumn(name = "transfer_id"))
    @Column(name = "item_id", nullable = false)
    public Set<Long> itemIds = new LinkedHashSet<>();
}
