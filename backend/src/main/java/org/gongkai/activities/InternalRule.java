package org.gongkai.activities;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An internal rule (制度) adopted for disclosure work. */
@Entity
@Table(name = "internal_rule")
@AttributeOverride(name = "date", column = @Column(name = "adopted_on", nullable = false))
public class InternalRule extends ActivityRecord {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "document_number", length = 100)
    public String documentNumber;

    @Column(length = 4000)
    public String summary;
}
