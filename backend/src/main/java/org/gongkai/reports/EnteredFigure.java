package org.gongkai.reports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A report figure that comes from a staff-entered report input rather than from the records: which input,
 * the value shown, the value the records gave (null when the system cannot derive it), who entered it and
 * when. The preview and the JSON show these next to the figure.
 */
public record EnteredFigure(ReportInputKey key, BigDecimal value, BigDecimal computed, String enteredBy,
                            Instant enteredAt) {
}
