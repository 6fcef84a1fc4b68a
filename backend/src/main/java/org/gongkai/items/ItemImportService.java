package org.gongkai.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.text.Text;
import org.gongkai.items.ItemBulkLoader.Prepared;
import org.gongkai.items.ItemBulkLoader.RowProblem;
import org.gongkai.items.dto.ImportReport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports historical published items from CSV (header row; UTF-8 with or without BOM, or GB18030 as Excel saves
 * it on Chinese Windows) or JSON (an array of objects with the same names). Every row is parsed and checked
 * first; then either all rows are saved or none ({@code all-or-nothing}), or the valid ones
 * ({@code valid-rows}). The report names each rejected row, field and reason in Chinese and English.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemImportService {

    public static final String ALL_OR_NOTHING = "all-or-nothing";
    public static final String VALID_ROWS = "valid-rows";
    private static final int LISTED = 1000;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** Canonical column names and the other spellings accepted in a header (Chinese headers included). */
    static final Map<String, List<String>> COLUMNS = columns();

    @Inject
    ItemBulkLoader loader;

    @Inject
    AgencyRepository agencies;

    @Inject
    CategoryRepository categories;

    @Inject
    AgencyScope scope;

    @Inject
    ItemsConfig config;

    @Inject
    ObjectMapper json;

    /** One parsed row: where it came from and its values by canonical column. */
    record Row(int number, Map<String, String> values) {
    }

    @Transactional
    public ImportReport importItems(byte[] body, String mediaType, String mode) {
        if (!ALL_OR_NOTHING.equals(mode) && !VALID_ROWS.equals(mode)) {
            throw ApiException.invalidField("mode", "导入模式应为 all-or-nothing 或 valid-rows。",
                    "mode must be all-or-nothing or valid-rows.");
        }
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("EMPTY_IMPORT", "导入内容为空。", "The import is empty.");
        }
        boolean isJson = mediaType != null && mediaType.toLowerCase(Locale.ROOT).contains("json");
        String text = decode(body, charsetOf(mediaType));
        List<Row> rows = isJson ? jsonRows(text) : csvRows(text);
        if (rows.isEmpty()) {
            throw ApiException.badRequest("EMPTY_IMPORT", "导入内容中没有数据行。", "The import has no data rows.");
        }
        if (rows.size() > config.maxImportRows()) {
            throw ApiException.payloadTooLarge("一次最多导入" + config.maxImportRows() + "行，请拆分文件。",
                    "At most " + config.maxImportRows() + " rows per import; split the file.");
        }
        List<RowProblem> problems = new ArrayList<>();
        List<HistoricalItem> items = new ArrayList<>();
        List<Row> sources = new ArrayList<>();
        Lookups lookups = new Lookups();
        for (Row row : rows) {
            List<RowProblem> mine = new ArrayList<>();
            HistoricalItem item = toItem(row, lookups, mine);
            if (mine.isEmpty()) {
                items.add(item);
                sources.add(row);
            } else {
                problems.addAll(mine);
            }
        }
        ItemBulkLoader.Checked checked = loader.check(items);
        checked.problems().forEach(p -> problems.add(new RowProblem(sources.get(p.index()).number(),
                field(p.field()), p.reason())));
        List<Prepared> valid = checked.valid().stream().map(p -> new Prepared(sources.get(p.index()).number(),
                p.agency(), p.category(), p.content())).toList();
        boolean commit = !valid.isEmpty() && (problems.isEmpty() || VALID_ROWS.equals(mode));
        List<String> numbers = commit ? loader.insert(valid, "import " + (isJson ? "JSON" : "CSV")) : List.of();
        problems.sort(Comparator.comparingInt(RowProblem::index));
        TreeSet<Integer> rejectedRows = new TreeSet<>();
        problems.forEach(p -> rejectedRows.add(p.index()));
        return new ImportReport(mode, commit, rows.size(), commit ? valid.size() : 0, rejectedRows.size(),
                problems.stream().limit(LISTED).map(p -> new ImportReport.Rejection(p.index(), p.field(),
                        p.reason().zh(), p.reason().en())).toList(),
                numbers.stream().limit(LISTED).toList());
    }

    // ----- reading the payload ---------------------------------------------------------------------------------

    /** UTF-8 (BOM or not) unless the content type names a charset; bytes that are not UTF-8 are read as GB18030. */
    static String decode(byte[] body, Charset declared) {
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            return new String(body, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(body, GB18030);
        }
    }

    private static Charset charsetOf(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        Matcher m = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)\"?", Pattern.CASE_INSENSITIVE).matcher(mediaType);
        if (!m.find()) {
            return null;
        }
        try {
            Charset c = Charset.forName(m.group(1));
            // GBK and GB2312 files are read with their superset. ISO-8859-1 and ASCII are what HTTP tools add by
            // default and are never right for Chinese text: the content decides then.
            if (c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)) {
                return null;
            }
            return c.name().equals("GBK") || c.name().equals("GB2312") ? GB18030 : c;
        } catch (IllegalArgumentException e) {
            throw ApiException.unsupportedMediaType("不支持字符集“" + m.group(1) + "”，请使用 UTF-8 或 GB18030。",
                    "Unsupported charset '" + m.group(1) + "'; use UTF-8 or GB18030.");
        }
    }

    static List<Row> csvRows(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> headerToColumn = headerMapping(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                Map<String, String> values = new HashMap<>();
                headerToColumn.forEach((header, column) -> {
                    if (r.isSet(header)) {
                        values.put(column, r.get(header));
                    }
                });
                rows.add(new Row((int) r.getRecordNumber() + 1, values));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("MALFORMED_CSV", "CSV 格式有误（" + e.getMessage() + "）。请检查引号和分隔符，"
                    + "第一行须为列名。", "The CSV is malformed (" + e.getMessage() + "). Check quotes and separators; "
                    + "the first line must name the columns.");
        }
    }

    private List<Row> jsonRows(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "JSON 格式有误：" + e.getOriginalMessage(),
                    "The JSON is malformed: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw ApiException.badRequest("MALFORMED_JSON", "JSON 导入内容须为对象数组。",
                    "A JSON import must be an array of objects.");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach((c, aliases) -> aliases.forEach(a -> known.put(a, c)));
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (!node.isObject()) {
                throw ApiException.badRequest("MALFORMED_JSON", "第" + (i + 1) + "个元素不是对象。",
                        "Element " + (i + 1) + " is not an object.");
            }
            Map<String, String> values = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String column = known.get(normalHeader(f.getKey()));
                if (column == null) {
                    throw unknownColumn(f.getKey());
                }
                JsonNode v = f.getValue();
                if (v == null || v.isNull()) {
                    continue;
                }
                if (v.isArray()) {
                    List<String> parts = new ArrayList<>();
                    v.forEach(e -> parts.add(e.asText()));
                    values.put(column, String.join("|", parts));
                } else {
                    values.put(column, v.isTextual() ? v.textValue() : v.toString());
                }
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    private static Map<String, String> headerMapping(List<String> headers) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach((c, aliases) -> aliases.forEach(a -> known.put(a, c)));
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String h : headers) {
            String column = known.get(normalHeader(h));
            if (column == null) {
                throw unknownColumn(h);
            }
            mapping.put(h, column);
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("title", "agency", "category", "writtenDate", "publicationDate")) {
            if (!mapping.containsValue(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("MISSING_COLUMNS", "缺少必需的列：" + String.join("、", missing) + "。",
                    "Required columns are missing: " + String.join(", ", missing) + ".");
        }
        return mapping;
    }

    private static ApiException unknownColumn(String header) {
        return ApiException.badRequest("UNKNOWN_COLUMN", "无法识别的列“" + header + "”。可用的列：" + String.join("、", COLUMNS.keySet())
                + "（也可用中文列名）。", "Unknown column '" + header + "'. Columns: " + String.join(", ", COLUMNS.keySet())
                + " (Chinese names are accepted too).");
    }

    private static String normalHeader(String h) {
        return h == null ? "" : h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("agency", List.of("agency", "agencycode", "agencyid", "发布机构", "发布机构代码", "机构代码", "机构"));
        m.put("category", List.of("category", "categorycode", "类别", "类别代码", "目录类别", "信息类别"));
        m.put("title", List.of("title", "标题", "名称", "信息名称"));
        m.put("documentNumber", List.of("documentnumber", "文号", "发文字号"));
        m.put("writtenDate", List.of("writtendate", "成文日期", "生成日期"));
        m.put("publicationDate", List.of("publicationdate", "发布日期", "公开日期"));
        m.put("topic", List.of("topic", "主题分类", "主题"));
        m.put("keywords", List.of("keywords", "关键词", "主题词"));
        m.put("summary", List.of("summary", "摘要", "内容概述"));
        m.put("body", List.of("body", "正文", "内容"));
        m.put("validity", List.of("validity", "有效性"));
        m.put("repealDate", List.of("repealdate", "废止日期"));
        m.put("channels", List.of("channels", "公开渠道", "公开方式"));
        Map<String, List<String>> normal = new LinkedHashMap<>();
        m.forEach((k, v) -> normal.put(k, v.stream().map(ItemImportService::normalHeader).toList()));
        return normal;
    }

    // ----- one row to a historical item ------------------------------------------------------------------------

    /** Agencies and categories by every name a spreadsheet may use, loaded once per import. */
    private final class Lookups {
        final Map<String, Agency> agency = new HashMap<>();
        final Map<String, String> category = new HashMap<>();

        Lookups() {
            for (Agency a : agencies.listAll()) {
                agency.put(a.catalogueCode.toLowerCase(Locale.ROOT), a);
                agency.put(String.valueOf(a.id), a);
                agency.putIfAbsent(a.name, a);
                if (a.shortName != null) {
                    agency.putIfAbsent(a.shortName, a);
                }
            }
            for (Category c : categories.listAll()) {
                category.put(c.code.toLowerCase(Locale.ROOT), c.code);
                category.putIfAbsent(c.nameZh, c.code);
            }
        }
    }

    private HistoricalItem toItem(Row row, Lookups lookups, List<RowProblem> problems) {
        Map<String, String> v = row.values();
        int n = row.number();
        Agency agency = null;
        String agencyText = blank(v.get("agency"));
        if (agencyText == null) {
            problems.add(problem(n, "agency", "请填写发布机构（机构代码、编号或名称）。",
                    "The agency is required (catalogue code, id or name)."));
        } else {
            agency = lookups.agency.getOrDefault(agencyText.toLowerCase(Locale.ROOT), lookups.agency.get(agencyText));
            if (agency == null) {
                problems.add(problem(n, "agency", "找不到发布机构“" + agencyText + "”。", "No agency '" + agencyText + "'."));
            } else if (!scope.canActOn(agency.id)) {
                problems.add(problem(n, "agency", "您只能导入本机关的信息。", "You may only import your own agency's items."));
            }
        }
        String categoryText = blank(v.get("category"));
        String categoryCode = null;
        if (categoryText == null) {
            problems.add(problem(n, "category", "请填写类别（代码或名称）。", "The category is required (code or name)."));
        } else {
            categoryCode = lookups.category.getOrDefault(categoryText.toLowerCase(Locale.ROOT),
                    lookups.category.get(categoryText));
            if (categoryCode == null) {
                problems.add(problem(n, "category", "找不到类别“" + categoryText + "”。", "No category '" + categoryText + "'."));
            }
        }
        LocalDate written = date(v.get("writtenDate"), n, "writtenDate", problems);
        LocalDate published = date(v.get("publicationDate"), n, "publicationDate", problems);
        LocalDate repealed = date(v.get("repealDate"), n, "repealDate", problems);
        Topic topic = label(Topic.class, v.get("topic"), n, "topic", problems);
        Validity validity = label(Validity.class, v.get("validity"), n, "validity", problems);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        String channelText = blank(v.get("channels"));
        if (channelText != null) {
            for (String part : channelText.split("[|;；,，、/]")) {
                Channel c = label(Channel.class, part, n, "channels", problems);
                if (c != null) {
                    channels.add(c);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new HistoricalItem(agency.id, categoryCode, v.get("title"), v.get("documentNumber"), written, published,
                topic, v.get("keywords"), v.get("summary"), v.get("body"), validity, repealed, channels);
    }

    /** ISO dates, and the spellings Chinese spreadsheets use: 2011/3/5, 2011.3.5, 2011年3月5日. */
    static LocalDate parseDate(String s) {
        String t = s.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            Matcher m = DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            throw e;
        }
    }

    private static LocalDate date(String raw, int row, String field, List<RowProblem> problems) {
        String s = blank(raw);
        if (s == null) {
            return null;
        }
        try {
            return parseDate(s);
        } catch (RuntimeException e) {
            problems.add(problem(row, field, "日期“" + s + "”无法识别，请写作 2011-03-05。",
                    "Cannot read the date '" + s + "'; write it as 2011-03-05."));
            return null;
        }
    }

    /** An enum by code (IN_FORCE) or by its Chinese or English name (现行有效). */
    private static <E extends Enum<E>> E label(Class<E> type, String raw, int row, String field,
                                               List<RowProblem> problems) {
        String s = blank(raw);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            Text label = labelOf(e);
            if (e.name().equalsIgnoreCase(s) || label.zh().equals(s) || label.en().equalsIgnoreCase(s)) {
                return e;
            }
        }
        problems.add(problem(row, field, "“" + s + "”不是有效的取值。", "'" + s + "' is not a valid value."));
        return null;
    }

    private static Text labelOf(Enum<?> e) {
        if (e instanceof Topic t) {
            return t.label();
        }
        if (e instanceof Validity v) {
            return v.label();
        }
        if (e instanceof Channel c) {
            return c.label();
        }
        return Text.of(e.name(), e.name());
    }

    /** The loader names fields after the item; the import names them after its columns. */
    private static String field(String loaderField) {
        return switch (loaderField) {
            case "agencyId" -> "agency";
            case "categoryCode" -> "category";
            default -> loaderField;
        };
    }

    private static RowProblem problem(int row, String field, String zh, String en) {
        return new RowProblem(row, field, Text.of(zh, en));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
