package org.gongkai.reports;

import java.time.Instant;
import java.util.List;

/**
 * Everything one report says, ready for the outputs (HTML preview, DOCX, XLSX, JSON): the title, the
 * sections' final text with the table each is followed by, the figures and the tables built from them, the
 * checks, the comparison with last year and the deadline. {@link #SCHEMA} names the JSON contract (README,
 * "Annual report").
 */
public record ReportDocument(
        String schema,
        String title,
        ReportSubject subject,
        ReportFormat format,
        ReportStatus status,
        List<Section> sections,
        List<ReportTables.Table> tables,
        ReportFigures figures,
        String figuresFingerprint,
        List<Check> checks,
        YearComparison comparison,
        ReportDeadline deadline,
        Instant generatedAt) {

    public static final String SCHEMA = "gongkai.annual-report/1";

    /** A section as printed: title (empty for the preamble), text (paragraphs by line) and its table, if any. */
    public record Section(SectionKey key, String title, String text, ReportTables.TableKey table) {
    }

    /**
     * Assembles a document. {@code texts} gives each section's final text (the edit where there is one);
     * a section missing from it is printed from a fresh draft.
     */
    public static ReportDocument of(ReportSubject subject, ReportFormat format, ReportStatus status, ReportFigures figures,
                                    ReportFigures previous, java.util.Map<SectionKey, String> texts, ReportInputs inputs,
                                    java.time.LocalDate today, List<Check> checks) {
        List<Section> sections = SectionKey.of(format).stream().map(s -> new Section(s.key(), s.titleZh(),
                texts.containsKey(s.key()) ? texts.get(s.key())
                        : ReportDrafts.draft(format, subject, figures, inputs, s.key()).text(), s.table())).toList();
        return new ReportDocument(SCHEMA, subject.title(), subject, format, status, sections,
                ReportTables.of(format, figures), figures, ReportFingerprint.of(figures), checks,
                YearComparison.of(format, figures, previous), ReportDeadline.of(subject.year(), subject.government(), today),
                Instant.now());
    }

    public ReportTables.Table table(ReportTables.TableKey key) {
        return tables.stream().filter(t -> t.key() == key).findFirst().orElse(null);
    }

    /**
     * A line of section text as printed: a numbered subsection title standing alone ("（一）主动公开政府信息的数量",
     * "1.政府网站") is a heading; a paragraph that opens with one ("（一）加强组织领导，落实工作责任。…") has that
     * opening as its lead, set off in the layout.
     */
    public record Paragraph(String lead, String text, boolean heading) {

        private static final java.util.regex.Pattern NUMBERED =
                java.util.regex.Pattern.compile("^(（[一二三四五六七八九十]+）|\\d+\\.)");

        public static List<Paragraph> of(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(Paragraph::parse).toList();
        }

        static Paragraph parse(String line) {
            if (!NUMBERED.matcher(line).find()) {
                return new Paragraph("", line, false);
            }
            int stop = line.indexOf('。');
            if (stop < 0 && line.length() <= 40) {
                return new Paragraph("", line, true);
            }
            if (stop > 0 && stop <= 40 && stop < line.length() - 1) {
                return new Paragraph(line.substring(0, stop + 1), line.substring(stop + 1), false);
            }
            return new Paragraph("", line, false);
        }
    }
}
