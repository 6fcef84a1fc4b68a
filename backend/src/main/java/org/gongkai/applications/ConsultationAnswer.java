package org.gongkai.applications;

/** What the consulted party said. */
public enum ConsultationAnswer {
    CONSENTED("同意公开", "Consented"),
    OBJECTED("不同意公开", "Objected"),
    NO_ANSWER("逾期未答复", "No answer in time");

    private final String zh;
    private final String en;

    ConsultationAnswer(String zh, String en) {
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
