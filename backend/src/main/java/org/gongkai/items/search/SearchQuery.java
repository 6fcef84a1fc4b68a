package org.gongkai.items.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.gongkai.common.error.ApiException;
import org.gongkai.items.DocumentNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns what a member of the public typed into a Lucene query — never through Lucene's query syntax, so no
 * input can be a syntax error. Whitespace separates parts that must all match. A part matches when each of its
 * words (as the Chinese segmenter cuts them) occurs in title, document number, keywords, summary or body, or
 * when the part occurs verbatim (bigram phrase); title hits and verbatim hits rank higher.
 */
public final class SearchQuery {

    public static final int MAX_LENGTH = 100;
    private static final int MAX_PARTS = 10;
    private static final Map<String, Float> WORD_FIELDS = Map.of(
            ItemFields.TITLE, 3f,
            ItemFields.DOCUMENT_NUMBER, 3f,
            ItemFields.KEYWORDS, 2f,
            ItemFields.SUMMARY, 1.5f,
            ItemFields.BODY, 1f);

    private final Query query;
    private final Set<String> highlightTerms;

    private SearchQuery(Query query, Set<String> highlightTerms) {
        this.query = query;
        this.highlightTerms = highlightTerms;
    }

    public Query query() {
        return query;
    }

    /** The strings to mark in titles and snippets: the parts as typed and the words found in them. */
    public Set<String> highlightTerms() {
        return highlightTerms;
    }

    public static SearchQuery parse(String text, Analyzer words, Analyzer bigrams) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            throw ApiException.invalidField("q", "请输入检索词。", "Enter something to search for.");
        }
        if (q.length() > MAX_LENGTH) {
            throw ApiException.invalidField("q", "检索词不能超过" + MAX_LENGTH + "个字符。",
                    "The search text may have at most " + MAX_LENGTH + " characters.");
        }
        String[] parts = q.split("[\\s\\u3000]+");
        if (parts.length > MAX_PARTS) {
            throw ApiException.invalidField("q", "检索词最多" + MAX_PARTS + "组（以空格分隔）。",
                    "At most " + MAX_PARTS + " space-separated terms.");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set<String> highlights = new LinkedHashSet<>();
        QueryBuilder phrases = new QueryBuilder(bigrams);
        int usable = 0;
        for (String raw : parts) {
            String part = DocumentNumbers.normalize(raw);
            if (part == null) {
                continue;
            }
            List<String> tokens = tokens(words, part);
            Query verbatim = phrases.createPhraseQuery(ItemFields.ALL + ItemAnalyzers.BIGRAM_SUFFIX, part);
            Query verbatimTitle = phrases.createPhraseQuery(ItemFields.TITLE + ItemAnalyzers.BIGRAM_SUFFIX, part);
            if (tokens.isEmpty() && verbatim == null) {
                continue;
            }
            usable++;
            BooleanQuery.Builder partQuery = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            if (!tokens.isEmpty()) {
                BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
                for (String token : tokens) {
                    List<Query> perField = new ArrayList<>();
                    WORD_FIELDS.forEach((field, boost) ->
                            perField.add(new BoostQuery(new TermQuery(new Term(field, token)), boost)));
                    everyWord.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.MUST);
                }
                partQuery.add(everyWord.build(), Occur.SHOULD);
            }
            if (verbatim != null) {
                partQuery.add(new BoostQuery(verbatim, 2f), Occur.SHOULD);
            }
            if (verbatimTitle != null) {
                partQuery.add(new BoostQuery(verbatimTitle, 4f), Occur.SHOULD);
            }
            all.add(partQuery.build(), Occur.MUST);
            highlights.add(part);
            boolean singleCharPart = part.codePointCount(0, part.length()) == 1;
            for (String token : tokens) {
                if (singleCharPart || token.codePointCount(0, token.length()) > 1) {
                    highlights.add(token);
                }
            }
        }
        if (usable == 0) {
            throw ApiException.invalidField("q", "检索词中没有可检索的文字（只有标点或空白）。",
                    "The search text has nothing searchable in it (only punctuation or spaces).");
        }
        return new SearchQuery(all.build(), highlights);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(ItemFields.TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.isBlank() && !tokens.contains(t)) {
                    tokens.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
