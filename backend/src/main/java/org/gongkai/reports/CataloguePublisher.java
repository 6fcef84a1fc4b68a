package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.items.DirectPublication;

/**
 * Publishes an annual report into the catalogue as an item of category 年度报告 ({@code ANNUAL_REPORT}): the
 * report's sections and tables as the body, its DOCX as the attachment, dated the day of publication. The
 * report was approved by locking it (administrator or reviewer), so it goes straight to the portal without the
 * catalogue's second review. Republishing after an unlock replaces text and attachment of the same item, which
 * keeps its index number.
 */
@ApplicationScoped
public class CataloguePublisher implements ReportPublisher {

    static final String CATEGORY = "ANNUAL_REPORT";

    @Inject
    DirectPublication publication;

    @Override
    public long publish(ReportDocument document, byte[] docx, Long existingItemId) {
        return publication.publish(new DirectPublication.Publication(document.subject().agencyId(), CATEGORY,
                document.title(), null, ReportYears.today(), ReportHtml.body(document), document.title() + ".docx", docx),
                existingItemId);
    }
}
