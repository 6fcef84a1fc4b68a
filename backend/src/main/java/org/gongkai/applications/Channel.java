package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an application reached the agency. Each channel has its own statutory received date (2019 Regulation
 * Art.31), which starts the clock; see {@link ReceivedDateRule}.
 */
@Schema(description = "ONLINE 网上（门户） / IN_PERSON 当面 / POST_SIGNED 挂号信函 / POST_UNSIGNED 平信 / FAX 传真 / EMAIL 电子邮件 / OTHER 其他")
public enum Channel {
    ONLINE("网上申请", "Online (portal)", "门户提交：工作时间内提交的为当日，非工作日或下班后提交的为下一个工作日。",
            "Portal: the day of submission within office hours, otherwise the next working day."),
    IN_PERSON("当面提交", "In person", "当面提交的，以提交之日为收到申请之日。",
            "In person: the day of submission."),
    POST_SIGNED("信函（需签收）", "Post (signed for)", "以邮寄方式提交需签收的，以行政机关签收之日为收到申请之日。",
            "Registered post: the day the agency signs for it."),
    POST_UNSIGNED("信函（平信）", "Post (unsigned)", "以平常信函等无需签收方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日。",
            "Ordinary mail: the day the office confirms receipt with the applicant."),
    FAX("传真", "Fax", "通过传真提交的，以双方确认之日为收到申请之日。",
            "Fax: the day both sides confirm."),
    EMAIL("电子邮件", "E-mail", "通过电子邮件提交的，以双方确认之日为收到申请之日。",
            "E-mail: the day both sides confirm."),
    OTHER("其他", "Other", "其他方式：以双方确认之日为收到申请之日。",
            "Other: the day both sides confirm.");

    private final String zh;
    private final String en;
    private final String ruleZh;
    private final String ruleEn;

    Channel(String zh, String en, String ruleZh, String ruleEn) {
        this.zh = zh;
        this.en = en;
        this.ruleZh = ruleZh;
        this.ruleEn = ruleEn;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String ruleZh() {
        return ruleZh;
    }

    public String ruleEn() {
        return ruleEn;
    }
}
