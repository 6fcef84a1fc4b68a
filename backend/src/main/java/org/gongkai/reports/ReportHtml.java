package org.gongkai.reports;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The print-ready HTML preview: the Qute template {@code reports/annual-report.html} (A4, official-document
 * fonts, the official tables with their merged header cells, header rows repeated on every page) and, on
 * screen only, the checks and the entered figures with who entered them. A standalone Qute engine renders it
 * so the same code runs in unit tests and in the application.
 */
public final class ReportHtml {

    private static final String TEMPLATE = "reports/annual-report.html";
    private static final String BODY = "reports/annual-report-body.html";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Engine ENGINE = Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .addLocator(new ClasspathLocator())
            .build();

    private ReportHtml() {
    }

    /** The staff preview: the document, then (on screen only) the checks, the deadline and the entered figures. */
    public static String render(ReportDocument d) {
        return ENGINE.getTemplate(TEMPLATE).data(data(d, true)).render();
    }

    /** The public page of a published report: the document alone. */
    public static String renderPublic(ReportDocument d) {
        return ENGINE.getTemplate(TEMPLATE).data(data(d, false)).render();
    }

    /**
     * The sections and tables as an HTML fragment, the body of the report's catalogue item (the catalogue keeps
     * the structure and the merged cells; it drops the classes).
     */
    public static String body(ReportDocument d) {
        return ENGINE.getTemplate(BODY).data(data(d, false)).render();
    }

    private static Map<String, Object> data(ReportDocument d, boolean staff) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("staff", staff);
        data.put("title", d.title());
        data.put("draft", d.status() != ReportStatus.PUBLISHED && d.status() != ReportStatus.LOCKED);
        data.put("statusLabel", d.status() == null ? "预览" : d.status().label().zh());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ReportDocument.Section s : d.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("paragraphs", ReportDocument.Paragraph.of(s.text()).stream().map(p -> Map.<String, Object>of(
                    "lead", p.lead(), "text", p.text(), "heading", p.heading())).toList());
            m.put("table", s.table() == null ? "" : table(d.table(s.table())));
            sections.add(m);
        }
        data.put("sections", sections);
        data.put("deadline", "法定公开期限：" + d.deadline().due() + "（" + d.deadline().ruleZh() + "）"
                + (d.deadline().overdue() ? "，已逾期" + (-d.deadline().daysLeft()) + "天" : "，剩余" + d.deadline().daysLeft() + "天"));
        data.put("checks", d.checks().stream().map(c -> Map.<String, Object>of("status", c.status().name(),
                "statusLabel", switch (c.status()) {
                    case PASS -> "通过";
                    case WARNING -> "提示";
                    case FAIL -> "未通过";
                }, "message", c.messageZh())).toList());
        data.put("entered", d.figures().entered().stream().map(e -> Map.<String, Object>of(
                "label", e.key().label().zh(), "value", ReportTables.text(e.value()),
                "computed", e.computed() == null || !e.key().overridesComputed() ? "" : ReportTables.text(e.computed()),
                "enteredBy", e.enteredBy(), "enteredAt", e.enteredAt() == null ? "" : WHEN.format(e.enteredAt()))).toList());
        return data;
    }

    private static Map<String, Object> table(ReportTables.Table t) {
        List<List<Map<String, Object>>> head = new ArrayList<>();
        List<List<Map<String, Object>>> body = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<Map<String, Object>> cells = t.rows().get(r).stream().map(ReportHtml::cell).toList();
            (r < t.headerRows() ? head : body).add(cells);
        }
        return Map.of("key", t.key().key(), "head", head, "body", body);
    }

    private static Map<String, Object> cell(ReportTables.Cell c) {
        String cls = switch (c.kind()) {
            case HEADER -> "header";
            case LABEL -> c.rowSpan() > 1 ? "group" : "label";
            case NOTE -> "note";
            case VALUE -> ReportTables.NOT_ENTERED.equals(c.text()) ? "value missing" : "value";
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("rowSpan", c.rowSpan());
        m.put("colSpan", c.colSpan());
        m.put("cls", cls);
        m.put("key", c.key() == null ? "" : c.key());
        return m;
    }

    private static final class ClasspathLocator implements TemplateLocator {
        @Override
        public Optional<TemplateLocation> locate(String id) {
            InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(id);
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new TemplateLocation() {
                @Override
                public Reader read() {
                    return new InputStreamReader(in, StandardCharsets.UTF_8);
                }

                @Override
                public Optional<Variant> getVariant() {
                    return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
                }
            });
        }
    }
}
