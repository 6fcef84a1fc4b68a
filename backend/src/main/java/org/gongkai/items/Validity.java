package org.gongkai.items;

import org.gongkai.common.text.Text;

/** Validity (有效性) of rules and normative documents; other categories carry none. */
public enum Validity {
    IN_FORCE("现行有效", "In force"),
    REPEALED("已废止", "Repealed");

    private final Text label;

    Validity(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
