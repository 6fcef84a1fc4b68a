package org.gongkai.readingpoints;

import org.gongkai.common.text.Text;
import org.gongkai.readingpoints.dto.TallyImportReport;

/** A tally import that wrote nothing because of rejected rows; answered 422 with the full report. */
public class TallyImportRejectedException extends RuntimeException {

    private final TallyImportReport report;
    private final Text detail;

    public TallyImportRejectedException(TallyImportReport report, Text detail) {
        super("IMPORT_REJECTED: " + detail.en());
        this.report = report;
        this.detail = detail;
    }

    public TallyImportReport report() {
        return report;
    }

    public Text detail() {
        return detail;
    }
}
