package org.gongkai.items.search;

import java.util.List;

/** Reads the published items from the database, for rebuilding the index. */
public interface IndexSource {

    boolean anyPublished();

    /** Up to {@code limit} published items with id greater than {@code afterId}, by id. */
    List<IndexedItem> publishedAfter(long afterId, int limit);
}
