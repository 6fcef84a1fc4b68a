package org.gongkai.activities;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A press conference or other release event. */
@Entity
@Table(name = "press_conference")
@AttributeOverride(name = "date", column = @Column(name = "held_on", nullable = false))
public class PressConference extends ActivityRecord {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(length = 2000)
    public String topics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public PressChannel channel;

    @Column(length = 1000)
    public String note;
}
