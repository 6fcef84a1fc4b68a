package org.gongkai.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome rows of table 三 (三、本年度办理结果) in the template's order. Constant names match the
 * applications feature's {@code OutcomeCode}; {@link #key()} is the stable JSON key. The 2019 trial format
 * prints the three {@link Group#OTHER} rows as one row, （六）其他处理, whose value is their sum.
 */
public enum OutcomeRow {
    @JsonProperty("result_open") DISCLOSED("result_open", Group.DISCLOSED, "", "Disclosed"),
    @JsonProperty("result_partial") PARTIAL("result_partial", Group.PARTIAL, "", "Partly disclosed"),
    @JsonProperty("result_not_public_state_secret") WITHHELD_STATE_SECRET("result_not_public_state_secret",
            Group.WITHHELD, "1.属于国家秘密", "State secret"),
    @JsonProperty("result_not_public_law_forbid") WITHHELD_LAW("result_not_public_law_forbid", Group.WITHHELD,
            "2.其他法律行政法规禁止公开", "Barred by other laws or regulations"),
    @JsonProperty("result_not_public_security_stability") WITHHELD_SECURITY("result_not_public_security_stability",
            Group.WITHHELD, "3.危及“三安全一稳定”", "Endangers security or stability"),
    @JsonProperty("result_not_public_third_party") WITHHELD_THIRD_PARTY("result_not_public_third_party",
            Group.WITHHELD, "4.保护第三方合法权益", "Third-party rights"),
    @JsonProperty("result_not_public_internal") WITHHELD_INTERNAL("result_not_public_internal", Group.WITHHELD,
            "5.属于三类内部事务信息", "Internal affairs"),
    @JsonProperty("result_not_public_process") WITHHELD_PROCESS("result_not_public_process", Group.WITHHELD,
            "6.属于四类过程性信息", "Process information"),
    @JsonProperty("result_not_public_case_file") WITHHELD_ENFORCEMENT("result_not_public_case_file", Group.WITHHELD,
            "7.属于行政执法案卷", "Enforcement case files"),
    @JsonProperty("result_not_public_inquiry") WITHHELD_QUERY("result_not_public_inquiry", Group.WITHHELD,
            "8.属于行政查询事项", "Special query regime"),
    @JsonProperty("result_cannot_provide_not_held") UNAVAILABLE_NOT_HELD("result_cannot_provide_not_held",
            Group.UNAVAILABLE, "1.本机关不掌握相关政府信息", "Not held by the agency"),
    @JsonProperty("result_cannot_provide_need_create") UNAVAILABLE_NEEDS_CREATION("result_cannot_provide_need_create",
            Group.UNAVAILABLE, "2.没有现成信息需要另行制作", "Would need to be created"),
    @JsonProperty("result_cannot_provide_unclear") UNAVAILABLE_UNCLEAR("result_cannot_provide_unclear",
            Group.UNAVAILABLE, "3.补正后申请内容仍不明确", "Still unclear after correction"),
    @JsonProperty("result_not_processed_petition") NOT_PROCESSED_PETITION("result_not_processed_petition",
            Group.NOT_PROCESSED, "1.信访举报投诉类申请", "Petition or complaint"),
    @JsonProperty("result_not_processed_duplicate") NOT_PROCESSED_REPEAT("result_not_processed_duplicate",
            Group.NOT_PROCESSED, "2.重复申请", "Repeat application"),
    @JsonProperty("result_not_processed_publications") NOT_PROCESSED_PUBLICATION("result_not_processed_publications",
            Group.NOT_PROCESSED, "3.要求提供公开出版物", "Asks for published material"),
    @JsonProperty("result_not_processed_frequent") NOT_PROCESSED_EXCESSIVE("result_not_processed_frequent",
            Group.NOT_PROCESSED, "4.无正当理由大量反复申请", "Mass or repetitive without good reason"),
    @JsonProperty("result_not_processed_confirm_again") NOT_PROCESSED_CONFIRMATION("result_not_processed_confirm_again",
            Group.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息", "Confirm or re-issue information already obtained"),
    @JsonProperty("result_other_overdue_no_rectify") OTHER_NO_CORRECTION("result_other_overdue_no_rectify",
            Group.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "No correction in time"),
    @JsonProperty("result_other_no_pay_fee") OTHER_FEE_UNPAID("result_other_no_pay_fee", Group.OTHER,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Fee not paid in time"),
    @JsonProperty("result_other_other") OTHER_OTHER("result_other_other", Group.OTHER, "3.其他", "Other");

    /** Row keys of the rows that are not outcomes, and of the computed rows. */
    public static final String NEW_KEY = "new_requests";
    public static final String CARRIED_OVER_KEY = "carried_over";
    public static final String OTHER_TOTAL_KEY = "result_other_total";
    public static final String TOTAL_KEY = "result_total";
    public static final String CARRIED_FORWARD_KEY = "carry_next_year";

    private final String key;
    private final Group group;
    private final String itemZh;
    private final String labelEn;

    OutcomeRow(String key, Group group, String itemZh, String labelEn) {
        this.key = key;
        this.group = group;
        this.itemZh = itemZh;
        this.labelEn = labelEn;
    }

    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The numbered sub-item label ("1.属于国家秘密"), or empty for the single-row groups （一）and （二）. */
    public String itemZh() {
        return itemZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Row label as it reads on its own: group label plus item ("（三）不予公开 1.属于国家秘密"). */
    public String fullLabelZh() {
        return itemZh.isEmpty() ? group.labelZh() : group.labelZh() + " " + itemZh;
    }

    /** The outcome groups （一）–（六） of the template. */
    public enum Group {
        DISCLOSED("（一）予以公开", "Disclosed"),
        PARTIAL("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partly disclosed"),
        WITHHELD("（三）不予公开", "Withheld"),
        UNAVAILABLE("（四）无法提供", "Cannot be provided"),
        NOT_PROCESSED("（五）不予处理", "Not processed"),
        OTHER("（六）其他处理", "Other handling");

        private final String labelZh;
        private final String labelEn;

        Group(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }

        /** The short name used in running text ("部分公开"). */
        public String shortZh() {
            String s = labelZh.substring(labelZh.indexOf('）') + 1);
            int paren = s.indexOf('（');
            return paren < 0 ? s : s.substring(0, paren);
        }

        public java.util.List<OutcomeRow> rows() {
            return java.util.Arrays.stream(OutcomeRow.values()).filter(r -> r.group == this).toList();
        }
    }
}
