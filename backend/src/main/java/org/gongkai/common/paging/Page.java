package org.gongkai.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** The one page shape of every list: the rows, and the cursor of the next page (null on the last page). */
@Schema(name = "Page", description = "A page of a keyset-paged list")
public record Page<T>(List<T> items, String nextCursor, int size) {

    /**
     * Builds a page from a query that fetched {@code size + 1} rows: the extra row only tells that another
     * page exists and is not returned.
     */
    public static <E, T> Page<T> of(List<E> fetched, int size, Function<E, String> cursorOf, Function<E, T> mapper) {
        boolean more = fetched.size() > size;
        List<E> rows = more ? fetched.subList(0, size) : fetched;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)) : null;
        return new Page<>(rows.stream().map(mapper).toList(), next, size);
    }
}
