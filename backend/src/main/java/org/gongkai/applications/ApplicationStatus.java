package org.gongkai.applications;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands; moves only along {@link ApplicationWorkflow}. */
public enum ApplicationStatus {
    RECEIVED("办理中", "In progress"),
    CLARIFICATION_REQUESTED("待补正", "Awaiting clarification"),
    IN_CONSULTATION("征求意见中", "In consultation"),
    AWAITING_FEE("待缴费", "Awaiting fee payment"),
    DECIDED("已答复", "Decided"),
    DELIVERED("已送达", "Delivered"),
    WITHDRAWN("已撤回", "Withdrawn"),
    CLOSED("已办结归档", "Closed");

    public static final Set<ApplicationStatus> OPEN = EnumSet.of(RECEIVED, CLARIFICATION_REQUESTED, IN_CONSULTATION,
            AWAITING_FEE);

    private final String zh;
    private final String en;

    ApplicationStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
