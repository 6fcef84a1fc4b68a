package org.gongkai.readingpoints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

import java.time.LocalDate;

/**
 * A day's count at a busy counter: people received and items consulted that were not logged as single
 * visits. At most one per point and day; the day's figure is this tally plus the day's single visits.
 */
@Entity
@Table(name = "reading_point_tally")
public class ReadingPointTally extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_point_id", nullable = false)
    public ReadingPoint point;

    @Column(name = "tally_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public int people;

    @Column(name = "items_consulted", nullable = false)
    public int itemsConsulted;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    public String recordedBy;

    /** The import that created or last replaced this tally; null when typed in. */
    @Column(name = "import_id")
    public Long importId;
}
