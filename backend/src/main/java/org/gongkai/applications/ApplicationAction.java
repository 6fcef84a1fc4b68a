package org.gongkai.applications;

/** The intention-named steps a caseworker (or the applicant) takes; each appends one event. */
public enum ApplicationAction {
    REQUEST_CLARIFICATION("发出补正通知", "Request clarification", ApplicationEventType.CLARIFICATION_REQUESTED),
    RECEIVE_CLARIFICATION("收到补正材料", "Record corrected application", ApplicationEventType.CLARIFICATION_RECEIVED),
    LAPSE_CLARIFICATION("逾期未补正，终止处理", "Close: no correction in time", ApplicationEventType.CLARIFICATION_LAPSED),
    START_CONSULTATION("征求意见", "Start consultation", ApplicationEventType.CONSULTATION_STARTED),
    END_CONSULTATION("收到意见（结束征求）", "End consultation", ApplicationEventType.CONSULTATION_ENDED),
    EXTEND("延长答复期限", "Extend the deadline", ApplicationEventType.EXTENDED),
    ISSUE_FEE_NOTICE("发出收费通知", "Send fee notice", ApplicationEventType.FEE_NOTICE_SENT),
    RECORD_PAYMENT("登记缴费", "Record payment", ApplicationEventType.FEE_PAID),
    WAIVE_FEE("减免费用", "Waive the fee", ApplicationEventType.FEE_WAIVED),
    LAPSE_FEE("逾期未缴费，终止处理", "Close: fee not paid in time", ApplicationEventType.FEE_LAPSED),
    DECIDE("作出答复", "Decide", ApplicationEventType.DECIDED),
    WITHDRAW("申请人撤回", "Withdraw", ApplicationEventType.WITHDRAWN),
    DELIVER("登记送达", "Record delivery", ApplicationEventType.DELIVERED),
    CLOSE("办结归档", "Close and archive", ApplicationEventType.CLOSED);

    private final String zh;
    private final String en;
    private final ApplicationEventType event;

    ApplicationAction(String zh, String en, ApplicationEventType event) {
        this.zh = zh;
        this.en = en;
        this.event = event;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public ApplicationEventType event() {
        return event;
    }
}
