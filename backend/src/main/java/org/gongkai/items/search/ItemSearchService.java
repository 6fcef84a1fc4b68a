package org.gongkai.items.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.items.DisclosureItem;
import org.gongkai.items.ItemFilter;
import org.gongkai.items.ItemStatus;
import org.gongkai.items.ItemViews;
import org.gongkai.items.dto.SearchResults;
import org.gongkai.items.dto.SearchResults.HitHighlights;
import org.gongkai.items.dto.SearchResults.SearchHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chinese full-text search over the published catalogue: relevance order (ties by id), the catalogue's filters,
 * highlighted title and body snippet, exact total. Paging continues after the last hit's (score, id), so the
 * next page neither repeats nor skips hits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemSearchService {

    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(ItemFields.ID_SORT, SortField.Type.LONG, true));

    @Inject
    ItemSearchIndex index;

    @Inject
    EntityManager em;

    private final Analyzer words = ItemAnalyzers.words();
    private final Analyzer bigrams = ItemAnalyzers.bigrams();

    public SearchResults search(String text, ItemFilter filter, PageRequest page) {
        SearchQuery parsed = SearchQuery.parse(text, words, bigrams);
        Query query = withFilters(parsed.query(), filter);
        IndexSearcher searcher = index.acquire();
        try {
            FieldDoc after = after(page, searcher.getIndexReader().maxDoc());
            TopFieldDocs top = searcher.searchAfter(after, query, page.size + 1, ORDER, true);
            long total = searcher.count(query);
            boolean more = top.scoreDocs.length > page.size;
            List<ScoreDoc> docs = List.of(top.scoreDocs).subList(0, Math.min(page.size, top.scoreDocs.length));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(Long.parseLong(d.get(ItemFields.ID)), sd.score, d.get(ItemFields.TITLE),
                        firstNonBlank(d.get(ItemFields.BODY), d.get(ItemFields.SUMMARY))));
            }
            String next = more && !hits.isEmpty()
                    ? Cursor.encode(hits.get(hits.size() - 1).score(), hits.get(hits.size() - 1).id()) : null;
            return new SearchResults(results(hits, parsed), next, page.size, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private record Hit(long id, float score, String title, String text) {
    }

    /** Hits joined with the database's current metadata; a hit whose item is gone or unpublished is skipped. */
    private List<SearchHit> results(List<Hit> hits, SearchQuery parsed) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, DisclosureItem> rows = em.createQuery("select i from DisclosureItem i join fetch i.agency "
                        + "join fetch i.category where i.id in :ids and i.status = :s", DisclosureItem.class)
                .setParameter("ids", hits.stream().map(Hit::id).toList())
                .setParameter("s", ItemStatus.PUBLISHED)
                .getResultList().stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<SearchHit> out = new ArrayList<>();
        for (Hit h : hits) {
            DisclosureItem i = rows.get(h.id());
            if (i != null) {
                out.add(new SearchHit(ItemViews.summary(i), h.score(), new HitHighlights(
                        Highlights.mark(i.title, parsed.highlightTerms()),
                        Highlights.snippet(h.text(), parsed.highlightTerms(), Highlights.SNIPPET_LENGTH))));
            }
        }
        return out;
    }

    static Query withFilters(Query text, ItemFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (f.categoryCode() != null) {
            b.add(new TermQuery(new Term(ItemFields.CATEGORY, f.categoryCode())), Occur.FILTER);
        }
        if (!f.agencyIds().isEmpty()) {
            b.add(LongPoint.newSetQuery(ItemFields.AGENCY, f.agencyIds()), Occur.FILTER);
        }
        if (f.year() != null) {
            b.add(LongPoint.newRangeQuery(ItemFields.PUBLICATION_DAY, LocalDate.of(f.year(), 1, 1).toEpochDay(),
                    LocalDate.of(f.year(), 12, 31).toEpochDay()), Occur.FILTER);
        }
        if (f.topic() != null) {
            b.add(new TermQuery(new Term(ItemFields.TOPIC, f.topic().name())), Occur.FILTER);
        }
        if (f.validity() != null) {
            b.add(new TermQuery(new Term(ItemFields.VALIDITY, f.validity().name())), Occur.FILTER);
        }
        return b.build();
    }

    private static FieldDoc after(PageRequest page, int maxDoc) {
        Cursor c = page.decodedCursor();
        if (c == null) {
            return null;
        }
        c.expect(2);
        try {
            float score = Float.parseFloat(c.string(0));
            long id = c.longValue(1);
            // Lucene breaks ties of the sort values by document number, and only the last hit itself ties on
            // (score, id): the highest document number puts it, and nothing else, before the cursor.
            return new FieldDoc(Math.max(0, maxDoc - 1), score, new Object[]{score, id});
        } catch (NumberFormatException | NullPointerException e) {
            throw ApiException.invalidField("cursor", "分页游标无效，请从第一页重新开始。",
                    "Invalid paging cursor; start again from the first page.");
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
