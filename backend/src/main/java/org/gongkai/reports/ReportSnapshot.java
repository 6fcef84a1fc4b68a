package org.gongkai.reports;

import java.util.List;

/**
 * What a lock freezes: the figures (inputs applied), the checks as they stood, and last year's figures the
 * comparison and continuity checks used. Stored as JSON on the report; views and documents of a locked or
 * published report read it instead of the records.
 */
public record ReportSnapshot(ReportFigures figures, List<Check> checks, ReportFigures previous) {
}
