package org.gongkai.reports;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The outputs opened again with POI (DOCX, XLSX), parsed (JSON) or searched (HTML). */
class ReportDocumentsTest {

    static ReportDocument national2021() {
        ReportFigures f = ReportFixtures.busy2021();
        return ReportDocument.of(ReportFixtures.dongqu(2021), ReportFormat.NATIONAL_2021, ReportStatus.DRAFT, f,
                ReportFixtures.busy2020(), Map.of(), ReportInputs.none(), LocalDate.of(2022, 3, 1),
                ReportChecks.run(ReportFormat.NATIONAL_2021, f, ReportFixtures.busy2020()));
    }

    static ReportDocument legacy2011() {
        ReportFigures f = ReportFixtures.dongqu2011();
        return ReportDocument.of(ReportFixtures.dongqu(2011), ReportFormat.LEGACY, ReportStatus.LOCKED, f, null,
                Map.of(SectionKey.OTHER, "主动公开严格执行《条例》规定。\n另：本段为编辑修改后的文字。"),
                ReportFixtures.dongquInputs(), LocalDate.of(2012, 3, 1), ReportChecks.run(ReportFormat.LEGACY, f, null));
    }

    private static String cellText(XWPFTable t, int row, int cell) {
        return t.getRow(row).getCell(cell).getText();
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().getTcPr();
    }

    private static int span(XWPFTableCell c) {
        return pr(c).isSetGridSpan() ? pr(c).getGridSpan().getVal().intValue() : 1;
    }

    private static String vMerge(XWPFTableCell c) {
        if (!pr(c).isSetVMerge()) {
            return "none";
        }
        return pr(c).getVMerge().isSetVal() && pr(c).getVMerge().getVal() == STMerge.RESTART ? "restart" : "continue";
    }

