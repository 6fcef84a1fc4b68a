package org.gongkai.applications;

/** Who is consulted before deciding (Art.32 third party, Art.33 ¶3 other agencies, Art.34 co-producers). */
public enum ConsultedPartyKind {
    THIRD_PARTY("第三方", "Third party"),
    OTHER_AGENCY("其他行政机关", "Other agency"),
    CO_PRODUCER("共同制作机关", "Co-producing agency");

    /** Art.32 and Art.34: the consulted party answers within 15 working days of receiving the request. */
    public static final int ANSWER_WORKING_DAYS = 15;

    private final String zh;
    private final String en;

    ConsultedPartyKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
