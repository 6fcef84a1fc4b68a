package org.gongkai.items.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * Two views of the same Chinese text. Words: {@link SmartChineseAnalyzer} segments 住房保障政策 into
 * 住房/保障/政策 and gives ranking its meaning. Bigrams: every pair of adjacent Han characters, plus numbers, so
 * that a phrase of bigrams finds any exact substring — 东府发〔2011〕12号, "12号", or a word the segmenter cut
 * differently in the query than in the document.
 */
public final class ItemAnalyzers {

    public static final String BIGRAM_SUFFIX = "_bg";

    private ItemAnalyzers() {
    }

    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new CJKWidthFilter(in));
            }

            /** Values of a multi-valued field are far apart, so no phrase spans two of them. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    /** The index analyzer: bigrams for the *_bg fields, words for the rest. */
    public static Analyzer perField() {
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(words(), Map.of(
                ItemFields.TITLE + BIGRAM_SUFFIX, bigrams,
                ItemFields.ALL + BIGRAM_SUFFIX, bigrams));
    }
}
