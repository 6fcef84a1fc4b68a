package org.gongkai.reports;

/**
 * Kinds of reading point (Reg. 2019 Art.25; 2007 Art.16 named archives and libraries only). Constant names
 * match the reading-points feature's kinds; {@link #measureWord} is the classifier used in running text.
 */
public enum ReadingPointKind {
    SERVICE_CENTRE("政务服务中心", "个", "Government service centre"),
    ARCHIVES("档案馆", "个", "Archives"),
    LIBRARY("图书馆", "个", "Library"),
    READING_ROOM("公共查阅室", "个", "Public reading room"),
    COLLECTION_POINT("资料索取点", "个", "Collection point"),
    NOTICE_BOARD("信息公告栏", "个", "Notice board"),
    ELECTRONIC_SCREEN("电子信息屏", "块", "Electronic screen");

    private final String labelZh;
    private final String measureWord;
    private final String labelEn;

    ReadingPointKind(String labelZh, String measureWord, String labelEn) {
        this.labelZh = labelZh;
        this.measureWord = measureWord;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String measureWord() {
        return measureWord;
    }

    public String labelEn() {
        return labelEn;
    }
}
