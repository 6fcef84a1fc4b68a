package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test stand-in for phase 2's statistics: figures registered per agency and year, and a publisher that
 * remembers what it was given. Deliberately not a {@link ReportFiguresSource} bean itself, so that phase 2's
 * real bean never clashes with it.
 */
@ApplicationScoped
public class TestReportFigures {

    private final Map<String, ReportFigures> figures = new ConcurrentHashMap<>();
    private final AtomicLong itemIds = new AtomicLong(900_000);
    private final List<Published> published = java.util.Collections.synchronizedList(new ArrayList<>());

    public record Published(long itemId, ReportDocument document, int docxBytes, Long existingItemId) {
    }

    /** The last report handed to the publisher (a method: fields of a CDI client proxy are not the bean's). */
    public Published lastPublished() {
        return published.get(published.size() - 1);
    }

    public void put(long agencyId, int year, ReportFigures f) {
        figures.put(agencyId + "/" + year, f);
    }

    public ReportFiguresSource source() {
        return (agencyId, includeSubagencies, year, format) ->
                figures.getOrDefault(agencyId + "/" + year, ReportFigures.empty(year));
    }

    public ReportPublisher publisher() {
        return (document, docx, existing) -> {
            long id = existing != null ? existing : itemIds.incrementAndGet();
            published.add(new Published(id, document, docx.length, existing));
            return id;
        };
    }
}
