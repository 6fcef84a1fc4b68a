package org.gongkai.readingpoints;

import org.gongkai.common.error.ApiException;
import org.gongkai.readingpoints.TallyFile.RawRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading CSV files as Chinese offices save them. */
class TallyFileParserTest {

    private final TallyFileParser parser = new TallyFileParser();

    @Test
    void readsGb18030WithChineseHeadersInAnyOrderAndSkipsBlankRows() {
        String text = "备注,接待人数,日期,查阅点,查阅信息数,负责人\r\n上午,12,2024-01-02,档案馆,3,张三\r\n,,,,,\r\n,5,2024-01-03,档案馆,1,\r\n";
        TallyFile f = parser.parse(text.getBytes(Charset.forName("GB18030")));
        assertThat(f.encoding()).isEqualTo("GB18030");
        assertThat(f.ignoredColumns()).containsExactly("负责人");
        assertThat(f.rows()).containsExactly(new RawRow(2, "档案馆", "2024-01-02", "12", "3", "上午"),
                new RawRow(4, "档案馆", "2024-01-03", "5", "1", ""));
    }

    @Test
    void readsUtf8WithBomTabsAndQuotedThousands() {
        String text = "\uFEFFPoint\tDate\tPeople\tItems consulted\n1\t2024-01-02\t\"1,234\"\t5\n";
        TallyFile f = parser.parse(text.getBytes(StandardCharsets.UTF_8));
        assertThat(f.encoding()).isEqualTo("UTF-8");
        assertThat(f.rows().get(0).people()).isEqualTo("1,234");
        String comma = "point,date,people,items\n1,2024-01-02,\"1,234\",5\n";
        assertThat(parser.parse(comma.getBytes(StandardCharsets.UTF_8)).rows().get(0).people()).isEqualTo("1,234");
    }

    @Test
    void readsUtf16WithBom() {
        String text = "point,date,people,items\n1,2024-01-02,3,4\n";
        TallyFile f = parser.parse(text.getBytes(StandardCharsets.UTF_16));
        assertThat(f.encoding()).isEqualTo("UTF-16");
        assertThat(f.rows()).hasSize(1);
    }

    @Test
    void namesTheMissingColumns() {
        assertThatThrownBy(() -> parser.parse("日期,人数\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("IMPORT_COLUMNS_MISSING");
                    assertThat(e.violations()).extracting(ApiException.Violation::field).containsExactly("point", "items");
                });
    }

    @Test
    void refusesUnclosedQuotesAndBinaryFiles() {
        assertThatThrownBy(() -> parser.parse("point,date,people,items\n\"1,2024-01-02,3,4\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("IMPORT_UNREADABLE"));
        assertThatThrownBy(() -> parser.parse(new byte[]{'a', 0, 'b'}))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
    }
}
