package org.gongkai.items;

import org.gongkai.common.security.CurrentUser;

/** Who is recorded as acting: the signed-in user, or "system" outside a request (demo data, start-up jobs). */
final class Actor {

    private Actor() {
    }

    static String of(CurrentUser user) {
        try {
            return user.isAnonymous() ? "system" : user.username();
        } catch (RuntimeException outsideRequest) {
            return "system";
        }
    }
}
