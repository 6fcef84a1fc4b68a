package org.gongkai.common.text;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.List;
import java.util.Locale;

/** Picks the response language from Accept-Language: English when asked for first, Chinese otherwise. */
public final class Languages {

    private Languages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        List<Locale> wanted = headers.getAcceptableLanguages();
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
