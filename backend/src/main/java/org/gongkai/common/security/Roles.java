package org.gongkai.common.security;

/** Role names as compile-time constants for @RolesAllowed. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String CLERK = "CLERK";

    private Roles() {
    }
}
