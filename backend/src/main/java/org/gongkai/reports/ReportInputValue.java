package org.gongkai.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One entered figure of a {@link ReportInputSet}; never updated in place (a new value is a new row). */
@Entity
@Table(name = "report_input_value")
public class ReportInputValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "set_id", nullable = false)
    public Long setId;

    @Enumerated(EnumType.STRING)
    @Column(name = "input_key", nullable = false, length = 40)
    public ReportInputKey key;

    @Column(nullable = false, precision = 18, scale = 4)
    public BigDecimal amount;

    @Column(name = "entered_by", nullable = false, length = 50)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
}
