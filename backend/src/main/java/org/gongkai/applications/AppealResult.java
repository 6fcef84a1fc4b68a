package org.gongkai.applications;

/** How an appeal ended (null on the appeal while it is pending, 尚未审结). */
public enum AppealResult {
    UPHELD("结果维持", "Upheld"),
    CORRECTED("结果纠正", "Corrected"),
    OTHER("其他结果", "Other result");

    private final String zh;
    private final String en;

    AppealResult(String zh, String en) {
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
