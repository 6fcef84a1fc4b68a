package org.gongkai.activities;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A disclosure training: how many sessions, how many participants (人次). */
@Entity
@Table(name = "training")
@AttributeOverride(name = "date", column = @Column(name = "held_on", nullable = false))
public class Training extends ActivityRecord {

    @Column(nullable = false, length = 200)
    public String topic;

    @Column(nullable = false)
    public int sessions;

    @Column(nullable = false)
    public int participants;

    @Column(length = 1000)
    public String note;
}
