package org.gongkai.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.gongkai.applications.ApplicationStatus;
import org.gongkai.applications.DisclosureApplication;
import org.gongkai.items.DisclosureItem;
import org.gongkai.items.ItemStatus;
import org.gongkai.items.ItemViews;
import org.gongkai.items.dto.ItemSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * The few counts the features' services do not offer: items by state (and author), and open applications whose
 * deadline waits for a holiday calendar. {@code agencyId} null means every agency.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardQueries {

    @Inject
    EntityManager em;

    public record UnknownDeadlines(long count, List<Integer> years) {
    }

    /** Open applications whose due date cannot be computed, and the calendar years that are missing. */
    public UnknownDeadlines unknownDeadlines(Long agencyId) {
        TypedQuery<Object[]> q = em.createQuery("""
                select a.dueUnknownYear, count(a) from DisclosureApplication a
                where a.status in :open and a.clockState = :unknown"""
                + (agencyId == null ? "" : " and a.agency.id = :agency")
                + " group by a.dueUnknownYear order by a.dueUnknownYear", Object[].class)
                .setParameter("open", List.copyOf(ApplicationStatus.OPEN))
                .setParameter("unknown", DisclosureApplication.ClockState.UNKNOWN);
        if (agencyId != null) {
            q.setParameter("agency", agencyId);
        }
        long count = 0;
        List<Integer> years = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            count += ((Number) r[1]).longValue();
            if (r[0] != null) {
                years.add(((Number) r[0]).intValue());
            }
        }
        return new UnknownDeadlines(count, years);
    }

    /** Items in a state, optionally only those the given user created. */
    public long itemCount(Long agencyId, ItemStatus status, String createdBy) {
        TypedQuery<Long> q = em.createQuery("select count(i) from DisclosureItem i where " + itemConditions(agencyId, createdBy),
                Long.class);
        return bind(q, agencyId, status, createdBy).getSingleResult();
    }

    /** The most recently changed items in a state, optionally only the given user's. */
    public List<ItemSummary> latestItems(Long agencyId, ItemStatus status, String createdBy, int limit) {
        TypedQuery<DisclosureItem> q = em.createQuery("select i from DisclosureItem i left join fetch i.agency "
                + "left join fetch i.category where " + itemConditions(agencyId, createdBy)
                + " order by i.updatedAt desc, i.id desc", DisclosureItem.class);
        return bind(q, agencyId, status, createdBy).setMaxResults(limit).getResultList().stream()
                .map(ItemViews::summary).toList();
    }

    private static String itemConditions(Long agencyId, String createdBy) {
        return "i.status = :status" + (agencyId == null ? "" : " and i.agency.id = :agency")
                + (createdBy == null ? "" : " and i.createdBy = :createdBy");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Long agencyId, ItemStatus status, String createdBy) {
        q.setParameter("status", status);
        if (agencyId != null) {
            q.setParameter("agency", agencyId);
        }
        if (createdBy != null) {
            q.setParameter("createdBy", createdBy);
        }
        return q;
    }
}
