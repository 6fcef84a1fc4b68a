package org.gongkai.common.security;

/** Staff roles. Names are used as JWT groups and in @RolesAllowed (see {@link Roles}). */
public enum Role {
    ADMIN, EDITOR, REVIEWER, CASEWORKER, CLERK
}
