package org.gongkai.applications;

/** Identity documents a natural person may apply with; only the resident ID has a check digit to verify. */
public enum IdType {
    RESIDENT_ID("居民身份证", "Resident identity card"),
    PASSPORT("护照", "Passport"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"),
    FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证", "Foreign permanent resident ID card"),
    OTHER("其他有效身份证件", "Other identity document");

    private final String zh;
    private final String en;

    IdType(String zh, String en) {
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
