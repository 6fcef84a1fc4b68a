package org.gongkai.applications;

/** The form in which the applicant wants the information (Art.29, Art.40). */
public enum ProvisionForm {
    PAPER("纸质", "Paper"),
    ELECTRONIC("电子数据", "Electronic"),
    INSPECT("当场查阅", "Inspection"),
    COPY("摘抄/复制", "Copying");

    private final String zh;
    private final String en;

    ProvisionForm(String zh, String en) {
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
