package org.gongkai.readingpoints;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** One visit logged as it happens: who came (how many), what they asked, what they consulted. */
@Entity
@Table(name = "reading_point_visit")
public class ReadingPointVisit extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_point_id", nullable = false)
    public ReadingPoint point;

    @Column(name = "visit_date", nullable = false)
    public LocalDate date;

    @Column(name = "visit_time")
    public LocalTime time;

    @Column(nullable = false)
    public int people;

    @Column(name = "items_consulted", nullable = false)
    public int itemsConsulted;

    @Column(name = "request_summary", length = 500)
    public String requestSummary;

    @Column(name = "became_application", nullable = false)
    public boolean becameApplication;

    @Column(name = "application_reference", length = 50)
    public String applicationReference;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    public String recordedBy;

    /** Ids of catalogue items consulted (plain ids: the catalogue belongs to another feature). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "reading_point_visit_item", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "item_id", nullable = false)
    public Set<Long> itemIds = new LinkedHashSet<>();
}
