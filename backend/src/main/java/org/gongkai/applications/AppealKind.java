package org.gongkai.applications;

/** The three blocks of table 四: reconsideration, litigation without and after reconsideration. */
public enum AppealKind {
    RECONSIDERATION("行政复议", "Administrative reconsideration"),
    LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）", "Litigation without reconsideration"),
    LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）", "Litigation after reconsideration");

    private final String zh;
    private final String en;

    AppealKind(String zh, String en) {
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
