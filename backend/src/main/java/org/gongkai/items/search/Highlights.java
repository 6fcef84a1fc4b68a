package org.gongkai.items.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks search terms in plain text for the results page. The output is HTML in which every character of the
 * text is escaped and the only markup is {@code <em>…</em>} around matches, so the portal may render it as
 * HTML without letting a document's text inject anything.
 */
public final class Highlights {

    public static final int SNIPPET_LENGTH = 160;
    private static final int LEAD = 24;

    private Highlights() {
    }

    /** The whole text with every match marked. */
    public static String mark(String text, Collection<String> terms) {
        if (text == null) {
            return null;
        }
        return render(text, 0, text.length(), matches(text, terms));
    }

    /**
     * About {@code length} characters around the densest cluster of matches, marked; the beginning of the text
     * when nothing matches. "…" shows where text was cut.
     */
    public static String snippet(String text, Collection<String> terms, int length) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<int[]> m = matches(text, terms);
        int start = 0;
        if (!m.isEmpty()) {
            int best = 0;
            int bestCount = 0;
            int j = 0;
            for (int i = 0; i < m.size(); i++) {
                while (m.get(i)[0] - m.get(j)[0] > length - LEAD) {
                    j++;
                }
                if (i - j + 1 > bestCount) {
                    bestCount = i - j + 1;
                    best = j;
                }
            }
            start = Math.max(0, m.get(best)[0] - LEAD);
        }
        int end = Math.min(text.length(), start + length);
        if (end == text.length()) {
            start = Math.max(0, end - length);
        }
        start = safe(text, start);
        end = safe(text, end);
        StringBuilder sb = new StringBuilder();
        if (start > 0) {
            sb.append('…');
        }
        sb.append(render(text, start, end, m));
        if (end < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** Non-overlapping [start, end) matches, case-insensitive, longest first where they overlap. */
    static List<int[]> matches(String text, Collection<String> terms) {
        List<int[]> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean sameLength = lower.length() == text.length();
        for (String term : terms) {
            if (term == null || term.isEmpty()) {
                continue;
            }
            String t = term.toLowerCase(Locale.ROOT);
            if (sameLength) {
                for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
                    found.add(new int[]{i, i + t.length()});
                }
            } else {
                for (int i = 0; i + term.length() <= text.length(); i++) {
                    if (text.regionMatches(true, i, term, 0, term.length())) {
                        found.add(new int[]{i, i + term.length()});
                    }
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -(a[1] - a[0])));
        List<int[]> merged = new ArrayList<>();
        int end = -1;
        for (int[] f : found) {
            if (f[0] >= end) {
                merged.add(f);
                end = f[1];
            } else if (f[1] > end) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = f[1];
                end = f[1];
            }
        }
        return merged;
    }

    private static String render(String text, int from, int to, List<int[]> matches) {
        StringBuilder sb = new StringBuilder();
        int pos = from;
        for (int[] m : matches) {
            if (m[1] <= from || m[0] >= to) {
                continue;
            }
            int s = Math.max(m[0], from);
            int e = Math.min(m[1], to);
            escape(sb, text, pos, s);
            sb.append("<em>");
            escape(sb, text, s, e);
            sb.append("</em>");
            pos = e;
        }
        escape(sb, text, pos, to);
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }

    /** Never cut a surrogate pair in two. */
    private static int safe(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return index - 1;
        }
        return index;
    }
}
