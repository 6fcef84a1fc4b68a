package org.gongkai.reports;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.reports.dto.PublishedReportSummary;
import org.gongkai.reports.dto.PublishedReportView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public side of the annual reports: published reports only, each read from the snapshot it was locked with
 * (a draft, a locked report not yet published, or a report unlocked again is never shown). The staff's checks and
 * the names of whoever entered a figure stay internal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedReportService {

    @Inject
    ReportRepositories.Reports reports;

    @Inject
    AgencyRepository agencies;

    @Inject
    AnnualReportService service;

    /** Newest year first, then newest report; keyset-paged on (year, id). */
    public Page<PublishedReportSummary> list(Integer year, Long agencyId, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("r.status = :published"));
        Parameters p = Parameters.with("published", ReportStatus.PUBLISHED);
        if (year != null) {
            where.add("r.year = :year");
            p.and("year", year);
        }
        if (agencyId != null) {
            where.add("r.agencyId = :agency");
            p.and("agency", agencyId);
        }
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            where.add("(r.year < :afterYear or (r.year = :afterYear and r.id < :afterId))");
            p.and("afterYear", (int) c.longValue(0)).and("afterId", c.longValue(1));
        }
        List<AnnualReport> rows = reports.find("from AnnualReport r where " + String.join(" and ", where)
                + " order by r.year desc, r.id desc", p).range(0, page.size).list();
        List<Long> ids = rows.stream().map(r -> r.agencyId).distinct().toList();
        Map<Long, Agency> names = ids.isEmpty() ? Map.of() : agencies.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return Page.of(rows, page.size, r -> Cursor.encode(r.year, r.id), r -> summary(r, names.get(r.agencyId)));
    }

    public PublishedReportView get(long id) {
        AnnualReport r = require(id);
        return new PublishedReportView(summary(r, agencies.findById(r.agencyId)), document(r));
    }

    /** The document as published: checks and who-entered-what removed. */
    public ReportDocument document(long id) {
        return document(require(id));
    }

    private ReportDocument document(AnnualReport r) {
        ReportDocument d = service.publishedDocument(r);
        return new ReportDocument(d.schema(), d.title(), d.subject(), d.format(), d.status(), d.sections(), d.tables(),
                d.figures().withEntered(List.of()), d.figuresFingerprint(), List.of(), d.comparison(), d.deadline(),
                d.generatedAt());
    }

    private AnnualReport require(long id) {
        return reports.findByIdOptional(id).filter(r -> r.status == ReportStatus.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", "没有这份已发布的年度报告。",
                        "No such published annual report."));
    }

    private static PublishedReportSummary summary(AnnualReport r, Agency agency) {
        ReportSubject subject = AnnualReportService.subject(agency, r.includeSubagencies, r.year);
        return new PublishedReportSummary(r.id, r.agencyId, agency.name, r.year, r.format.name(), r.format.label().zh(),
                r.format.label().en(), subject.title(), r.publishedAt, r.publishedItemId);
    }
}
