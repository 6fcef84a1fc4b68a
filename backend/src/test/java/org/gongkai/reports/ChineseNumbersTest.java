package org.gongkai.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChineseNumbersTest {

    /** Every approximate phrase of the Dongqu 2011 report, from figures that would have produced it. */
    @ParameterizedTest
    @CsvSource({
            "403517, 40余万", "400001, 40余万", "409999, 40余万",
            "201846, 20余万", "200001, 20余万",
            "1126, 1100余", "1100, 1100", "1199, 1100余",
            "1318, 1300余", "1300, 1300"})
    void seedPhrases(long n, String phrase) {
        assertThat(ChineseNumbers.approx(n)).isEqualTo(phrase);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0", "3, 3", "116, 116", "999, 999",
            "1000, 1000", "9999, 9900余",
            "10000, 1万", "30400, 3万余", "75646, 7.5万余", "99999, 9.9万余",
            "100000, 10万", "1234567, 120余万", "12345678, 1200余万", "99999999, 9900余万",
            "100000000, 1亿", "123456789, 1.2亿余", "1268440, 120余万"})
    void thresholds(long n, String phrase) {
        assertThat(ChineseNumbers.approx(n)).isEqualTo(phrase);
    }

    @Test
    void exactCountsAsTheSeedWritesThem() {
        assertThat(ChineseNumbers.exact(75_646)).isEqualTo("75646");
        assertThat(ChineseNumbers.exact(10_759)).isEqualTo("10759");
        assertThat(ChineseNumbers.exact(4_672)).isEqualTo("4672");
    }

    @Test
    void approximationNeverClaimsMoreThanHappened() {
        for (long n = 1_000; n < 2_000_000; n += 7_919) {
            String p = ChineseNumbers.approx(n);
            long floor = parse(p);
            assertThat(floor).as(p + " for " + n).isLessThanOrEqualTo(n);
            assertThat(n - floor).as(p + " for " + n).isLessThan(n / 10 + 1);
        }
    }

    private static long parse(String phrase) {
        String p = phrase.replace("余", "");
        if (p.endsWith("万")) {
            return new BigDecimal(p.substring(0, p.length() - 1)).multiply(BigDecimal.valueOf(10_000)).longValueExact();
        }
        return Long.parseLong(p);
    }

    @Test
    void moneyInWanYuan() {
        assertThat(ChineseNumbers.wan(new BigDecimal("12.3500"))).isEqualTo("12.35万元");
        assertThat(ChineseNumbers.wan(new BigDecimal("0.0125"))).isEqualTo("0.0125万元");
        assertThat(ChineseNumbers.wan(new BigDecimal("3"))).isEqualTo("3万元");
        assertThat(ChineseNumbers.yuanAsWan(new BigDecimal("1200"))).isEqualTo("0.12万元");
        assertThat(ChineseNumbers.yuanAsWan(new BigDecimal("35.5"))).isEqualTo("0.0036万元");
        assertThat(ChineseNumbers.yuan(new BigDecimal("35.50"))).isEqualTo("35.5元");
    }

    @Test
    void numerals() {
        assertThat(ChineseNumbers.numeral(1)).isEqualTo("一");
        assertThat(ChineseNumbers.numeral(7)).isEqualTo("七");
        assertThat(ChineseNumbers.numeral(10)).isEqualTo("十");
        assertThat(ChineseNumbers.numeral(11)).isEqualTo("十一");
        assertThat(ChineseNumbers.numeral(23)).isEqualTo("二十三");
        assertThatThrownBy(() -> ChineseNumbers.numeral(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
