package org.gongkai.common.demo;

/**
 * One feature's demonstration data. Seeders run in {@link #order()} at start-up in the demo profile, each
 * in its own transaction, and must be idempotent: a restart loads nothing twice.
 */
public interface DemoSeeder {

    /** Lower runs first: agencies and accounts 10, items 20, applications 30, reading points 40, reports 50. */
    int order();

    /** Short name for the log. */
    String name();

    void seed();
}
