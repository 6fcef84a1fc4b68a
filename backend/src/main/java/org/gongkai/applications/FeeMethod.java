package org.gongkai.applications;

/** 国办函〔2020〕109号: a fee is charged either per application (按件) or per page (按量), never both. */
public enum FeeMethod {
    PER_APPLICATION("按件计收", "Per application"),
    PER_PAGE("按量计收", "Per page");

    private final String zh;
    private final String en;

    FeeMethod(String zh, String en) {
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
