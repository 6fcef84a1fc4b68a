package org.gongkai.applications;

/**
 * What can happen to an application. The clock is derived from these events; those marked public appear on
 * the applicant's tracking page (without their details).
 */
public enum ApplicationEventType {
    SUBMITTED("网上提交申请", "Submitted online", true),
    REGISTERED("登记申请", "Registered", true),
    IMPORTED("导入历史记录", "Imported from a past register", false),
    CLARIFICATION_REQUESTED("发出补正通知", "Clarification requested", true),
    CLARIFICATION_RECEIVED("收到补正材料，重新计算期限", "Corrected application received; clock restarted", true),
    CLARIFICATION_LAPSED("逾期未补正，不再处理", "No correction in time; closed", true),
    CONSULTATION_STARTED("征求意见（暂停计算期限）", "Consultation started; clock paused", true),
    CONSULTATION_ENDED("征求意见结束（恢复计算期限）", "Consultation ended; clock resumed", true),
    EXTENDED("延长答复期限", "Deadline extended", true),
    FEE_NOTICE_SENT("发出收费通知（暂停计算期限）", "Fee notice sent; clock paused", true),
    FEE_PAID("已缴费（恢复计算期限）", "Fee paid; clock resumed", true),
    FEE_WAIVED("费用减免（恢复计算期限）", "Fee waived; clock resumed", true),
    FEE_LAPSED("逾期未缴费，不再处理", "Fee not paid in time; closed", true),
    DECIDED("作出答复", "Decided", true),
    WITHDRAWN("申请人撤回申请", "Withdrawn by the applicant", true),
    DELIVERED("答复已送达", "Decision delivered", true),
    CLOSED("办结归档", "Closed and archived", true),
    MARKED_OVERDUE("已超过答复期限", "Deadline passed", false),
    DEADLINE_RECOMPUTED("节假日调整，重新计算期限", "Deadline recomputed after a calendar change", false),
    PERSONAL_DATA_REVEALED("查看完整个人信息", "Personal data revealed", false),
    QUERY_CODE_RESET("重置查询码", "Query code reset", false),
    LEGACY_FEES_RECORDED("登记检索费、复制费、邮寄费", "Legacy fees recorded", false),
    APPEAL_RECORDED("登记行政复议/诉讼", "Appeal recorded", false),
    APPEAL_UPDATED("更新行政复议/诉讼结果", "Appeal updated", false),
    ACTION_REFUSED("操作被拒绝（当前状态不允许）", "Action refused (not allowed in this state)", false);

    private final String zh;
    private final String en;
    private final boolean publicVisible;

    ApplicationEventType(String zh, String en, boolean publicVisible) {
        this.zh = zh;
        this.en = en;
        this.publicVisible = publicVisible;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean publicVisible() {
        return publicVisible;
    }
}
