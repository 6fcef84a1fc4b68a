package org.gongkai.reports;

/**
 * The seam to the catalogue for publishing: {@link CataloguePublisher} implements it with the items feature,
 * creating (or, for a report published before and republished after an unlock, updating) a published catalogue
 * item of category {@code ANNUAL_REPORT} carrying the report's text and its DOCX, and returns the item's id.
 */
@FunctionalInterface
public interface ReportPublisher {

    long publish(ReportDocument document, byte[] docx, Long existingItemId);
}
