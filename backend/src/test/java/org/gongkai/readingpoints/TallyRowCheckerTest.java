package org.gongkai.readingpoints;

import org.gongkai.readingpoints.TallyFile.RawRow;
import org.gongkai.readingpoints.TallyRowChecker.Existing;
import org.gongkai.readingpoints.TallyRowChecker.Key;
import org.gongkai.readingpoints.TallyRowChecker.PointRef;
import org.gongkai.readingpoints.dto.TallyImportReport.RejectedRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The import rules without a database. */
class TallyRowCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final PointRef CENTRE = new PointRef(1, "政务服务中心一号查阅点", 10, LocalDate.of(2008, 5, 1), null);
    private static final PointRef LIBRARY = new PointRef(2, "图书馆查阅点", 10, LocalDate.of(2010, 1, 1), LocalDate.of(2025, 12, 31));
    private static final PointRef TWIN_A = new PointRef(3, "公告栏", 10, LocalDate.of(2008, 1, 1), null);
    private static final PointRef TWIN_B = new PointRef(4, "公告栏", 11, LocalDate.of(2008, 1, 1), null);

    private final Map<Key, Existing> existing = new HashMap<>();

    private final TallyRowChecker.Lookup lookup = new TallyRowChecker.Lookup() {
        final List<PointRef> all = List.of(CENTRE, LIBRARY, TWIN_A, TWIN_B);

        @Override
        public Map<Long, PointRef> pointsById(Collection<Long> ids) {
            return all.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toMap(PointRef::id, p -> p));
        }

        @Override
        public Map<String, List<PointRef>> pointsByName(Collection<String> names) {
            return all.stream().filter(p -> names.contains(p.name())).collect(Collectors.groupingBy(PointRef::name));
        }

        @Override
        public Map<Key, Existing> existing(Collection<Long> pointIds, LocalDate from, LocalDate to) {
            return existing;
        }

        @Override
        public boolean yearLocked(long agencyId, int year) {
            return year == 2011;
        }
    };

    private TallyRowChecker.Result check(boolean replace, RawRow... rows) {
        return new TallyRowChecker(lookup, TODAY, replace).check(List.of(rows));
    }

    private static RawRow row(int n, String point, String date, String people, String items) {
        return new RawRow(n, point, date, people, items, null);
    }

    private static List<String> codes(TallyRowChecker.Result r) {
        return r.rejected().stream().map(RejectedRow::code).toList();
    }

    @Test
    void acceptsIdsNamesAndTheUsualDateAndNumberSpellings() {
        var r = check(false,
                row(2, "1", "2026-03-02", "1,234", "610"),
                row(3, "政务服务中心一号查阅点", "2026/3/3", "１２００", "600.0"),
                row(4, " 1 ", "2026年3月4日", "0", "0"),
                row(5, "2", "20250105", "3", "4"));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.accepted()).extracting(TallyRowChecker.Accepted::people).containsExactly(1234, 1200, 0, 3);
        assertThat(r.accepted()).extracting(TallyRowChecker.Accepted::date).containsExactly(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2025, 1, 5));
        assertThat(r.accepted()).allMatch(a -> a.action() == TallyRowChecker.Action.CREATED);
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumn() {
        var r = check(false, row(7, "", "tomorrow", "-1", "1.5"));
        assertThat(r.rejected()).extracting(RejectedRow::column).containsExactly("point", "date", "people", "items");
        assertThat(codes(r)).containsExactly("POINT_MISSING", "DATE_INVALID", "PEOPLE_NEGATIVE", "ITEMS_INVALID");
        assertThat(r.rejected()).allMatch(x -> x.row() == 7 && !x.reason().zh().isBlank() && !x.reason().en().isBlank());
        assertThat(r.rejectedRows()).isEqualTo(1);
        assertThat(r.accepted()).isEmpty();
    }

    @Test
    void datesMustBeRealPastAndWithinThePointsOpeningAndYearsUnlocked() {
        var r = check(false,
                row(2, "1", "2026-02-29", "1", "1"),
                row(3, "1", "2026-03-11", "1", "1"),
                row(4, "2", "2026-01-05", "1", "1"),
                row(5, "1", "2011-06-01", "1", "1"),
                row(6, "1", "2026-03-10", "1", "1"));
        assertThat(codes(r)).containsExactly("DATE_INVALID", "DATE_IN_FUTURE", "DATE_OUTSIDE_PERIOD", "YEAR_LOCKED");
        assertThat(r.accepted()).extracting(TallyRowChecker.Accepted::row).containsExactly(6);
    }

    @Test
    void unknownAndAmbiguousPointsAreRejected() {
        var r = check(false, row(2, "99", "2026-03-02", "1", "1"), row(3, "公告栏", "2026-03-02", "1", "1"),
                row(4, "图书馆", "2026-03-02", "1", "1"));
        assertThat(codes(r)).containsExactly("POINT_UNKNOWN", "POINT_AMBIGUOUS", "POINT_UNKNOWN");
        assertThat(r.rejected().get(1).reason().en()).contains("ids 3, 4");
    }

    @Test
    void limitsCatchShiftedColumns() {
        var r = check(false, row(2, "1", "2026-03-02", "100001", "99999999999999999999"));
        assertThat(codes(r)).containsExactly("PEOPLE_TOO_LARGE", "ITEMS_TOO_LARGE");
        assertThat(check(false, row(2, "1", "2026-03-02", "", "1")).rejected().get(0).code()).isEqualTo("PEOPLE_MISSING");
    }

    @Test
    void duplicatesInTheFileRejectEveryCopy() {
        var r = check(false, row(2, "1", "2026-03-02", "1", "1"), row(3, "政务服务中心一号查阅点", "2026/03/02", "2", "1"),
                row(4, "1", "2026-03-03", "1", "1"));
        assertThat(codes(r)).containsExactly("DUPLICATE_IN_FILE", "DUPLICATE_IN_FILE");
        assertThat(r.rejected().get(0).reason().zh()).contains("第 3 行");
        assertThat(r.accepted()).extracting(TallyRowChecker.Accepted::row).containsExactly(4);
    }

    @Test
    void existingTalliesAreRejectedUnlessReplacingAndIdenticalOnesAreLeftAlone() {
        existing.put(new Key(1, LocalDate.of(2026, 3, 2)), new Existing(50, 100, 40, null));
        existing.put(new Key(1, LocalDate.of(2026, 3, 3)), new Existing(51, 7, 7, null));
        RawRow[] rows = {row(2, "1", "2026-03-02", "120", "40"), row(3, "1", "2026-03-03", "7", "7")};
        assertThat(codes(check(false, rows))).containsExactly("TALLY_EXISTS", "TALLY_EXISTS");
        var replaced = check(true, rows);
        assertThat(replaced.rejected()).isEmpty();
        assertThat(replaced.accepted()).extracting(TallyRowChecker.Accepted::action)
                .containsExactly(TallyRowChecker.Action.REPLACED, TallyRowChecker.Action.UNCHANGED);
        assertThat(replaced.accepted().get(0).replaces().id()).isEqualTo(50);
    }
}
