package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One narrative paragraph entered for a {@link ReportInputSet}; a changed text is a new row. */
@Entity
@Table(name = "report_narrative")
public class ReportNarrative {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public NarrativeSlot slot;

    @Column(nullable = false, columnDefinition = "varchar")
    public String text;

    @Column(name = "entered_by", nullable = false, length = 50)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
}
