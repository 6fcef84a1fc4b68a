package org.gongkai.applications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** Settings of the applications feature (prefix {@code gongkai.applications}; documented in application.properties). */
@ConfigMapping(prefix = "gongkai.applications")
public interface ApplicationsConfig {

    /** Portal submissions on a working day before this time are received that day, later ones the next working day. */
    @WithDefault("17:30")
    LocalTime officeClosesAt();

    /** Anonymous submissions allowed per client address within {@link #throttleWindow()}. */
    @WithDefault("5")
    int submissionsPerWindow();

    /** Tracking look-ups allowed per client address within {@link #throttleWindow()}. */
    @WithDefault("20")
    int lookupsPerWindow();

    @WithDefault("PT10M")
    Duration throttleWindow();
}
