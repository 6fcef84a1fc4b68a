package org.gongkai.items;

import org.gongkai.common.error.ApiException.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The field rules of a disclosure item, in one place for the console's form and for historical imports, each
 * with a Chinese and an English message naming the field. Also normalises: trimmed text, canonical document
 * number, sanitised body, WEBSITE as the default channel.
 */
public final class ItemRules {

    public static final int TITLE_MAX = 300;
    public static final int DOCUMENT_NUMBER_MAX = 100;
    public static final int KEYWORDS_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 500_000;
    public static final int REASON_MAX = 1000;
    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private ItemRules() {
    }

    /** The checked and normalised content, or the violations. */
    public record Checked(ItemContent content, List<Violation> violations) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /**
     * @param categoryCode the item's category (decides whether validity applies)
     * @param publicationRequired historical imports are published and need the date; drafts have none
     */
    public static Checked check(ItemContent c, String categoryCode, LocalDate today, boolean publicationRequired) {
        List<Violation> v = new ArrayList<>();
        String title = trim(c.title());
        if (title == null) {
            v.add(Violation.of("title", "请填写标题。", "Title is required."));
        } else if (title.length() > TITLE_MAX) {
            v.add(tooLong("title", "标题", "Title", TITLE_MAX));
        }
        String docNo = DocumentNumbers.normalize(c.documentNumber());
        if (docNo != null && docNo.length() > DOCUMENT_NUMBER_MAX) {
            v.add(tooLong("documentNumber", "文号", "Document number", DOCUMENT_NUMBER_MAX));
        }
        LocalDate written = c.writtenDate();
        if (written == null) {
            v.add(Violation.of("writtenDate", "请填写成文日期。", "Date written is required."));
        } else if (written.isAfter(today)) {
            v.add(Violation.of("writtenDate", "成文日期不能晚于今天。", "Date written cannot be in the future."));
        } else if (written.isBefore(EARLIEST)) {
            v.add(Violation.of("writtenDate", "成文日期不能早于1949年10月1日。", "Date written cannot be before 1 October 1949."));
        }
        LocalDate published = c.publicationDate();
        if (published == null && publicationRequired) {
            v.add(Violation.of("publicationDate", "请填写发布日期。", "Publication date is required."));
        }
        if (published != null) {
            v.addAll(publicationDateViolations(published, written, today));
        }
        String keywords = trim(c.keywords());
        if (keywords != null && keywords.length() > KEYWORDS_MAX) {
            v.add(tooLong("keywords", "关键词", "Keywords", KEYWORDS_MAX));
        }
        String summary = trim(c.summary());
        if (summary != null && summary.length() > SUMMARY_MAX) {
            v.add(tooLong("summary", "摘要", "Summary", SUMMARY_MAX));
        }
        String body = HtmlBodies.sanitize(c.body());
        if (body != null && body.length() > BODY_MAX) {
            v.add(tooLong("body", "正文", "Body", BODY_MAX));
        }
        v.addAll(validityViolations(categoryCode, c.validity(), c.repealDate(), written, today));
        EnumSet<Channel> channels = c.channels() == null || c.channels().isEmpty()
                ? EnumSet.of(Channel.WEBSITE) : EnumSet.copyOf(c.channels());
        ItemContent normalised = new ItemContent(title, docNo, written, published, c.topic(), keywords, summary, body,
                c.validity(), c.repealDate(), channels);
        return new Checked(normalised, v);
    }

    /** A publication date is neither in the future nor before the date the document was written. */
    public static List<Violation> publicationDateViolations(LocalDate published, LocalDate written, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (published.isAfter(today)) {
            v.add(Violation.of("publicationDate", "发布日期不能晚于今天。", "Publication date cannot be in the future."));
        } else if (written != null && published.isBefore(written)) {
            v.add(Violation.of("publicationDate", "发布日期不能早于成文日期（" + written + "）。",
                    "Publication date cannot be before the date written (" + written + ")."));
        }
        return v;
    }

    /**
     * Validity (有效性) belongs to rules and normative documents only and is required there; a repeal date
     * goes with REPEALED and only with it, on or after the date written and not in the future.
     */
    public static List<Violation> validityViolations(String categoryCode, Validity validity, LocalDate repealDate,
                                                     LocalDate written, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        boolean applies = Category.hasValidity(categoryCode);
        if (!applies) {
            if (validity != null) {
                v.add(Violation.of("validity", "只有规章和行政规范性文件才填写有效性。",
                        "Validity applies only to rules and normative documents."));
            }
            if (repealDate != null) {
                v.add(Violation.of("repealDate", "只有已废止的规章和行政规范性文件才填写废止日期。",
                        "Only repealed rules and normative documents have a repeal date."));
            }
            return v;
        }
        if (validity == null) {
            v.add(Violation.of("validity", "规章和行政规范性文件须注明有效性（现行有效或已废止）。",
                    "Rules and normative documents need a validity (in force or repealed)."));
        } else if (validity == Validity.REPEALED && repealDate == null) {
            v.add(Violation.of("repealDate", "已废止的文件须填写废止日期。", "A repealed document needs its repeal date."));
        } else if (validity == Validity.IN_FORCE && repealDate != null) {
            v.add(Violation.of("repealDate", "现行有效的文件不能有废止日期。", "A document in force has no repeal date."));
        }
        if (repealDate != null) {
            if (repealDate.isAfter(today)) {
                v.add(Violation.of("repealDate", "废止日期不能晚于今天。", "Repeal date cannot be in the future."));
            } else if (written != null && repealDate.isBefore(written)) {
                v.add(Violation.of("repealDate", "废止日期不能早于成文日期。", "Repeal date cannot be before the date written."));
            }
        }
        return v;
    }

    /** A reason for a rejection or withdrawal: required, at most 1,000 characters. */
    public static String requireReason(String reason) {
        String r = trim(reason);
        if (r == null) {
            throw org.gongkai.common.error.ApiException.invalidField("reason", "请填写理由。", "A reason is required.");
        }
        if (r.length() > REASON_MAX) {
            throw org.gongkai.common.error.ApiException.invalidField("reason", "理由不能超过" + REASON_MAX + "个字符。",
                    "The reason may have at most " + REASON_MAX + " characters.");
        }
        return r;
    }

    private static Violation tooLong(String field, String zh, String en, int max) {
        return Violation.of(field, zh + "不能超过" + max + "个字符。", en + " may have at most " + max + " characters.");
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
