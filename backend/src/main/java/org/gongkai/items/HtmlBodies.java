package org.gongkai.items;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Item bodies are HTML from the editor's rich-text field. Only the sanitised HTML is ever stored: jsoup's
 * relaxed safelist keeps text formatting, lists, tables, links and images but drops scripts, event handlers,
 * styles and {@code javascript:} URLs, so nothing stored can run in a reader's browser.
 */
public final class HtmlBodies {

    private static final Safelist SAFELIST = Safelist.relaxed();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlBodies() {
    }

    /** The sanitised HTML, or null when nothing readable is left. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", SAFELIST, OUTPUT).trim();
        return clean.isEmpty() ? null : clean;
    }

    /** The text a reader sees, for the search index and snippets. */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }
}
