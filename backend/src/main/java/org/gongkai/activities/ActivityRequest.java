package org.gongkai.activities;

import java.time.LocalDate;

/** What every activity request carries besides its own fields. */
public interface ActivityRequest {

    Long agencyId();

    /** The record's date: held on, adopted on, effective from. */
    LocalDate activityDate();

    Long version();
}
