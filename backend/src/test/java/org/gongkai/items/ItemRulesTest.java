package org.gongkai.items;

import org.gongkai.common.calendar.DayRule;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.error.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Field rules, document numbers, body sanitising and the late flag, without a container. */
class ItemRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static ItemContent content(String title, LocalDate written, Validity v, LocalDate repeal) {
        return new ItemContent(title, null, written, null, null, null, null, null, v, repeal, null);
    }

    private static List<String> fields(ItemRules.Checked c) {
        return c.violations().stream().map(ApiException.Violation::field).toList();
    }

    @Test
    void requiredFieldsAndLimits() {
        ItemRules.Checked c = ItemRules.check(new ItemContent(" ", "号".repeat(101), null, null, null, "k".repeat(201),
                "s".repeat(1001), null, null, null, null), "NEWS", TODAY, true);
        assertThat(fields(c)).containsExactlyInAnyOrder("title", "documentNumber", "writtenDate", "publicationDate",
                "keywords", "summary");
        assertThat(c.violations()).allSatisfy(v -> {
            assertThat(v.message().zh()).isNotBlank();
            assertThat(v.message().en()).isNotBlank();
        });
    }

    @Test
    void datesMustBeOrderedAndNotInTheFuture() {
        assertThat(fields(ItemRules.check(content("t", TODAY.plusDays(1), null, null), "NEWS", TODAY, false)))
                .containsExactly("writtenDate");
        assertThat(fields(ItemRules.check(content("t", LocalDate.of(1900, 1, 1), null, null), "NEWS", TODAY, false)))
                .containsExactly("writtenDate");
        assertThat(ItemRules.publicationDateViolations(TODAY.minusDays(3), TODAY.minusDays(2), TODAY)).hasSize(1);
        assertThat(ItemRules.publicationDateViolations(TODAY.plusDays(1), TODAY.minusDays(2), TODAY)).hasSize(1);
        assertThat(ItemRules.publicationDateViolations(TODAY, TODAY, TODAY)).isEmpty();
    }

    @Test
    void validityBelongsToRulesAndNormativeDocumentsOnly() {
        LocalDate w = LocalDate.of(2020, 1, 1);
        assertThat(fields(ItemRules.check(content("t", w, Validity.IN_FORCE, null), "NEWS", TODAY, false)))
                .containsExactly("validity");
        assertThat(fields(ItemRules.check(content("t", w, null, LocalDate.of(2021, 1, 1)), "NEWS", TODAY, false)))
                .containsExactly("repealDate");
        assertThat(fields(ItemRules.check(content("t", w, null, null), "RULES", TODAY, false))).containsExactly("validity");
        assertThat(fields(ItemRules.check(content("t", w, Validity.REPEALED, null), "NORMATIVE", TODAY, false)))
                .containsExactly("repealDate");
        assertThat(fields(ItemRules.check(content("t", w, Validity.IN_FORCE, LocalDate.of(2021, 1, 1)), "NORMATIVE",
                TODAY, false))).containsExactly("repealDate");
        assertThat(fields(ItemRules.check(content("t", w, Validity.REPEALED, LocalDate.of(2019, 1, 1)), "NORMATIVE",
                TODAY, false))).containsExactly("repealDate");
        assertThat(ItemRules.check(content("t", w, Validity.REPEALED, LocalDate.of(2021, 1, 1)), "NORMATIVE", TODAY,
                false).ok()).isTrue();
    }

    @Test
    void normalisesWhatItKeeps() {
        ItemContent c = ItemRules.check(new ItemContent("  标题  ", " 东府发[２０１１]12 号 ", LocalDate.of(2020, 1, 1), null,
                null, " ", null, "<p onmouseover=\"x()\">正文</p><script>x()</script>", null, null, Set.of()), "NEWS",
                TODAY, false).content();
        assertThat(c.title()).isEqualTo("标题");
        assertThat(c.documentNumber()).isEqualTo("东府发〔2011〕12号");
        assertThat(c.keywords()).isNull();
        assertThat(c.body()).isEqualTo("<p>正文</p>");
        assertThat(c.channels()).containsExactly(Channel.WEBSITE);
    }

    @Test
    void documentNumbersHaveOneSpelling() {
        for (String s : List.of("东府发〔2011〕12号", "东府发[2011]12号", "东府发【2011】12号", "东府发（2011）12号",
                "东府发(2011)12号", "东府发 〔 2011 〕 12号", "东府发﹝2011﹞12号")) {
            assertThat(DocumentNumbers.normalize(s)).as(s).isEqualTo("东府发〔2011〕12号");
        }
        assertThat(DocumentNumbers.normalize("  ")).isNull();
        assertThat(DocumentNumbers.normalize("第(12)号")).isEqualTo("第(12)号");
    }

    @Test
    void sanitisingKeepsFormattingAndDropsScript() {
        String dirty = "<h2>标题</h2><table><tr><td onclick=\"x()\">格</td></tr></table>"
                + "<a href=\"javascript:alert(1)\">坏链接</a><a href=\"https://www.gov.cn/\">好链接</a>"
                + "<iframe src=\"https://evil\"></iframe><style>p{}</style><img src=x onerror=alert(1)>";
        String clean = HtmlBodies.sanitize(dirty);
        assertThat(clean).contains("<h2>标题</h2>").contains("<td>格</td>").contains("<a href=\"https://www.gov.cn/\">好链接</a>")
                .doesNotContain("javascript").doesNotContain("onclick").doesNotContain("iframe").doesNotContain("style")
                .doesNotContain("onerror");
        assertThat(HtmlBodies.sanitize("<script>only()</script>")).isNull();
        assertThat(HtmlBodies.text("<p>一</p><p>二&amp;三</p>")).isEqualTo("一 二&三");
    }

    @Test
    void lateMeansMoreThanTwentyWorkingDays() {
        // May 2024: 1–5 May off (Labour Day), 11 May (Saturday) worked.
        WorkingDayCalendar cal = new WorkingDayCalendar(List.of(
                new DayRule(LocalDate.of(2024, 5, 1), true, "劳动节", 2024),
                new DayRule(LocalDate.of(2024, 5, 2), true, "劳动节", 2024),
                new DayRule(LocalDate.of(2024, 5, 3), true, "劳动节", 2024),
                new DayRule(LocalDate.of(2024, 5, 11), false, "劳动节", 2024)), List.of(2024));
        LocalDate written = LocalDate.of(2024, 4, 26);
        // 29, 30 Apr; 6–10, 11, 13–17, 20–24 May = 2 + 5 + 1 + 5 + 5 = 18; 27, 28 May = 20.
        assertThat(Lateness.of(cal, written, LocalDate.of(2024, 5, 28))).isEqualTo(new Lateness.Verdict(Lateness.ON_TIME, 0));
        assertThat(Lateness.of(cal, written, LocalDate.of(2024, 5, 29))).isEqualTo(new Lateness.Verdict(Lateness.LATE, 1));
        assertThat(Lateness.of(cal, written, written)).isEqualTo(new Lateness.Verdict(Lateness.ON_TIME, 0));
        assertThat(Lateness.of(cal, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31)))
                .isEqualTo(new Lateness.Verdict(Lateness.UNKNOWN, null));
    }
}
