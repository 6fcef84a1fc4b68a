package org.gongkai.items;

import java.time.LocalDate;
import java.util.Set;

/**
 * An item that was published before it reached this system (historical catalogue, a previous platform), for
 * {@link ItemBulkLoader#loadPublished}. It arrives published: it has a publication date and gets its index
 * number on loading.
 */
public record HistoricalItem(long agencyId, String categoryCode, String title, String documentNumber,
                             LocalDate writtenDate, LocalDate publicationDate, Topic topic, String keywords,
                             String summary, String body, Validity validity, LocalDate repealDate,
                             Set<Channel> channels) {

    /** The minimum: a title of an agency in a category, written and published on the given dates. */
    public static HistoricalItem of(long agencyId, String categoryCode, String title, LocalDate writtenDate,
                                    LocalDate publicationDate) {
        return new HistoricalItem(agencyId, categoryCode, title, null, writtenDate, publicationDate, null, null, null,
                null, null, null, null);
    }
}
