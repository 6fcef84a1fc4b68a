package org.gongkai.applications;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The small line format the letter templates are written in, and its two renderings (DOCX for download,
 * HTML for printing from the browser). Officials can edit the wording in the template files without touching
 * the layout code:
 * <pre>
 * # 标题            centred title
 * ## 文号           centred document number
 * !张三：           addressee, no indent
 * | 标签 | 内容 |    a row of a two-column table (consecutive rows form one table)
 * &gt; 机关名称        right-aligned (signature, date)
 * other text        a paragraph with the customary two-character first-line indent
 * </pre>
 */
public final class LetterMarkup {

    private static final String BODY_FONT = "仿宋";
    private static final String TITLE_FONT = "宋体";

    private LetterMarkup() {
    }

    public enum Kind { TITLE, NUMBER, ADDRESSEE, PARAGRAPH, RIGHT, TABLE }

    public record Block(Kind kind, String text, List<String[]> rows) {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String[]> table = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(new Block(Kind.TABLE, null, table));
                }
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                table.add(cells);
                continue;
            }
            table = null;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block(Kind.NUMBER, line.substring(3).strip(), null));
            } else if (line.startsWith("# ")) {
                blocks.add(new Block(Kind.TITLE, line.substring(2).strip(), null));
            } else if (line.startsWith("!")) {
                blocks.add(new Block(Kind.ADDRESSEE, line.substring(1).strip(), null));
            } else if (line.startsWith(">")) {
                blocks.add(new Block(Kind.RIGHT, line.substring(1).strip(), null));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, line, null));
            }
        }
        return blocks;
    }

    public static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block b : blocks) {
                switch (b.kind()) {
                    case TITLE -> run(doc.createParagraph(), ParagraphAlignment.CENTER, b.text(), TITLE_FONT, 22, true, 0);
                    case NUMBER -> run(doc.createParagraph(), ParagraphAlignment.CENTER, b.text(), BODY_FONT, 14, false, 0);
                    case ADDRESSEE -> run(doc.createParagraph(), ParagraphAlignment.LEFT, b.text(), BODY_FONT, 16, false, 0);
                    case RIGHT -> run(doc.createParagraph(), ParagraphAlignment.RIGHT, b.text(), BODY_FONT, 16, false, 0);
                    case PARAGRAPH -> run(doc.createParagraph(), ParagraphAlignment.BOTH, b.text(), BODY_FONT, 16, false, 640);
                    case TABLE -> table(doc, b.rows());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String html(List<Block> blocks, String title) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>")
                .append("body{font-family:FangSong,'仿宋',STFangsong,serif;font-size:16pt;line-height:1.8;max-width:40em;margin:2em auto;color:#000}")
                .append("h1{font-family:SimSun,'宋体',serif;text-align:center;font-size:22pt;margin:0 0 .2em}")
                .append(".no{text-align:center;font-size:14pt;margin-bottom:1em}p{margin:.3em 0}.body{text-indent:2em;text-align:justify}")
                .append(".right{text-align:right}table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:14pt}")
                .append("th,td{border:1px solid #000;padding:.3em .5em;text-align:left;vertical-align:top}th{width:8em;font-weight:bold}")
                .append("@media print{body{margin:0}}</style></head><body><main>");
        for (Block b : blocks) {
            switch (b.kind()) {
                case TITLE -> sb.append("<h1>").append(escape(b.text())).append("</h1>");
                case NUMBER -> sb.append("<p class=\"no\">").append(escape(b.text())).append("</p>");
                case ADDRESSEE -> sb.append("<p>").append(escape(b.text())).append("</p>");
                case RIGHT -> sb.append("<p class=\"right\">").append(escape(b.text())).append("</p>");
                case PARAGRAPH -> sb.append("<p class=\"body\">").append(escape(b.text())).append("</p>");
                case TABLE -> {
                    sb.append("<table>");
                    for (String[] row : b.rows()) {
                        sb.append("<tr>");
                        for (int i = 0; i < row.length; i++) {
                            String tag = i == 0 && row.length > 1 ? "th" : "td";
                            sb.append('<').append(tag).append(tag.equals("th") ? " scope=\"row\">" : ">")
                                    .append(escape(row[i])).append("</").append(tag).append('>');
                        }
                        sb.append("</tr>");
                    }
                    sb.append("</table>");
                }
            }
        }
        return sb.append("</main></body></html>").toString();
    }

    private static void run(XWPFParagraph p, ParagraphAlignment align, String text, String font, int size, boolean bold,
                            int firstLineIndent) {
        p.setAlignment(align);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        p.setSpacingBetween(1.5);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        t.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < cols; j++) {
                String text = j < rows.get(i).length ? rows.get(i)[j] : "";
                XWPFParagraph p = row.getCell(j).getParagraphs().get(0);
                XWPFRun r = p.createRun();
                r.setText(text);
                r.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
                r.setFontSize(14);
                r.setBold(j == 0 && cols > 1);
            }
            if (cols > 1) {
                row.getCell(0).setWidth("25%");
            }
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
