package org.gongkai.items;

import java.time.LocalDate;
import java.util.Set;

/**
 * The content fields of an item as any source gives them (the console's form, a historical import row),
 * before and after {@link ItemRules} checked and normalised them.
 */
public record ItemContent(String title, String documentNumber, LocalDate writtenDate, LocalDate publicationDate,
                          Topic topic, String keywords, String summary, String body, Validity validity,
                          LocalDate repealDate, Set<Channel> channels) {
}
