package org.gongkai.items.search;

import java.time.LocalDate;

/**
 * What the search index holds of a published item: the searchable text (body as plain text) and the filter
 * values. Built inside the transaction that published or changed the item, applied after it commits.
 */
public record IndexedItem(long id, String title, String documentNumber, String keywords, String summary,
                          String bodyText, String categoryCode, long agencyId, String topic, String validity,
                          LocalDate publicationDate) {
}
