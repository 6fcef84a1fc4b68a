package org.gongkai.common.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseIdsTest {

    @Test
    void creditCodeCheckCharacterFollowsGb32100() {
        assertThat(ChineseIds.isValidCreditCode("91330100799655058B")).isTrue();
        assertThat(ChineseIds.isValidCreditCode("91330100799655058C")).isFalse();
        assertThat(ChineseIds.isValidCreditCode("11510402MB0000041F")).isTrue();
    }

    @Test
    void creditCodeRejectsWrongLengthAndLettersOutsideTheCharset() {
        assertThat(ChineseIds.isValidCreditCode("91330100799655058")).isFalse();
        assertThat(ChineseIds.isValidCreditCode("9133010079965505IB")).isFalse();
        assertThat(ChineseIds.isValidCreditCode(null)).isFalse();
    }

    @Test
    void residentIdUsesIso7064CheckAndARealBirthDate() {
        assertThat(ChineseIds.isValidResidentId("11010519491231002X")).isTrue();
        assertThat(ChineseIds.isValidResidentId("11010519491231002x")).isTrue();
        assertThat(ChineseIds.isValidResidentId("110105194912310021")).isFalse();
        assertThat(ChineseIds.isValidResidentId("11010519490231002" + ChineseIds.residentIdCheck("11010519490231002")))
                .as("31 February").isFalse();
        assertThat(ChineseIds.isValidResidentId("1101051949123100")).isFalse();
    }
}
