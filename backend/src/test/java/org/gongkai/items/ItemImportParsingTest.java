package org.gongkai.items;

import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading import files as Chinese offices produce them, without a container. */
class ItemImportParsingTest {

    @Test
    void encodingsAreRecognised() {
        byte[] bom = "\uFEFF标题".getBytes(StandardCharsets.UTF_8);
        assertThat(ItemImportService.decode(bom, null)).isEqualTo("标题");
        assertThat(ItemImportService.decode("标题".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("标题");
        assertThat(ItemImportService.decode("标题".getBytes(Charset.forName("GB18030")), null)).isEqualTo("标题");
        assertThat(ItemImportService.decode("标题".getBytes(Charset.forName("GBK")), Charset.forName("GB18030"))).isEqualTo("标题");
    }

    @Test
    void datesInTheUsualSpellings() {
        for (String s : new String[]{"2011-03-05", "2011/3/5", "2011.3.5", "2011年3月5日", " 2011 年 3 月 5 日 "}) {
            assertThat(ItemImportService.parseDate(s)).as(s).isEqualTo(LocalDate.of(2011, 3, 5));
        }
        assertThatThrownBy(() -> ItemImportService.parseDate("2011-02-30")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ItemImportService.parseDate("去年")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void csvRowsKeepTheirSpreadsheetNumbers() {
        var rows = ItemImportService.csvRows("标题,发布机构,类别,成文日期,发布日期\n\"一，二\",A,NEWS,2011-01-01,2011-01-02\n\n"
                + "三,A,NEWS,2011-01-01,2011-01-02\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).values()).containsEntry("title", "一，二").containsEntry("agency", "A");
        assertThatThrownBy(() -> ItemImportService.csvRows("title,title\nx,y\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
