package org.gongkai.reports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * The report as a Word document in the official layout: A4 with the GB/T 9704 margins, the title in 小标宋 二号,
 * section titles in 黑体, body in 仿宋_GB2312 三号 with a two-character first-line indent, and — for the
 * national formats — tables 二, 三 and 四 after their sections, with the template's merged cells (horizontal
 * merges as grid spans, vertical merges as vMerge restart/continue) and header rows repeated on every page.
 * The legacy layout is title and sections only, as the 2011 report was.
 */
public final class ReportDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String LEAD_FONT = "楷体_GB2312";
    private static final String TABLE_FONT = "宋体";
    /** A4 text width with 28 mm + 26 mm side margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 8845;

    private ReportDocx() {
    }

    public static byte[] render(ReportDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(400);
            run(title, d.title(), TITLE_FONT, 22, false);
            for (ReportDocument.Section s : d.sections()) {
                if (!s.title().isEmpty()) {
                    XWPFParagraph h = doc.createParagraph();
                    h.setFirstLineIndent(640);
                    h.setSpacingBefore(120);
                    h.setKeepNext(true);
                    run(h, s.title(), HEADING_FONT, 16, false);
                }
                for (ReportDocument.Paragraph p : ReportDocument.Paragraph.of(s.text())) {
                    XWPFParagraph para = doc.createParagraph();
                    para.setFirstLineIndent(640);
                    para.setAlignment(ParagraphAlignment.BOTH);
                    para.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
                    if (p.heading()) {
                        run(para, p.text(), LEAD_FONT, 16, false);
                        para.setKeepNext(true);
                    } else {
                        if (!p.lead().isEmpty()) {
                            run(para, p.lead(), LEAD_FONT, 16, false);
                        }
                        run(para, p.text(), BODY_FONT, 16, false);
                    }
                }
                if (s.table() != null) {
                    table(doc, d.table(s.table()));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(2098));
        mar.setBottom(BigInteger.valueOf(1984));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1474));
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void table(XWPFDocument doc, ReportTables.Table t) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        int[] widths = columnWidths(t);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        ReportTables.Placed[][] g = t.grid();
        for (int r = 0; r < g.length; r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            if (r < t.headerRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            int c = 0;
            while (c < t.columns()) {
                ReportTables.Placed p = g[r][c];
                XWPFTableCell cell = row.createCell();
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = p.cell().colSpan();
                int w = 0;
                for (int i = c; i < c + span; i++) {
                    w += widths[i];
                }
                tc.addNewTcW().setW(BigInteger.valueOf(w));
                tc.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    tc.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                tc.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (p.cell().rowSpan() > 1) {
                    tc.addNewVMerge().setVal(p.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                XWPFParagraph para = cell.getParagraphs().get(0);
                if (p.row() == r) {
                    boolean left = p.cell().kind() == ReportTables.Cell.Kind.LABEL && p.cell().rowSpan() == 1;
                    para.setAlignment(left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                    run(para, p.cell().text(), TABLE_FONT, p.cell().kind() == ReportTables.Cell.Kind.NOTE ? 9 : 10, false);
                }
                c += span;
            }
        }
        doc.createParagraph();
    }

    /** Label columns wide enough for the template's labels; figures share what is left. */
    static int[] columnWidths(ReportTables.Table t) {
        int[] w = new int[t.columns()];
        switch (t.key()) {
            case APPLICATIONS_2021, APPLICATIONS_2019 -> {
                w[0] = 900;
                w[1] = 1200;
                w[2] = 2400;
                int rest = (TEXT_WIDTH - 4500) / 7;
                for (int i = 3; i < 10; i++) {
                    w[i] = rest;
                }
            }
            case PROACTIVE_2021, PROACTIVE_2019 -> {
                w[0] = 2645;
                for (int i = 1; i < 4; i++) {
                    w[i] = 2066;
                }
            }
            case LEGACY_STATISTICS -> {
                w[0] = 5045;
                w[1] = 1200;
                w[2] = 2600;
            }
            default -> java.util.Arrays.fill(w, TEXT_WIDTH / t.columns());
        }
        return w;
    }
}
