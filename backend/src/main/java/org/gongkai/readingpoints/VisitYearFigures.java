package org.gongkai.readingpoints;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A year of reading-point figures for a set of agencies, as the annual report needs them. Single visits and
 * daily tallies are already added together. Every kind is present in {@code byKind} (zero when unused);
 * months are indexed 0 (January) to 11.
 *
 * @param byKind                       per kind: points open during the year, people received, items consulted
 * @param byPoint                      every point open during the year, by kind then name
 * @param archiveTransfers             transfers to archives and libraries dated in the year
 * @param itemsTransferred             pieces of information those transfers sent
 */
public record VisitYearFigures(
        int year,
        Map<ReadingPointKind, KindFigures> byKind,
        List<PointFigures> byPoint,
        long[] peopleByMonth,
        long[] itemsByMonth,
        long visitsTurnedIntoApplications,
        long archiveTransfers,
        long itemsTransferred) {

    public record KindFigures(int points, long people, long itemsConsulted) {
        public static final KindFigures ZERO = new KindFigures(0, 0, 0);

        KindFigures plus(KindFigures o) {
            return new KindFigures(points + o.points, people + o.people, itemsConsulted + o.itemsConsulted);
        }
    }

    public record PointFigures(long pointId, String name, ReadingPointKind kind, long agencyId, long people,
                               long itemsConsulted, long visitsTurnedIntoApplications) {
    }

    public KindFigures kind(ReadingPointKind kind) {
        return byKind.getOrDefault(kind, KindFigures.ZERO);
    }

    /** The kinds of one report group added up, e.g. the 2011 report's 公共查阅点 = archives + libraries. */
    public KindFigures group(ReadingPointKind.Group group) {
        KindFigures sum = KindFigures.ZERO;
        for (ReadingPointKind k : ReadingPointKind.values()) {
            if (k.group() == group) {
                sum = sum.plus(kind(k));
            }
        }
        return sum;
    }

    public long people() {
        return Arrays.stream(peopleByMonth).sum();
    }

    public long itemsConsulted() {
        return Arrays.stream(itemsByMonth).sum();
    }

    static VisitYearFigures empty(int year) {
        Map<ReadingPointKind, KindFigures> kinds = new EnumMap<>(ReadingPointKind.class);
        for (ReadingPointKind k : ReadingPointKind.values()) {
            kinds.put(k, KindFigures.ZERO);
        }
        return new VisitYearFigures(year, kinds, List.of(), new long[12], new long[12], 0, 0, 0);
    }
}
