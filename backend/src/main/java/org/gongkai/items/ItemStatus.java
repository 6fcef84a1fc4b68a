package org.gongkai.items;

import org.gongkai.common.text.Text;

/** Where a disclosure item is in its life cycle (see {@link ItemTransitions}). */
public enum ItemStatus {
    DRAFT("草稿", "Draft"),
    PENDING_REVIEW("待审查", "Pending review"),
    PUBLISHED("已发布", "Published"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final Text label;

    ItemStatus(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
