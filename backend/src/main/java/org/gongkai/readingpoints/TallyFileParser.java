package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.TallyFile.Column;
import org.gongkai.readingpoints.TallyFile.RawRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tally file — CSV (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030 as saved by Chinese Excel;
 * comma or tab separated) or XLSX (first sheet) — into raw rows. The first non-empty row is the header; its
 * names may be English or Chinese. Judging the values is {@link TallyRowChecker}'s job, not this class's.
 */
@ApplicationScoped
public class TallyFileParser {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Accepted header names, compared after lower-casing and removing spaces, underscores and hyphens. */
    private static final Map<String, Column> HEADERS = new LinkedHashMap<>();

    static {
        alias(Column.POINT, "point", "pointid", "pointname", "readingpoint", "readingpointid", "查阅点", "查阅点名称",
                "查阅点编号", "查阅点id", "查阅场所");
        alias(Column.DATE, "date", "day", "tallydate", "日期", "接待日期", "统计日期");
        alias(Column.PEOPLE, "people", "visitors", "peoplereceived", "接待人数", "人数", "接待人次", "查询人次", "人次");
        alias(Column.ITEMS, "items", "itemsconsulted", "查阅信息数", "查询信息数", "信息数", "查阅数", "查阅信息条数");
        alias(Column.NOTE, "note", "notes", "remark", "备注", "说明");
    }

    private static void alias(Column c, String... names) {
        for (String n : names) {
            HEADERS.put(n, c);
        }
    }

    public TallyFile parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badRequest("IMPORT_EMPTY", "上传的文件是空的。", "The uploaded file is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw ApiException.payloadTooLarge("文件超过 10 MB，请按月份拆分后分别导入。",
                    "The file is larger than 10 MB; split it by month and import the parts.");
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return xlsx(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ApiException.unsupportedMediaType("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV 后再导入。",
                    "Old Excel (.xls) files are not supported; save the file as .xlsx or CSV and import it again.");
        }
        return csv(bytes);
    }

    private TallyFile csv(byte[] bytes) {
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16";
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException notUtf8) {
                text = new String(bytes, GB18030);
                encoding = "GB18030";
            }
        }
        if (text.indexOf('\u0000') >= 0) {
            throw ApiException.unsupportedMediaType("文件不是 CSV 或 XLSX 表格。", "The file is neither CSV nor XLSX.");
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                if (records.size() > MAX_ROWS + 1) {
                    throw tooManyRows();
                }
                records.add(r.toList());
                rowNumbers.add((int) r.getRecordNumber());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("IMPORT_UNREADABLE", "CSV 文件格式有误（例如引号未闭合），无法读取。",
                    "The CSV file is malformed (for example an unclosed quote) and cannot be read.");
        }
        return rows("CSV", encoding, records, rowNumbers);
    }

    private TallyFile xlsx(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                throw emptyFile();
            }
            Sheet sheet = wb.getSheetAt(wb.getActiveSheetIndex());
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw tooManyRows();
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellText(row.getCell(c), formatter, evaluator));
                }
                records.add(cells);
                rowNumbers.add(row.getRowNum() + 1);
            }
        } catch (ApiException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw ApiException.badRequest("IMPORT_UNREADABLE", "无法读取该 XLSX 文件（文件损坏或不是 Excel 工作簿）。",
                    "The XLSX file cannot be read (damaged, or not an Excel workbook).");
        }
        return rows("XLSX", null, records, rowNumbers);
    }

    /** Dates as ISO text, whole numbers without ".0", everything else as Excel shows it. */
    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return String.valueOf((long) d);
            }
            return String.valueOf(d);
        }
        return formatter.formatCellValue(cell, evaluator).trim();
    }

    private static TallyFile rows(String format, String encoding, List<List<String>> records, List<Integer> rowNumbers) {
        int headerIndex = 0;
        while (headerIndex < records.size() && records.get(headerIndex).stream().allMatch(s -> s == null || s.isBlank())) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            throw emptyFile();
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        List<String> header = records.get(headerIndex);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).trim();
            if (name.isEmpty()) {
                continue;
            }
            Column c = HEADERS.get(normalise(name));
            if (c == null) {
                ignored.add(name);
            } else if (positions.putIfAbsent(c, i) != null) {
                throw ApiException.invalidField("file", "表头中“" + c.zh() + "”（" + c.key() + "）列出现了两次。",
                        "The header has the column " + c.key() + " twice.");
            }
        }
        List<ApiException.Violation> missing = new ArrayList<>();
        for (Column c : List.of(Column.POINT, Column.DATE, Column.PEOPLE, Column.ITEMS)) {
            if (!positions.containsKey(c)) {
                missing.add(ApiException.Violation.of(c.key(),
                        "缺少“" + c.zh() + "”列（表头可写 " + c.zh() + " 或 " + c.key() + "）。",
                        "The column " + c.key() + " (" + c.zh() + ") is missing from the header row."));
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(400, "IMPORT_COLUMNS_MISSING", Text.of(
                    "第一行必须是表头，包含：查阅点（point）、日期（date）、接待人数（people）、查阅信息数（items），可选备注（note）。",
                    "The first row must be a header with point, date, people and items (and optionally note)."), missing);
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            RawRow row = new RawRow(rowNumbers.get(i), cell(r, positions.get(Column.POINT)),
                    cell(r, positions.get(Column.DATE)), cell(r, positions.get(Column.PEOPLE)),
                    cell(r, positions.get(Column.ITEMS)), cell(r, positions.get(Column.NOTE)));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw ApiException.badRequest("IMPORT_EMPTY", "文件只有表头，没有数据行。", "The file has a header but no data rows.");
        }
        if (rows.size() > MAX_ROWS) {
            throw tooManyRows();
        }
        return new TallyFile(format, encoding, ignored, rows);
    }

    private static String cell(List<String> record, Integer position) {
        if (position == null || position >= record.size() || record.get(position) == null) {
            return "";
        }
        return record.get(position).trim();
    }

    static String normalise(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-（）()\\ufeff]", "");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ApiException emptyFile() {
        return ApiException.badRequest("IMPORT_EMPTY", "文件中没有任何内容。", "The file has no content.");
    }

    private static ApiException tooManyRows() {
        return ApiException.payloadTooLarge("文件超过 " + MAX_ROWS + " 行，请拆分后分别导入。",
                "The file has more than " + MAX_ROWS + " rows; split it and import the parts.");
    }
}
