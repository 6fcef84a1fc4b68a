package org.gongkai.applications;

/** How the applicant wants to obtain the answer; also how a decision was delivered. */
public enum ObtainMethod {
    POST("邮寄", "Post"),
    EMAIL("电子邮件", "E-mail"),
    PICK_UP("当面领取", "Pick-up"),
    ONLINE("网上获取", "Online");

    private final String zh;
    private final String en;

    ObtainMethod(String zh, String en) {
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
