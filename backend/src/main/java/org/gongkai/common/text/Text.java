package org.gongkai.common.text;

import java.util.Locale;

/**
 * A message in both languages the product speaks. The API answers in the caller's language
 * (Accept-Language), Chinese by default, so every user-facing sentence is written twice at its source.
 */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Locale locale) {
        return Languages.isEnglish(locale) ? en : zh;
    }

    public Text formatted(Object... args) {
        return new Text(String.format(zh, args), String.format(en, args));
    }
}
