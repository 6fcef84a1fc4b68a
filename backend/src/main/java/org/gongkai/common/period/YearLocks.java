package org.gongkai.common.period;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guard every feature calls before changing a dated record: once an annual report is locked, the
 * figures it was computed from must not move. A locked year answers 409 with an explanation; only an
 * administrator's audited unlock (reports feature) opens it again.
 */
@ApplicationScoped
public class YearLocks implements PanacheRepository<YearLock> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    EntityManager em;

    /** Refuses the write when {@code date}'s year is locked for the agency or for an agency above it. */
    public void requireOpen(Long agencyId, LocalDate date) {
        if (date != null) {
            requireOpen(agencyId, date.getYear());
        }
    }

    public void requireOpen(Long agencyId, int year) {
        findLock(agencyId, year).ifPresent(lock -> {
            throw ApiException.conflict("YEAR_LOCKED", Text.of(
                    year + "年度的政府信息公开工作年度报告已于" + WHEN.format(lock.lockedAt) + "由" + lock.lockedBy
                            + "锁定，该年度的记录不能再修改。如确需修改，请管理员先解锁年度报告（需填写理由）。",
                    "The " + year + " annual report was locked on " + WHEN.format(lock.lockedAt) + " by "
                            + lock.lockedBy + "; records of that year can no longer change. An administrator "
                            + "must unlock the report first (with a reason)."));
        });
    }

    public Optional<YearLock> findLock(Long agencyId, int year) {
        if (agencyId == null) {
            return Optional.empty();
        }
        List<Long> chain = agencyAndAncestors(agencyId);
        return find("year = ?1 and agencyId in ?2", year, chain).list().stream()
                .filter(l -> l.agencyId.equals(agencyId) || l.includeSubagencies)
                .findFirst();
    }

    private List<Long> agencyAndAncestors(Long agencyId) {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long current = agencyId;
        while (current != null && seen.add(current)) {
            chain.add(current);
            List<?> parent = em.createNativeQuery("select parent_id from agency where id = ?1")
                    .setParameter(1, current).getResultList();
            current = parent.isEmpty() || parent.get(0) == null ? null : ((Number) parent.get(0)).longValue();
        }
        return chain;
    }
}
