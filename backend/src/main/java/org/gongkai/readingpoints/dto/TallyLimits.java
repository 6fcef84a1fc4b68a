package org.gongkai.readingpoints.dto;

/** Upper bounds of one day's tally: far above the busiest counter, low enough to catch a typo or a shifted column. */
public final class TallyLimits {
    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_ITEMS = 1_000_000;

    private TallyLimits() {
    }
}
