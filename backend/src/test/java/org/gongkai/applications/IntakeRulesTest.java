package org.gongkai.applications;

import org.gongkai.applications.dto.ApplicantInput;
import org.gongkai.applications.dto.RequestInput;
import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Received-date rules, applicant checks, masks, query codes and the legacy label table. */
class IntakeRulesTest {

    private static final LocalTime CLOSES = LocalTime.of(17, 30);

    @Test
    void portalReceivedDateIsTheSameWorkingDayOrTheNext() {
        var cal = RealCalendar.CALENDAR;
        assertThat(ReceivedDateRule.forPortal(cal, LocalDateTime.parse("2024-09-27T16:00"), CLOSES).receivedOn())
                .isEqualTo(LocalDate.parse("2024-09-27"));
        // After hours on Friday: the next working day is the make-up Sunday 09-29.
        assertThat(ReceivedDateRule.forPortal(cal, LocalDateTime.parse("2024-09-27T18:00"), CLOSES).receivedOn())
                .isEqualTo(LocalDate.parse("2024-09-29"));
        // During the golden week: 10-08.
        assertThat(ReceivedDateRule.forPortal(cal, LocalDateTime.parse("2024-10-05T10:00"), CLOSES).receivedOn())
                .isEqualTo(LocalDate.parse("2024-10-08"));
        // The calendar lacks 2027: the day of submission, with the reason.
        var missing = ReceivedDateRule.forPortal(cal, LocalDateTime.parse("2027-01-02T10:00"), CLOSES);
        assertThat(missing.receivedOn()).isEqualTo(LocalDate.parse("2027-01-02"));
        assertThat(missing.explanation().zh()).contains("2027年节假日安排尚未录入");
    }

    @Test
    void staffReceivedDateFollowsTheChannel() {
        LocalDate today = LocalDate.parse("2024-10-10");
        assertThat(ReceivedDateRule.validate(Channel.IN_PERSON, null, LocalDate.parse("2024-10-09"), today)).isEmpty();
        assertThat(ReceivedDateRule.validate(Channel.IN_PERSON, LocalDate.parse("2024-10-08"), LocalDate.parse("2024-10-09"), today))
                .extracting(ApiException.Violation::field).containsExactly("receivedOn");
        assertThat(ReceivedDateRule.validate(Channel.POST_SIGNED, LocalDate.parse("2024-10-08"), LocalDate.parse("2024-10-09"), today))
                .isEmpty();
        assertThat(ReceivedDateRule.validate(Channel.FAX, LocalDate.parse("2024-10-09"), LocalDate.parse("2024-10-08"), today))
                .extracting(ApiException.Violation::field).containsExactly("receivedOn");
        assertThat(ReceivedDateRule.validate(Channel.EMAIL, null, LocalDate.parse("2024-10-11"), today))
                .extracting(ApiException.Violation::field).containsExactly("receivedOn");
        assertThat(ReceivedDateRule.validate(Channel.ONLINE, null, LocalDate.parse("2024-10-09"), today))
                .extracting(ApiException.Violation::field).containsExactly("channel");
        assertThat(ReceivedDateRule.validate(Channel.OTHER, null, LocalDate.parse("2008-04-30"), today))
                .extracting(ApiException.Violation::field).containsExactly("receivedOn");
    }

    private static ApplicantInput person(String id, String phone, String email) {
        return new ApplicantInput(ApplicantType.NATURAL_PERSON, "张三", IdType.RESIDENT_ID, id, null, null, phone, email,
                null, null);
    }

    private static RequestInput request(ObtainMethod method, ProvisionForm form) {
        return new RequestInput(1L, "某信息", null, form, method);
    }

    @Test
    void applicantChecksNameTheFieldAtFault() {
        var ok = ApplicantChecks.check(person("11010519491231002X", "13812345678", null),
                request(ObtainMethod.PICK_UP, ProvisionForm.PAPER), "applicant.", "request.", true);
        assertThat(ok).isEmpty();
        var badId = ApplicantChecks.check(person("110105194912310021", "13812345678", null),
                request(ObtainMethod.PICK_UP, ProvisionForm.PAPER), "applicant.", "request.", true);
        assertThat(badId).extracting(ApiException.Violation::field).containsExactly("applicant.idNumber");
        var emailNeeded = ApplicantChecks.check(person("11010519491231002X", "12345", null),
                request(ObtainMethod.EMAIL, ProvisionForm.PAPER), "applicant.", "request.", true);
        assertThat(emailNeeded).extracting(ApiException.Violation::field)
                .containsExactly("applicant.phone", "applicant.email", "request.obtainMethod");
        var org = new ApplicantInput(ApplicantType.BUSINESS, "某公司", null, null, "91510400MA62A0X31C", null, null, null,
                "地址", null);
        assertThat(ApplicantChecks.check(org, request(ObtainMethod.POST, ProvisionForm.PAPER), "a.", "r.", true))
                .extracting(ApiException.Violation::field).containsExactly("a.creditCode");
        // Old registers: no identity needed, but what is there must be valid.
        var historical = new ApplicantInput(ApplicantType.NATURAL_PERSON, "李四", null, null, null, null, null, null, null, null);
        assertThat(ApplicantChecks.check(historical, request(ObtainMethod.PICK_UP, ProvisionForm.PAPER), "a.", "r.", false)).isEmpty();
    }

    @Test
    void masksKeepOnlyWhatIdentifiesTheRecordToStaff() {
        assertThat(PersonalData.maskId("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskName("张三", false)).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳小明", false)).isEqualTo("欧***");
        assertThat(PersonalData.maskName("攀枝花市某某科技有限公司", true)).isEqualTo("攀枝********公司");
        assertThat(PersonalData.maskEmail("zhangsan@example.cn")).isEqualTo("z***@example.cn");
    }

    @Test
    void queryCodesAreHashedWithSaltAndComparedLeniently() {
        String code = QueryCodes.generate();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        String h1 = QueryCodes.hash(code);
        String h2 = QueryCodes.hash(code);
        assertThat(h1).isNotEqualTo(h2).doesNotContain(code);
        assertThat(QueryCodes.matches(code, h1)).isTrue();
        assertThat(QueryCodes.matches(code.toLowerCase().replace("-", " "), h2)).isTrue();
        assertThat(QueryCodes.matches("AAAA-AAAA-AAAA", h1)).isFalse();
        assertThat(QueryCodes.matches(code, "garbage")).isFalse();
    }

    @Test
    void everyLegacyLabelMapsAndEveryCodeHasALegacyLabel() {
        assertThat(LegacyOutcome.parse("同意公开")).contains(LegacyOutcome.AGREED);
        assertThat(LegacyOutcome.parse("非本部门掌握")).contains(LegacyOutcome.NOT_THIS_AGENCY);
        assertThat(LegacyOutcome.parse("申请内容不明确")).map(LegacyOutcome::code).contains(OutcomeCode.UNAVAILABLE_UNCLEAR);
        assertThat(LegacyOutcome.parse("not_exist")).contains(LegacyOutcome.NOT_EXIST);
        assertThat(LegacyOutcome.parse("不知道")).isEmpty();
        Arrays.stream(OutcomeCode.values()).forEach(c -> assertThat(LegacyOutcome.of(c)).as(c.name()).isNotNull());
        assertThat(LegacyOutcome.of(OutcomeCode.DISCLOSED).isRefusal()).isFalse();
        assertThat(LegacyOutcome.of(OutcomeCode.WITHHELD_PROCESS).isRefusal()).isTrue();
        assertThat(OutcomeCode.values()).hasSize(21);
    }
}
