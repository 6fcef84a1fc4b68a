package org.gongkai.items.search;

import java.util.List;

/**
 * Fired in a transaction that changed what the public search must show; {@link ItemSearchIndex} applies it
 * once the transaction has committed (and never when it rolled back).
 *
 * @param upserts items to add or replace
 * @param deletes ids of items to remove (withdrawn)
 * @param fresh   the upserts are new to the index (bulk load): added without looking for an old copy
 */
public record ItemIndexChange(List<IndexedItem> upserts, List<Long> deletes, boolean fresh) {

    public static ItemIndexChange upsert(IndexedItem item) {
        return new ItemIndexChange(List.of(item), List.of(), false);
    }

    public static ItemIndexChange delete(long id) {
        return new ItemIndexChange(List.of(), List.of(id), false);
    }

    public static ItemIndexChange added(List<IndexedItem> items) {
        return new ItemIndexChange(items, List.of(), true);
    }
}
