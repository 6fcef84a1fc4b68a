package org.gongkai.items;

import org.gongkai.common.text.Text;

/**
 * What staff do to an item. The state moves (submit, approve, reject, withdraw) and the actions that keep the
 * state (edit, delete, attach, change validity) are all checked against {@link ItemTransitions}. CREATE, IMPORT,
 * PUBLISH and REPUBLISH bring an item into being (or replace a directly published one) and are recorded as events
 * only.
 */
public enum ItemAction {
    CREATE("新建", "create"),
    EDIT("修改", "edit"),
    DELETE("删除", "delete"),
    ATTACH("管理附件", "manage attachments"),
    SUBMIT("提交审查", "submit for review"),
    APPROVE("审查通过并发布", "approve and publish"),
    REJECT("退回", "reject"),
    WITHDRAW("撤回", "withdraw"),
    CHANGE_VALIDITY("变更有效性", "change validity"),
    IMPORT("导入历史信息", "import"),
    PUBLISH("直接发布", "publish directly"),
    REPUBLISH("重新发布", "republish");

    private final Text label;

    ItemAction(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
