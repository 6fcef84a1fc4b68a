package org.gongkai.openstats;

import org.gongkai.applications.ApplicationStatistics.GroupByMonth;
import org.gongkai.items.Category;
import org.gongkai.openstats.OpenStatisticsCsv.Dataset;
import org.gongkai.openstats.dto.OpenStatisticsView;
import org.gongkai.openstats.dto.OpenStatisticsView.CategoryCount;
import org.gongkai.openstats.dto.OpenStatisticsView.KindVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.MonthVisits;
import org.gongkai.openstats.dto.OpenStatisticsView.OutcomeCount;
import org.gongkai.openstats.dto.OpenStatisticsView.YearCount;
import org.gongkai.readingpoints.ReadingPointKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV cells, the file's bytes and the tables' sums, without a server. */
class OpenStatisticsCsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertEquals("规划计划", OpenStatisticsCsv.cell("规划计划"));
        assertEquals("42", OpenStatisticsCsv.cell("42"));
        assertEquals("-5", OpenStatisticsCsv.cell("-5"));
        assertEquals("", OpenStatisticsCsv.cell(""));
        assertEquals("", OpenStatisticsCsv.cell(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"财政预算、决算,收费\"", OpenStatisticsCsv.cell("财政预算、决算,收费"));
        assertEquals("\"所谓\"\"三公\"\"经费\"", OpenStatisticsCsv.cell("所谓\"三公\"经费"));
        assertEquals("\"第一行\n第二行\"", OpenStatisticsCsv.cell("第一行\n第二行"));
        assertEquals("\"a\r\nb\"", OpenStatisticsCsv.cell("a\r\nb"));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", OpenStatisticsCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", OpenStatisticsCsv.cell("+1"));
        assertEquals("'@SUM(A1)", OpenStatisticsCsv.cell("@SUM(A1)"));
        assertEquals("'-A1", OpenStatisticsCsv.cell("-A1"));
        assertEquals("\"'=1,2\"", OpenStatisticsCsv.cell("=1,2"));
    }

    @Test
    void fileIsUtf8WithOneBomAndCrlfLines() {
        byte[] bytes = OpenStatisticsCsv.write(Dataset.ITEMS_BY_YEAR, view(), false);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("年度,发布数量\r\n2023,4\r\n2024,6\r\n合计,10\r\n", text);
    }

    @Test
    void applicationsByMonthSumsEveryGroupPerMonthAndInTotal() {
        List<List<String>> rows = Dataset.APPLICATIONS_BY_MONTH.rows(view(), true);
        assertEquals(List.of("Month", "Received", "Not concluded yet", "Disclosed"), rows.get(0));
        assertEquals(List.of("1", "3", "1", "2"), rows.get(1));
        assertEquals(List.of("2", "0", "0", "0"), rows.get(2));
        assertEquals(List.of("12", "4", "0", "4"), rows.get(12));
        assertEquals(List.of("Total", "7", "1", "6"), rows.get(13));
        assertEquals(14, rows.size());
    }

    @Test
    void itemsByCategoryNamesTheCatalogueAndTotalsThePublishedItems() {
        List<List<String>> zh = Dataset.ITEMS_BY_CATEGORY.rows(view(), false);
        assertEquals(List.of("NORMATIVE", "行政规范性文件", "法定公开内容", "5"), zh.get(1));
        assertEquals(List.of("NEWS", "工作动态", "原公开目录（2011年版）", "1"), zh.get(2));
        assertEquals(List.of("合计", "", "", "6"), zh.get(3));
        List<List<String>> en = Dataset.ITEMS_BY_CATEGORY.rows(view(), true);
        assertEquals(List.of("NORMATIVE", "Normative documents", "Statutory content", "5"), en.get(1));
    }

    @Test
    void visitsLeaveUnrecordedWebsiteMonthsEmpty() {
        List<List<String>> rows = Dataset.VISITS_BY_MONTH.rows(view(), false);
        assertEquals(List.of("1", "2", "1", ""), rows.get(1));
        assertEquals(List.of("3", "0", "0", "900"), rows.get(3));
        assertEquals(List.of("合计", "2", "1", "900"), rows.get(13));
        List<List<String>> kinds = Dataset.VISITS_BY_KIND.rows(view(), true);
        assertEquals(List.of("Total", "1", "2", "1"), kinds.get(kinds.size() - 1));
    }

    @Test
    void datasetsByNameAndFileNamesPerLanguage() {
        assertEquals(Dataset.VISITS_BY_KIND, Dataset.bySlug("visits-by-kind").orElseThrow());
        assertTrue(Dataset.bySlug("VISITS_BY_KIND").isEmpty());
        assertEquals(7, Dataset.slugs().size());
        assertEquals("2024年查阅点接待（按类型）.csv", Dataset.VISITS_BY_KIND.fileName(2024, Locale.SIMPLIFIED_CHINESE));
        assertEquals("visits-by-kind-2024.csv", Dataset.VISITS_BY_KIND.fileName(2024, Locale.ENGLISH));
        assertEquals("items-published-by-year.csv", Dataset.ITEMS_BY_YEAR.fileName(2024, Locale.ENGLISH));
    }

    /** A small year: items in two categories, applications in January and December, a library's visits in January. */
    private static OpenStatisticsView view() {
        long[] itemMonths = new long[12];
        itemMonths[0] = 6;
        var items = new OpenStatisticsView.Items(6, 20, List.of(
                new CategoryCount("NORMATIVE", "行政规范性文件", "Normative documents", Category.Scheme.NATIONAL, 5),
                new CategoryCount("NEWS", "工作动态", "News", Category.Scheme.LEGACY_2011, 1)),
                itemMonths, List.of(new YearCount(2023, 4), new YearCount(2024, 6)));
        long[] pending = new long[12];
        pending[0] = 1;
        long[] disclosed = new long[12];
        disclosed[0] = 2;
        disclosed[11] = 4;
        var applications = new OpenStatisticsView.Applications(7, 0, 6, 1,
                List.of(new OutcomeCount("DISCLOSED", "予以公开", "Disclosed", 6)),
                List.of(new GroupByMonth("PENDING", "尚未办结", "Not concluded yet", pending),
                        new GroupByMonth("DISCLOSED", "予以公开", "Disclosed", disclosed)));
        List<MonthVisits> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthVisits(m, m == 1 ? 2 : 0, m == 1 ? 1 : 0, m == 3 ? 900L : null));
        }
        var visits = new OpenStatisticsView.Visits(2, 1, months,
                List.of(new KindVisits(ReadingPointKind.LIBRARY, "公共图书馆", "Public library", 1, 2, 1)), 900L, 1);
        return new OpenStatisticsView(2024, List.of(2024, 2023), null, null, items, applications, visits);
    }
}
