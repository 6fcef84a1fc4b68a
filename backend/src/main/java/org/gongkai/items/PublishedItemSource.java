package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongkai.items.search.IndexSource;
import org.gongkai.items.search.IndexedItem;

import java.util.List;

/** The database side of an index rebuild: published items in id order, one short transaction per batch. */
@ApplicationScoped
public class PublishedItemSource implements IndexSource {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public boolean anyPublished() {
        return !em.createQuery("select i.id from DisclosureItem i where i.status = :s", Long.class)
                .setParameter("s", ItemStatus.PUBLISHED).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    @Transactional
    public List<IndexedItem> publishedAfter(long afterId, int limit) {
        return em.createQuery("select i from DisclosureItem i left join fetch i.agency left join fetch i.category "
                        + "where i.status = :s and i.id > :after order by i.id", DisclosureItem.class)
                .setParameter("s", ItemStatus.PUBLISHED).setParameter("after", afterId)
                .setMaxResults(limit).getResultList().stream().map(ItemViews::indexed).toList();
    }
}
