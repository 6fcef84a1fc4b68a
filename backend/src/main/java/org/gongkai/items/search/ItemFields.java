package org.gongkai.items.search;

/** Field names of the item search index. */
final class ItemFields {
    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    static final String TITLE = "title";
    static final String DOCUMENT_NUMBER = "docno";
    static final String KEYWORDS = "keywords";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** Everything searchable, as one multi-valued field (bigram-analysed only). */
    static final String ALL = "all";
    static final String CATEGORY = "category";
    static final String AGENCY = "agency";
    static final String TOPIC = "topic";
    static final String VALIDITY = "validity";
    static final String PUBLICATION_DAY = "pubday";

    private ItemFields() {
    }
}
