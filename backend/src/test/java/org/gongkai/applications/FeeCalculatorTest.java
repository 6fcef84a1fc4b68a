package org.gongkai.applications;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 国办函〔2020〕109号 with the worked examples of domain-cn.md §4.1. */
class FeeCalculatorTest {

    @Test
    void twoHundredFiftyPagesCost4700Yuan() {
        FeeCalculator.Fee fee = FeeCalculator.perPage(250);
        assertThat(fee.amount()).isEqualByComparingTo("4700");
        assertThat(fee.bands()).extracting(FeeCalculator.Band::units).containsExactly(30, 70, 100, 50);
        assertThat(fee.bands()).extracting(FeeCalculator.Band::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("700"), new BigDecimal("2000"), new BigDecimal("2000"));
        assertThat(fee.explanation().get(fee.explanation().size() - 1).zh()).isEqualTo("合计：4700元");
    }

    @Test
    void pageBandsStartAtTheirFirstPage() {
        assertThat(FeeCalculator.perPage(30).amount()).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perPage(31).amount()).isEqualByComparingTo("10");
        assertThat(FeeCalculator.perPage(100).amount()).isEqualByComparingTo("700");
        assertThat(FeeCalculator.perPage(101).amount()).isEqualByComparingTo("720");
        assertThat(FeeCalculator.perPage(201).amount()).isEqualByComparingTo("2740");
    }

    @Test
    void theFortyFifthApplicationOfAMonthCosts300AndTheMonth5500() {
        assertThat(FeeCalculator.perApplication(45).amount()).isEqualByComparingTo("300");
        assertThat(FeeCalculator.monthTotal(45)).isEqualByComparingTo("5500");
    }

    @Test
    void perApplicationBands() {
        assertThat(FeeCalculator.perApplication(1).amount()).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perApplication(10).amount()).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perApplication(11).amount()).isEqualByComparingTo("100");
        assertThat(FeeCalculator.perApplication(30).amount()).isEqualByComparingTo("100");
        assertThat(FeeCalculator.perApplication(31).amount()).isEqualByComparingTo("200");
        assertThat(FeeCalculator.perApplication(40).amount()).isEqualByComparingTo("200");
        assertThat(FeeCalculator.perApplication(41).amount()).isEqualByComparingTo("300");
        assertThat(FeeCalculator.perApplication(51).amount()).isEqualByComparingTo("400");
        assertThat(FeeCalculator.perApplication(12).explanation().get(0).zh()).contains("第12件");
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThatThrownBy(() -> FeeCalculator.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeeCalculator.perApplication(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
