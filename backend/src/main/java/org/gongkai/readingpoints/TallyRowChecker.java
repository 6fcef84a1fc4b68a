package org.gongkai.readingpoints;

import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.TallyFile.Column;
import org.gongkai.readingpoints.TallyFile.RawRow;
import org.gongkai.readingpoints.dto.TallyLimits;
import org.gongkai.readingpoints.dto.TallyImportReport.RejectedRow;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges the rows of a tally file: every problem of every row becomes a {@link RejectedRow} naming the row,
 * the column and the reason in both languages; the rest are accepted. Rows that give the same point and day
 * twice are all rejected (never summed), and a day that already has a tally is rejected unless the caller
 * asked to replace it. Database access goes through {@link Lookup}, so the rules are testable without one.
 */
public final class TallyRowChecker {

    public enum Action { CREATED, REPLACED, UNCHANGED }

    /** A reading point as the checker needs it. */
    public record PointRef(long id, String name, long agencyId, LocalDate activeFrom, LocalDate activeTo) {
        boolean openOn(LocalDate d) {
            return !d.isBefore(activeFrom) && (activeTo == null || !d.isAfter(activeTo));
        }
    }

    /** A tally already stored for a point and day. */
    public record Existing(long id, int people, int itemsConsulted, String note) {
    }

    public record Key(long pointId, LocalDate date) {
    }

    /** What the checker asks the database; points are only those the caller may log for. */
    public interface Lookup {
        Map<Long, PointRef> pointsById(Collection<Long> ids);

        Map<String, List<PointRef>> pointsByName(Collection<String> names);

        Map<Key, Existing> existing(Collection<Long> pointIds, LocalDate from, LocalDate to);

        boolean yearLocked(long agencyId, int year);
    }

    public record Accepted(int row, PointRef point, LocalDate date, int people, int itemsConsulted, String note,
                           Existing replaces, Action action) {
    }

    public record Result(List<Accepted> accepted, List<RejectedRow> rejected, int rowsRead) {
        public int rejectedRows() {
            return (int) rejected.stream().mapToInt(RejectedRow::row).distinct().count();
        }
    }

