package org.gongkai.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void downloadNamesSurviveEveryBrowser() {
        assertThat(ContentDisposition.attachment("2024年预算 (终稿).pdf")).isEqualTo(
                "attachment; filename=\"2024___ (__).pdf\"; filename*=UTF-8''2024%E5%B9%B4%E9%A2%84%E7%AE%97%20%28%E7%BB%88%E7%A8%BF%29.pdf");
        assertThat(ContentDisposition.attachment("a\"b\\c%.txt")).startsWith("attachment; filename=\"a_b_c_.txt\"");
    }

    @Test
    void inlineDocumentsCarryTheSameNames() {
        assertThat(ContentDisposition.inline("2011年报告.html"))
                .isEqualTo("inline; filename=\"2011___.html\"; filename*=UTF-8''2011%E5%B9%B4%E6%8A%A5%E5%91%8A.html");
    }
}
