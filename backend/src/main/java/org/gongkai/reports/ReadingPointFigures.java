package org.gongkai.reports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reading points (查阅点) by kind and one by one: how many points, people received and items consulted in the
 * year, plus monthly tallies for charts.
 */
public record ReadingPointFigures(List<KindFigures> byKind, List<PointFigures> points, List<Long> peopleByMonth,
                                  List<Long> itemsByMonth) {

    public ReadingPointFigures {
        byKind = byKind == null ? List.of() : List.copyOf(byKind);
        points = points == null ? List.of() : List.copyOf(points);
        peopleByMonth = ReportFigures.months(peopleByMonth);
        itemsByMonth = ReportFigures.months(itemsByMonth);
    }

    public static ReadingPointFigures none() {
        return new ReadingPointFigures(null, null, null, null);
    }

    /** The figures of one kind (zero when the source reported none). */
    public KindFigures kind(ReadingPointKind kind) {
        return byKind.stream().filter(k -> k.kind() == kind).findFirst().orElse(new KindFigures(kind, 0, 0, 0));
    }

    public Map<ReadingPointKind, KindFigures> asMap() {
        Map<ReadingPointKind, KindFigures> m = new EnumMap<>(ReadingPointKind.class);
        for (ReadingPointKind k : ReadingPointKind.values()) {
            m.put(k, kind(k));
        }
        return m;
    }

    public long totalPoints() {
        return byKind.stream().mapToLong(KindFigures::points).sum();
    }

    public long totalPeople() {
        return byKind.stream().mapToLong(KindFigures::people).sum();
    }

    public long totalItems() {
        return byKind.stream().mapToLong(KindFigures::itemsConsulted).sum();
    }

    public record KindFigures(ReadingPointKind kind, long points, long people, long itemsConsulted) {
    }

    public record PointFigures(long id, String name, ReadingPointKind kind, long people, long itemsConsulted) {
    }
}
