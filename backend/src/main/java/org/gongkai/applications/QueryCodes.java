package org.gongkai.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secret an applicant follows their application with. Twelve characters from an alphabet without look-alikes
 * (about 59 bits), shown once as {@code K7QM-4TXP-9R2W}; stored as a salted SHA-256 and compared in constant
 * time. Guessing is throttled per client address by the tracking endpoint.
 */
public final class QueryCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private QueryCodes() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** {@code salt$hash}, both hex. */
    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt) + "$" + HEX.formatHex(digest(salt, normalise(code)));
    }

    public static boolean matches(String code, String stored) {
        if (code == null || stored == null || stored.indexOf('$') < 0) {
            return false;
        }
        String[] parts = stored.split("\\$", 2);
        byte[] salt = HEX.parseHex(parts[0]);
        byte[] expected = HEX.parseHex(parts[1]);
        return MessageDigest.isEqual(expected, digest(salt, normalise(code)));
    }

    /** Case, spaces and hyphens do not matter when an applicant types the code back. */
    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return md.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of an identifying number: groups one applicant's applications without indexing the number. */
    public static String applicantKey(String kind, String number) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(md.digest((kind + ":" + number.trim().toUpperCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
