package org.gongkai.activities;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The body of a guide or catalogue version: HTML is sanitised (no scripts, styles or event handlers survive);
 * plain text — what an office pastes from a word processor's text export — becomes paragraphs.
 */
final class HtmlBody {

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img");

    private HtmlBody() {
    }

    static String of(String input) {
        String body = input.strip();
        if (!looksLikeHtml(body)) {
            body = Arrays.stream(body.split("\\R\\s*\\R"))
                    .map(p -> "<p>" + Entities.escape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                    .collect(Collectors.joining());
        }
        return Jsoup.clean(body, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
    }

    /** Whether sanitising left any text (a body of only a script is empty). */
    static boolean hasText(String html) {
        return !Jsoup.parse(html).text().isBlank();
    }

    private static boolean looksLikeHtml(String s) {
        return s.matches("(?s).*<\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?>.*");
    }
}
