package org.gongkai.items;

import java.util.regex.Pattern;

/**
 * Document numbers (文号) in one spelling, so that 东府发[2011]12号, 东府发（2011）12号 and 东府发〔2011〕12号 are
 * the same number: GB/T 9704 writes the year in hexagonal brackets 〔〕, digits are half-width, no spaces.
 */
public final class DocumentNumbers {

    private static final Pattern YEAR_IN_BRACKETS =
            Pattern.compile("[\\[【（(〔［﹝｛{]\\s*(\\d{4})\\s*[\\]】）)〕］﹞｝}]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private DocumentNumbers() {
    }

    /** The canonical spelling, or null for a blank number. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(halfWidthDigits(raw)).replaceAll("");
        if (s.isEmpty()) {
            return null;
        }
        return YEAR_IN_BRACKETS.matcher(s).replaceAll("〔$1〕");
    }

    static String halfWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }
}
