package org.gongkai.items;

import java.util.List;

/**
 * The catalogue filters after {@link ItemFilters} checked them: the same for the list and for the search.
 *
 * @param agencyIds empty for every agency
 */
public record ItemFilter(Long categoryId, String categoryCode, List<Long> agencyIds, Integer year, Topic topic,
                         Validity validity) {
}
