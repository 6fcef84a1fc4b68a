package org.gongkai.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gongkai.common.error.ApiException;

import java.util.Optional;

/**
 * The agency rule of the staff console: an account acts on its own agency's records unless it is
 * district-wide. Services call {@link #requireCanActOn} before any write or staff read of one record, and
 * {@link #restriction} to narrow staff lists.
 */
@RequestScoped
public class AgencyScope {

    @Inject
    CurrentUser user;

    /** Empty: no restriction (district-wide); otherwise the only agency this caller may see and change. */
    public Optional<Long> restriction() {
        if (user.districtWide()) {
            return Optional.empty();
        }
        return Optional.of(user.agencyId().orElse(-1L));
    }

    public boolean canActOn(Long agencyId) {
        return user.districtWide() || (agencyId != null && user.agencyId().map(agencyId::equals).orElse(false));
    }

    public void requireCanActOn(Long agencyId) {
        if (!canActOn(agencyId)) {
            throw ApiException.forbidden("AGENCY_SCOPE", "您只能处理本机关的记录。",
                    "You may only act on your own agency's records.");
        }
    }
}
