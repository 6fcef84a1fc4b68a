package org.gongkai.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Check characters of the two national identifiers the system takes: GB 32100 and GB 11643. */
public final class ChineseIds {

    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIds() {
    }

    /**
     * 统一社会信用代码: 18 characters from the 31-character set (no I, O, S, V, Z), the last one a mod-31
     * check character over the first 17.
     */
    public static boolean isValidCreditCode(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CREDIT_CHARSET.charAt(check);
    }

    /** The check character a 17-character credit-code prefix needs (used to build valid demo data). */
    public static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARSET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARSET.charAt((31 - sum % 31) % 31);
    }

    /**
     * 18-digit 居民身份证号码: 6-digit area, a real birth date, 3-digit sequence and the ISO 7064 MOD 11-2
     * check character (0–9 or X).
     */
    public static boolean isValidResidentId(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        String upper = id.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(upper.charAt(i))) {
                return false;
            }
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(upper.substring(6, 10)),
                    Integer.parseInt(upper.substring(10, 12)), Integer.parseInt(upper.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return upper.charAt(17) == residentIdCheck(upper.substring(0, 17));
    }

    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }
}