    @Test
    void docxHasTheThreeTablesInTheOfficialLayout() throws IOException {
        byte[] bytes = ReportDocx.render(national2021());
        Path sample = Path.of("target/report-samples/national-2021.docx");
        Files.createDirectories(sample.getParent());
        Files.write(sample, bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("攀枝花市东区2021年政府信息公开工作年度报告");
            assertThat(paragraphs).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
            assertThat(String.join("\n", paragraphs)).contains("收取信息处理费0.12万元");
            assertThat(doc.getTables()).hasSize(3);

            XWPFTable t2 = doc.getTables().get(0);
            assertThat(cellText(t2, 0, 0)).isEqualTo("第二十条第（一）项");
            assertThat(span(t2.getRow(0).getCell(0))).isEqualTo(4);
            assertThat(cellText(t2, 1, 1)).isEqualTo("本年制发件数");
            assertThat(cellText(t2, 3, 0)).isEqualTo("行政规范性文件");
            assertThat(cellText(t2, 3, 3)).isEqualTo("41");
            assertThat(cellText(t2, 6, 1)).isEqualTo("2310");
            assertThat(span(t2.getRow(6).getCell(1))).isEqualTo(3);
            assertThat(cellText(t2, 12, 1)).isEqualTo("本年收费金额（单位：万元）");
            assertThat(cellText(t2, 13, 1)).isEqualTo("12.35");

            XWPFTable t3 = doc.getTables().get(1);
            assertThat(t3.getRows()).hasSize(28);
            XWPFTableCell note = t3.getRow(0).getCell(0);
            assertThat(note.getText()).contains("勾稽关系");
            assertThat(span(note)).isEqualTo(3);
            assertThat(vMerge(note)).isEqualTo("restart");
            assertThat(vMerge(t3.getRow(1).getCell(0))).isEqualTo("continue");
            assertThat(vMerge(t3.getRow(2).getCell(0))).isEqualTo("continue");
            assertThat(cellText(t3, 0, 1)).isEqualTo("申请人情况");
            assertThat(span(t3.getRow(0).getCell(1))).isEqualTo(7);
            assertThat(cellText(t3, 1, 1)).isEqualTo("自然人");
            assertThat(vMerge(t3.getRow(1).getCell(1))).isEqualTo("restart");
            assertThat(cellText(t3, 1, 2)).isEqualTo("法人或其他组织");
            assertThat(span(t3.getRow(1).getCell(2))).isEqualTo(5);
            assertThat(cellText(t3, 1, 3)).isEqualTo("总计");
            assertThat(t3.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertThat(t3.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cellText(t3, 3, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(span(t3.getRow(3).getCell(0))).isEqualTo(3);
            assertThat(t3.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("一、本年新收政府信息公开申请数量", "120", "18", "2", "1", "6", "3", "150");
            assertThat(cellText(t3, 5, 0)).isEqualTo("三、本年度办理结果");
            assertThat(vMerge(t3.getRow(5).getCell(0))).isEqualTo("restart");
            assertThat(cellText(t3, 7, 1)).isEqualTo("（三）不予公开");
            assertThat(cellText(t3, 7, 2)).isEqualTo("1.属于国家秘密");
            assertThat(vMerge(t3.getRow(8).getCell(1))).isEqualTo("continue");
            assertThat(cellText(t3, 8, 2)).isEqualTo("2.其他法律行政法规禁止公开");
            assertThat(cellText(t3, 26, 1)).isEqualTo("（七）总计");
            assertThat(cellText(t3, 26, 8)).isEqualTo("149");
            assertThat(cellText(t3, 27, 0)).isEqualTo("四、结转下年度继续办理");
            assertThat(cellText(t3, 27, 7)).isEqualTo("3");

            XWPFTable t4 = doc.getTables().get(2);
            assertThat(cellText(t4, 0, 0)).isEqualTo("行政复议");
            assertThat(span(t4.getRow(0).getCell(0))).isEqualTo(5);
            assertThat(vMerge(t4.getRow(0).getCell(0))).isEqualTo("restart");
            assertThat(cellText(t4, 0, 1)).isEqualTo("行政诉讼");
            assertThat(span(t4.getRow(0).getCell(1))).isEqualTo(10);
            assertThat(cellText(t4, 1, 1)).isEqualTo("未经复议直接起诉");
            assertThat(cellText(t4, 1, 2)).isEqualTo("复议后起诉");
            assertThat(t4.getRow(2).getTableCells()).hasSize(15);
            assertThat(t4.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("3", "1", "0", "1", "5", "1", "0", "0", "1", "2", "0", "0", "1", "0", "1");
        }
    }

    @Test
    void legacyDocxIsTitleAndSectionsWithTheEditedTextAndNoTables() throws IOException {
        byte[] bytes = ReportDocx.render(legacy2011());
        Files.createDirectories(Path.of("target/report-samples"));
        Files.write(Path.of("target/report-samples/legacy-2011.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getTables()).isEmpty();
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).startsWith("攀枝花市东区2011年政府信息公开工作年度报告")
                    .contains("一、政府信息公开工作概述", "七、其他需要报告的事项", "累计主动公开政府信息数量达75646条",
                            "年访问量未作统计", "另：本段为编辑修改后的文字。");
            XWPFParagraph lead = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）加强组织领导"))
                    .findFirst().orElseThrow();
            assertThat(lead.getRuns().get(0).text()).isEqualTo("（一）加强组织领导，落实工作责任。");
            assertThat(lead.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("楷体_GB2312");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithMergedHeaders() throws IOException {
        byte[] bytes = ReportXlsx.render(national2021());
        Files.createDirectories(Path.of("target/report-samples"));
        Files.write(Path.of("target/report-samples/national-2021.xlsx"), bytes);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("二、主动公开");
            assertThat(wb.getSheetName(1)).isEqualTo("三、依申请公开");
            assertThat(wb.getSheetName(2)).isEqualTo("四、复议和诉讼");
            Sheet t3 = wb.getSheetAt(1);
            assertThat(t3.getRow(0).getCell(0).getStringCellValue()).contains("攀枝花市东区2021年", "收到和处理");
            List<CellRangeAddress> merged = t3.getMergedRegions();
            assertThat(merged).contains(CellRangeAddress.valueOf("A3:C5"), CellRangeAddress.valueOf("D3:J3"),
                    CellRangeAddress.valueOf("D4:D5"), CellRangeAddress.valueOf("E4:I4"), CellRangeAddress.valueOf("J4:J5"),
                    CellRangeAddress.valueOf("A6:C6"), CellRangeAddress.valueOf("A8:A29"), CellRangeAddress.valueOf("B10:B17"));
            assertThat(t3.getRow(2).getCell(3).getStringCellValue()).isEqualTo("申请人情况");
            assertThat(t3.getRow(4).getCell(4).getStringCellValue()).isEqualTo("商业企业");
            assertThat(t3.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(120);
            assertThat(t3.getRow(5).getCell(9).getNumericCellValue()).isEqualTo(150);
            assertThat(t3.getRow(29).getCell(9).getNumericCellValue()).isEqualTo(3);
            Sheet t4 = wb.getSheetAt(2);
            assertThat(t4.getMergedRegions()).contains(CellRangeAddress.valueOf("A3:E4"), CellRangeAddress.valueOf("F3:O3"),
                    CellRangeAddress.valueOf("F4:J4"), CellRangeAddress.valueOf("K4:O4"));
            assertThat(t4.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(5);
            Sheet t2 = wb.getSheetAt(0);
            assertThat(t2.getRow(15).getCell(1).getNumericCellValue()).isEqualTo(12.35);
        }
    }

    @Test
    void xlsxOfALegacyYearListsItsFiguresAndSaysWhatWasNotRecorded() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.render(legacy2011())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("累计主动公开政府信息");
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(75_646);
            boolean notRecorded = false;
            for (int r = 3; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r).getCell(0).getStringCellValue().equals("政府网站年访问量")) {
                    notRecorded = s.getRow(r).getCell(2).getStringCellValue().equals("未统计");
                }
            }
            assertThat(notRecorded).isTrue();
        }
    }

    @Test
    void htmlPreviewIsPrintReadyWithMergedCellsAndScreenOnlyChecks() {
        String html = ReportHtml.render(national2021());
        assertThat(html).contains("<h1>攀枝花市东区2021年政府信息公开工作年度报告</h1>", "@page { size: A4;",
                "<h2>三、收到和处理政府信息公开申请情况</h2>",
                "<th rowspan=\"3\" colspan=\"3\" class=\"note\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>",
                "<th rowspan=\"1\" colspan=\"7\" class=\"header\">申请人情况</th>",
                "<th rowspan=\"2\" colspan=\"1\" class=\"header\">自然人</th>",
                "<td rowspan=\"22\" colspan=\"1\" class=\"group\">三、本年度办理结果</td>",
                "data-key=\"new_requests.grand_total\">150</td>",
                "<th rowspan=\"2\" colspan=\"5\" class=\"header\">行政复议</th>",
                "class=\"screen-only\"", "[通过]", "法定公开期限：2022-03-31");
        assertThat(html).contains("<span class=\"lead\">（一）主动公开。</span>").doesNotContain("{section")
                .doesNotContain("null");
        String legacy = ReportHtml.render(legacy2011());
        assertThat(legacy).contains("<span class=\"lead\">（一）加强组织领导，落实工作责任。</span>", "年访问量未作统计",
                "[提示]", "<p class=\"heading\">1.政府网站</p>").doesNotContain("class=\"draft-mark\"");
    }

    @Test
    void htmlEscapesWhatTheOfficeTyped() {
        ReportFigures f = ReportFixtures.dongqu2011();
        ReportDocument d = ReportDocument.of(ReportFixtures.dongqu(2011), ReportFormat.LEGACY, ReportStatus.DRAFT, f, null,
                Map.of(SectionKey.OTHER, "<script>alert(1)</script>"), ReportInputs.none(), LocalDate.of(2012, 1, 1),
                List.of());
        assertThat(ReportHtml.render(d)).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("class=\"draft-mark\"");
    }

    @Test
    void jsonHasEverythingUnderTheDocumentedKeys() throws IOException {
        JsonNode j = ReportJson.MAPPER.readTree(ReportJson.write(national2021()));
        assertThat(j.get("schema").asText()).isEqualTo("gongkai.annual-report/1");
        assertThat(j.get("format").asText()).isEqualTo("NATIONAL_2021");
        assertThat(j.at("/sections/0/key").asText()).isEqualTo("preamble");
        assertThat(j.at("/tables/1/key").asText()).isEqualTo("APPLICATIONS_2021");
        assertThat(j.at("/tables/1/values/new_requests/grand_total").asLong()).isEqualTo(150);
        assertThat(j.at("/tables/2/values/cases/rev_maintained").asLong()).isEqualTo(3);
        assertThat(j.at("/figures/applications/columns/business_corp/newReceived").asLong()).isEqualTo(18);
        assertThat(j.at("/checks/0/code").asText()).isEqualTo("NON_NEGATIVE");
        assertThat(j.at("/comparison/rows/1/key").asText()).isEqualTo("proactive.published_in_year");
        assertThat(j.at("/deadline/due").asText()).isEqualTo("2022-03-31");
        assertThat(j.at("/figuresFingerprint").asText()).hasSize(64);
    }

    @Test
    void paragraphsKnowTheirHeadingsAndLeads() {
        assertThat(ReportDocument.Paragraph.of("（一）主动公开政府信息的数量\n1.政府网站\n（二）依申请公开。全年共收到申请3件。\n正文。"))
                .containsExactly(new ReportDocument.Paragraph("", "（一）主动公开政府信息的数量", true),
                        new ReportDocument.Paragraph("", "1.政府网站", true),
                        new ReportDocument.Paragraph("（二）依申请公开。", "全年共收到申请3件。", false),
                        new ReportDocument.Paragraph("", "正文。", false));
    }
}
