package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of an application: exactly one row of table 三 （三）本年度办理结果 of the national annual-report
 * format (国办公开办函〔2021〕30号). Each code names its group, its row label and the article of the 2019
 * Regulation (国务院令第711号) it rests on. A withdrawal by the applicant concludes as {@link #OTHER_OTHER}, an
 * unanswered clarification as {@link #OTHER_NO_CORRECTION} and an unpaid fee as {@link #OTHER_FEE_UNPAID}.
 */
@Schema(description = "Row of table 三 （一）…（六）; see GET /api/v1/applications/outcome-codes")
public enum OutcomeCode {
    DISCLOSED(Group.DISCLOSED, "（一）予以公开", "Disclosed", "第三十六条第（一）、（二）项"),
    PARTIAL(Group.PARTIAL, "（二）部分公开", "Partly disclosed", "第三十七条"),
    WITHHELD_STATE_SECRET(Group.WITHHELD, "1.属于国家秘密", "State secret", "第十四条"),
    WITHHELD_LAW(Group.WITHHELD, "2.其他法律行政法规禁止公开", "Barred by other laws or regulations", "第十四条"),
    WITHHELD_SECURITY(Group.WITHHELD, "3.危及“三安全一稳定”",
            "Endangers national, public or economic security or social stability", "第十四条"),
    WITHHELD_THIRD_PARTY(Group.WITHHELD, "4.保护第三方合法权益", "Protects a third party's lawful rights", "第十五条"),
    WITHHELD_INTERNAL(Group.WITHHELD, "5.属于三类内部事务信息", "Internal affairs information", "第十六条第一款"),
    WITHHELD_PROCESS(Group.WITHHELD, "6.属于四类过程性信息", "Process information", "第十六条第二款"),
    WITHHELD_ENFORCEMENT(Group.WITHHELD, "7.属于行政执法案卷", "Administrative enforcement case file", "第十六条第二款"),
    WITHHELD_QUERY(Group.WITHHELD, "8.属于行政查询事项", "Matter for a special query procedure", "第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, "1.本机关不掌握相关政府信息", "Not held by this agency",
            "第三十六条第（四）、（五）项"),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, "2.没有现成信息需要另行制作", "Would need to be newly created",
            "第三十八条"),
    UNAVAILABLE_UNCLEAR(Group.UNAVAILABLE, "3.补正后申请内容仍不明确", "Still unclear after correction", "第三十条"),
    NOT_PROCESSED_PETITION(Group.NOT_PROCESSED, "1.信访举报投诉类申请", "Petition, report or complaint",
            "第三十九条第一款"),
    NOT_PROCESSED_REPEAT(Group.NOT_PROCESSED, "2.重复申请", "Repeat application", "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(Group.NOT_PROCESSED, "3.要求提供公开出版物", "Asks for published material",
            "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(Group.NOT_PROCESSED, "4.无正当理由大量反复申请",
            "Mass or repetitive applications without good reason", "第三十五条"),
    NOT_PROCESSED_CONFIRMATION(Group.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息",
            "Asks to confirm or re-issue information already obtained", null),
    OTHER_NO_CORRECTION(Group.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "No correction in time; not processed further", "第三十条"),
    OTHER_FEE_UNPAID(Group.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "Fee not paid in time; not processed further", "第四十二条；国办函〔2020〕109号"),
    OTHER_OTHER(Group.OTHER, "3.其他", "Other", null);

    /** The lettered groups （一）…（六） of the outcome block. */
    @Schema(name = "OutcomeGroup")
    public enum Group {
        DISCLOSED("（一）予以公开", "Disclosed"),
        PARTIAL("（二）部分公开", "Partly disclosed"),
        WITHHELD("（三）不予公开", "Withheld"),
        UNAVAILABLE("（四）无法提供", "Cannot be provided"),
        NOT_PROCESSED("（五）不予处理", "Not processed"),
        OTHER("（六）其他处理", "Other handling");

        private final String zh;
        private final String en;

        Group(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        /** The Chinese label without its numbering, for chart legends: "（一）予以公开" → "予以公开". */
        public String plainZh() {
            return zh.substring(zh.indexOf('）') + 1);
        }
    }

    private final Group group;
    private final String rowZh;
    private final String rowEn;
    private final String article;

    OutcomeCode(Group group, String rowZh, String rowEn, String article) {
        this.group = group;
        this.rowZh = rowZh;
        this.rowEn = rowEn;
        this.article = article;
    }

    public Group group() {
        return group;
    }

    /** The row label as printed in table 三 (within its group for 三–六). */
    public String rowZh() {
        return rowZh;
    }

    public String rowEn() {
        return rowEn;
    }

    /** Article of the 2019 Regulation, or null where the format names none. */
    public String article() {
        return article;
    }

    /** Outcomes a caseworker may choose in a decision; the three 其他处理 rows 1–2 arise from lapses only. */
    public boolean decidable() {
        return this != OTHER_NO_CORRECTION && this != OTHER_FEE_UNPAID;
    }

    public boolean isWithholdingGround() {
        return group == Group.WITHHELD;
    }
}
