package org.gongkai.applications;

/**
 * Masks for personal data in lists, views and the public tracking page: an ID number keeps its area code and
 * last four characters ({@code 110105********002X}), a phone number its first three and last four digits
 * ({@code 138****5678}), a name its first character. Full values only through the audited reveal.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static String maskId(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String v = id.trim();
        if (v.length() >= 15) {
            return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
        }
        if (v.length() <= 4) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 1) + "*".repeat(v.length() - 3) + v.substring(v.length() - 2);
    }

    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String v = phone.trim();
        if (v.length() <= 7) {
            return v.charAt(0) + "*".repeat(v.length() - 1);
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }

    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** A person's name keeps its first character; an organisation's name its first two and last two. */
    public static String maskName(String name, boolean organisation) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String v = name.trim();
        int n = v.codePointCount(0, v.length());
        if (!organisation || n <= 5) {
            int first = v.offsetByCodePoints(0, 1);
            return v.substring(0, first) + "*".repeat(Math.max(1, n - 1));
        }
        int head = v.offsetByCodePoints(0, 2);
        int tail = v.offsetByCodePoints(0, n - 2);
        return v.substring(0, head) + "*".repeat(n - 4) + v.substring(tail);
    }
}
