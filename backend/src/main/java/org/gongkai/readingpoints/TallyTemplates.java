package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.security.AgencyScope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Empty tally files for clerks to fill in, with the header the importer expects. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TallyTemplates {

    private static final String[] HEADER = {"查阅点", "日期", "接待人数", "查阅信息数", "备注"};

    @Inject
    ReadingPointRepository points;

    @Inject
    AgencyScope scope;

    /** UTF-8 with a BOM, so that Excel on a Chinese Windows opens it without garbling the header. */
    public byte[] csv() {
        return ("\uFEFF" + String.join(",", HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Sheet 1 to fill in (dates as text YYYY-MM-DD); sheet 2 lists the points the caller may log for. */
    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = wb.createSheet("日汇总");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, i == 0 ? 36 * 256 : 14 * 256);
            }
            Sheet list = wb.createSheet("查阅点");
            Row h = list.createRow(0);
            String[] cols = {"编号", "名称", "类型", "启用日期", "停用日期"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
                h.getCell(i).setCellStyle(bold);
            }
            list.setColumnWidth(1, 40 * 256);
            int r = 1;
            for (ReadingPoint p : inScope()) {
                Row row = list.createRow(r++);
                row.createCell(0).setCellValue(p.id);
                row.createCell(1).setCellValue(p.name);
                row.createCell(2).setCellValue(p.kind.label().zh());
                row.createCell(3).setCellValue(p.activeFrom.toString());
                row.createCell(4).setCellValue(p.activeTo == null ? "" : p.activeTo.toString());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ReadingPoint> inScope() {
        return scope.restriction()
                .map(id -> points.list("agency.id = ?1 order by name, id", id))
                .orElseGet(() -> points.list("order by name, id"));
    }
}