    private static final Pattern WHOLE = Pattern.compile("-?\\d+(\\.0*)?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final int MAX_NOTE = 500;

    private final Lookup lookup;
    private final LocalDate today;
    private final boolean replaceExisting;

    public TallyRowChecker(Lookup lookup, LocalDate today, boolean replaceExisting) {
        this.lookup = lookup;
        this.today = today;
        this.replaceExisting = replaceExisting;
    }

    private record Parsed(RawRow raw, PointRef point, LocalDate date, Integer people, Integer items, String note) {
    }

    public Result check(List<RawRow> rows) {
        List<RejectedRow> rejected = new ArrayList<>();
        Map<Long, PointRef> byId = lookup.pointsById(rows.stream().map(r -> asId(r.point())).filter(id -> id != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<String, List<PointRef>> byName = lookup.pointsByName(rows.stream()
                .filter(r -> asId(r.point()) == null && !r.point().isBlank()).map(r -> r.point().trim())
                .collect(Collectors.toCollection(LinkedHashSet::new)));

        List<Parsed> parsed = new ArrayList<>();
        Map<String, Boolean> locks = new HashMap<>();
        for (RawRow r : rows) {
            int before = rejected.size();
            PointRef point = point(r, byId, byName, rejected);
            LocalDate date = date(r, rejected);
            Integer people = count(r, Column.PEOPLE, r.people(), TallyLimits.MAX_PEOPLE, rejected);
            Integer items = count(r, Column.ITEMS, r.items(), TallyLimits.MAX_ITEMS, rejected);
            String note = r.note() == null || r.note().isBlank() ? null : r.note().trim();
            if (note != null && note.length() > MAX_NOTE) {
                rejected.add(reject(r, Column.NOTE, r.note(), "NOTE_TOO_LONG", Text.of(
                        "备注超过 " + MAX_NOTE + " 个字。", "The note is longer than " + MAX_NOTE + " characters.")));
            }
            if (point != null && date != null) {
                if (!point.openOn(date)) {
                    rejected.add(reject(r, Column.DATE, r.date(), "DATE_OUTSIDE_PERIOD", Text.of(
                            "“" + point.name() + "”在 " + date + " 未开放（开放期间：" + period(point) + "）。",
                            "“" + point.name() + "” was not open on " + date + " (open " + period(point) + ").")));
                } else if (locks.computeIfAbsent(point.agencyId() + "/" + date.getYear(),
                        k -> lookup.yearLocked(point.agencyId(), date.getYear()))) {
                    rejected.add(reject(r, Column.DATE, r.date(), "YEAR_LOCKED", Text.of(
                            date.getYear() + " 年度的年度报告已锁定，不能再导入该年度的数据。",
                            "The " + date.getYear() + " annual report is locked; tallies of that year cannot be imported.")));
                }
            }
            if (rejected.size() == before) {
                parsed.add(new Parsed(r, point, date, people, items, note));
            }
        }
        List<Accepted> accepted = finish(parsed, rejected);
        return new Result(accepted, sorted(rejected), rows.size());
    }

    /** Same point and day twice in the file, or a day that already has a tally. */
    private List<Accepted> finish(List<Parsed> parsed, List<RejectedRow> rejected) {
        Map<Key, List<Parsed>> byKey = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            byKey.computeIfAbsent(new Key(p.point().id(), p.date()), k -> new ArrayList<>()).add(p);
        }
        Map<Key, Existing> existing = parsed.isEmpty() ? Map.of() : lookup.existing(
                parsed.stream().map(p -> p.point().id()).collect(Collectors.toCollection(TreeSet::new)),
                parsed.stream().map(Parsed::date).min(LocalDate::compareTo).orElseThrow(),
                parsed.stream().map(Parsed::date).max(LocalDate::compareTo).orElseThrow());
        List<Accepted> accepted = new ArrayList<>();
        for (Map.Entry<Key, List<Parsed>> e : byKey.entrySet()) {
            List<Parsed> same = e.getValue();
            if (same.size() > 1) {
                for (Parsed p : same) {
                    String others = same.stream().filter(o -> o != p).map(o -> String.valueOf(o.raw().row()))
                            .collect(Collectors.joining("、"));
                    String othersEn = others.replace("、", ", ");
                    rejected.add(reject(p.raw(), Column.DATE, p.raw().date(), "DUPLICATE_IN_FILE", Text.of(
                            "与第 " + others + " 行是同一查阅点的同一天（“" + p.point().name() + "” " + p.date()
                                    + "），重复的行都不导入，也不会相加；请只保留一行。",
                            "Same point and day as row(s) " + othersEn + " (“" + p.point().name() + "” " + p.date()
                                    + "); duplicated rows are neither imported nor added up — keep one of them.")));
                }
                continue;
            }
            Parsed p = same.get(0);
            Existing old = existing.get(e.getKey());
            if (old != null && !replaceExisting) {
                rejected.add(reject(p.raw(), Column.DATE, p.raw().date(), "TALLY_EXISTS", Text.of(
                        "“" + p.point().name() + "” " + p.date() + " 已有日汇总（接待 " + old.people() + " 人次，查阅信息 "
                                + old.itemsConsulted() + " 条）。如需以文件为准，请选择覆盖已有数据（onExisting=replace）。",
                        "“" + p.point().name() + "” already has a tally for " + p.date() + " (" + old.people()
                                + " people, " + old.itemsConsulted() + " items); import with onExisting=replace to overwrite it.")));
                continue;
            }
            Action action = old == null ? Action.CREATED
                    : old.people() == p.people() && old.itemsConsulted() == p.items()
                    && Objects.equals(old.note(), p.note()) ? Action.UNCHANGED : Action.REPLACED;
            accepted.add(new Accepted(p.raw().row(), p.point(), p.date(), p.people(), p.items(), p.note(), old, action));
        }
        accepted.sort(Comparator.comparingInt(Accepted::row));
        return accepted;
    }

    private PointRef point(RawRow r, Map<Long, PointRef> byId, Map<String, List<PointRef>> byName,
                           List<RejectedRow> rejected) {
        String value = r.point() == null ? "" : r.point().trim();
        if (value.isEmpty()) {
            rejected.add(reject(r, Column.POINT, value, "POINT_MISSING", Text.of("查阅点为空。", "The point is empty.")));
            return null;
        }
        Long id = asId(value);
        if (id != null) {
            PointRef p = byId.get(id);
            if (p == null) {
                rejected.add(reject(r, Column.POINT, value, "POINT_UNKNOWN", Text.of(
                        "没有编号为 " + id + " 的查阅点，或您无权为其登记。",
                        "There is no reading point with id " + id + " that you may log for.")));
            }
            return p;
        }
        List<PointRef> named = byName.getOrDefault(value, List.of());
        if (named.isEmpty()) {
            rejected.add(reject(r, Column.POINT, value, "POINT_UNKNOWN", Text.of(
                    "没有名为“" + value + "”的查阅点，或您无权为其登记（名称须与系统中完全一致，也可填写查阅点编号）。",
                    "There is no reading point named “" + value + "” that you may log for (the name must match exactly; "
                            + "the point's id works too).")));
            return null;
        }
        if (named.size() > 1) {
            rejected.add(reject(r, Column.POINT, value, "POINT_AMBIGUOUS", Text.of(
                    "有 " + named.size() + " 个查阅点名为“" + value + "”（编号 " + ids(named) + "），请改填查阅点编号。",
                    named.size() + " reading points are named “" + value + "” (ids " + ids(named) + "); use the id instead.")));
            return null;
        }
        return named.get(0);
    }

    private LocalDate date(RawRow r, List<RejectedRow> rejected) {
        String value = r.date() == null ? "" : Normalizer.normalize(r.date(), Normalizer.Form.NFKC).trim();
        if (value.isEmpty()) {
            rejected.add(reject(r, Column.DATE, r.date(), "DATE_MISSING", Text.of("日期为空。", "The date is empty.")));
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            rejected.add(reject(r, Column.DATE, r.date(), "DATE_INVALID", Text.of(
                    "“" + r.date() + "”不是有效日期，请写成 2024-03-01 的形式。",
                    "“" + r.date() + "” is not a valid date; write it like 2024-03-01.")));
            return null;
        }
        if (date.isAfter(today)) {
            rejected.add(reject(r, Column.DATE, r.date(), "DATE_IN_FUTURE", Text.of(
                    "日期 " + date + " 晚于今天（" + today + "）。", "The date " + date + " is after today (" + today + ").")));
            return null;
        }
        return date;
    }

    static LocalDate parseDate(String value) {
        Matcher m = YMD.matcher(value);
        if (!m.matches()) {
            m = COMPACT.matcher(value);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer count(RawRow r, Column column, String raw, int max, List<RejectedRow> rejected) {
        String name = column == Column.PEOPLE ? "PEOPLE" : "ITEMS";
        String zh = column == Column.PEOPLE ? "接待人数" : "查阅信息数";
        String en = column == Column.PEOPLE ? "People" : "Items consulted";
        String value = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
        if (value.isEmpty()) {
            rejected.add(reject(r, column, raw, name + "_MISSING", Text.of(zh + "为空（没有时请填 0）。",
                    en + " is empty (write 0 for none).")));
            return null;
        }
        if (!WHOLE.matcher(value).matches()) {
            boolean decimal = DECIMAL.matcher(value).matches();
            rejected.add(reject(r, column, raw, name + "_INVALID", decimal
                    ? Text.of(zh + "必须是整数，不能是“" + raw + "”。", en + " must be a whole number, not “" + raw + "”.")
                    : Text.of(zh + "“" + raw + "”不是数字。", en + " “" + raw + "” is not a number.")));
            return null;
        }
        long n;
        try {
            n = Long.parseLong(value.replaceAll("\\.0*$", ""));
        } catch (NumberFormatException tooLong) {
            n = Long.MAX_VALUE;
        }
        if (n < 0) {
            rejected.add(reject(r, column, raw, name + "_NEGATIVE", Text.of(zh + "不能是负数。", en + " cannot be negative.")));
            return null;
        }
        if (n > max) {
            rejected.add(reject(r, column, raw, name + "_TOO_LARGE", Text.of(
                    zh + " " + value + " 超过单日上限 " + max + "，请核对是否填错列。",
                    en + " " + value + " is above the daily limit of " + max + "; check the column.")));
            return null;
        }
        return (int) n;
    }

    static Long asId(String point) {
        if (point == null) {
            return null;
        }
        String v = Normalizer.normalize(point, Normalizer.Form.NFKC).trim();
        if (!v.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(v);
    }

    private static String ids(List<PointRef> points) {
        return points.stream().map(p -> String.valueOf(p.id())).collect(Collectors.joining(", "));
    }

    private static String period(PointRef p) {
        return p.activeFrom() + " – " + (p.activeTo() == null ? "" : p.activeTo().toString());
    }

    private static RejectedRow reject(RawRow r, Column column, String value, String code, Text reason) {
        return new RejectedRow(r.row(), column.key(), value, code, reason);
    }

    private static List<RejectedRow> sorted(List<RejectedRow> rejected) {
        List<RejectedRow> list = new ArrayList<>(new LinkedHashSet<>(rejected));
        list.sort(Comparator.comparingInt(RejectedRow::row).thenComparing(r -> columnOrder(r.column())));
        return list;
    }

    private static int columnOrder(String key) {
        for (Column c : Column.values()) {
            if (c.key().equals(key)) {
                return c.ordinal();
            }
        }
        return Column.values().length;
    }
}
