package org.gongkai.items.search;

import org.apache.lucene.analysis.Analyzer;
import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Segmentation, query building and highlighting, without a container. */
class SearchTextTest {

    private final Analyzer words = ItemAnalyzers.words();
    private final Analyzer bigrams = ItemAnalyzers.bigrams();

    @Test
    void wordsAreSegmentedAndBigramsCoverEverySubstring() {
        assertThat(SearchQuery.tokens(words, "住房保障政策")).containsExactly("住房", "保障", "政策");
        assertThat(SearchQuery.tokens(bigrams, "东府发〔2011〕12号")).containsExactly("东府", "府发", "2011", "12", "号");
    }

    @Test
    void queriesCollectWhatToHighlight() {
        SearchQuery q = SearchQuery.parse("住房保障  东府发[2011]12号", words, bigrams);
        assertThat(q.highlightTerms()).contains("住房保障", "住房", "保障", "东府发〔2011〕12号");
        assertThat(q.query().toString()).contains("all_bg:\"东府 府发 2011 12 号\"");
        assertThat(SearchQuery.parse("税", words, bigrams).highlightTerms()).contains("税");
    }

    @Test
    void emptyOrUnsearchableTextIsRefused() {
        for (String s : new String[]{null, "", "   ", "，。！", "长".repeat(101), "a b c d e f g h i j k"}) {
            assertThatThrownBy(() -> SearchQuery.parse(s, words, bigrams)).as(String.valueOf(s))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.violations().get(0).field()).isEqualTo("q");
                    });
        }
    }

    @Test
    void highlightingEscapesEverythingButEm() {
        assertThat(Highlights.mark("<b>住房</b>保障 & \"租赁\"", List.of("住房", "租赁")))
                .isEqualTo("&lt;b&gt;<em>住房</em>&lt;/b&gt;保障 &amp; &quot;<em>租赁</em>&quot;");
        assertThat(Highlights.mark("住房保障", List.of("住房保障", "住房", "保障"))).isEqualTo("<em>住房保障</em>");
        assertThat(Highlights.mark("PM2.5 pm2.5", List.of("pm2.5"))).isEqualTo("<em>PM2.5</em> <em>pm2.5</em>");
        assertThat(Highlights.mark("无匹配", List.of("住房"))).isEqualTo("无匹配");
    }

    @Test
    void snippetsShowTheMatchesWithEllipses() {
        String text = "甲".repeat(300) + "住房保障" + "乙".repeat(300);
        String s = Highlights.snippet(text, List.of("住房保障"), 60);
        assertThat(s).startsWith("…").endsWith("…").contains("<em>住房保障</em>");
        assertThat(s.replace("<em>", "").replace("</em>", "").length()).isEqualTo(62);
        assertThat(Highlights.snippet("短文本", List.of("没有"), 60)).isEqualTo("短文本");
        assertThat(Highlights.snippet(" ", List.of("x"), 60)).isNull();
        String emoji = "😀".repeat(50);
        assertThat(Highlights.snippet(emoji, List.of("x"), 7)).doesNotContain("\uFFFD");
    }
}
