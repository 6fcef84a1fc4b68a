package org.gongkai.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tables as a spreadsheet: one sheet per table, a title row, the template's merged header cells as merged
 * regions, figures as numbers (amounts with up to four decimals), a figure nobody entered as the text 未录入.
 */
public final class ReportXlsx {

    private ReportXlsx() {
    }

    public static byte[] render(ReportDocument d) {
        return render(d.title(), d.tables());
    }

    public static byte[] render(String title, List<ReportTables.Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (ReportTables.Table t : tables) {
                sheet(wb, styles, title, t);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles s, String title, ReportTables.Table t) {
        Sheet sheet = wb.createSheet(t.key().sheetName());
        Row titleRow = sheet.createRow(0);
        Cell tc = titleRow.createCell(0);
        tc.setCellValue(title + " — " + t.key().titleZh());
        tc.setCellStyle(s.title);
        if (t.columns() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, t.columns() - 1));
        }
        int offset = 2;
        ReportTables.Placed[][] g = t.grid();
        for (int r = 0; r < g.length; r++) {
            Row row = sheet.createRow(r + offset);
            for (int c = 0; c < t.columns(); c++) {
                ReportTables.Placed p = g[r][c];
                Cell cell = row.createCell(c);
                cell.setCellStyle(style(s, p.cell()));
                if (p.row() == r && p.column() == c) {
                    value(cell, s, t, p.cell());
                    if (p.cell().rowSpan() > 1 || p.cell().colSpan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r + offset, r + offset + p.cell().rowSpan() - 1, c,
                                c + p.cell().colSpan() - 1));
                    }
                }
            }
        }
        int[] widths = ReportDocx.columnWidths(t);
        for (int c = 0; c < t.columns(); c++) {
            sheet.setColumnWidth(c, Math.min(255 * 256, Math.max(8 * 256, widths[c] * 256 / 140)));
        }
        sheet.createFreezePane(0, offset + t.headerRows());
    }

    private static void value(Cell cell, Styles s, ReportTables.Table t, ReportTables.Cell c) {
        if (c.kind() == ReportTables.Cell.Kind.VALUE && c.key() != null) {
            int dot = c.key().indexOf('.');
            Object v = t.value(c.key().substring(0, dot), c.key().substring(dot + 1));
            if (v instanceof Long l) {
                cell.setCellValue(l);
                return;
            }
            if (v instanceof BigDecimal b) {
                cell.setCellValue(b.doubleValue());
                cell.setCellStyle(s.amount);
                return;
            }
        }
        cell.setCellValue(c.text());
    }

    private static CellStyle style(Styles s, ReportTables.Cell c) {
        return switch (c.kind()) {
            case HEADER, NOTE -> s.header;
            case LABEL -> c.rowSpan() > 1 ? s.header : s.label;
            case VALUE -> s.value;
        };
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle value;
        final CellStyle amount;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            bold.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            Font plain = wb.createFont();
            plain.setFontName("宋体");
            plain.setFontHeightInPoints((short) 10);
            header = bordered(wb, plain, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            label = bordered(wb, plain, HorizontalAlignment.LEFT);
            label.setWrapText(true);
            value = bordered(wb, plain, HorizontalAlignment.CENTER);
            amount = bordered(wb, plain, HorizontalAlignment.CENTER);
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment align) {
            CellStyle st = wb.createCellStyle();
            st.setFont(font);
            st.setAlignment(align);
            st.setVerticalAlignment(VerticalAlignment.CENTER);
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
            return st;
        }
    }
}
