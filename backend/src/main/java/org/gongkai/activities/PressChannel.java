package org.gongkai.activities;

import org.gongkai.common.text.Text;

/** How information was released at an event (Art.23 names press conferences among the channels). */
public enum PressChannel {
    PRESS_CONFERENCE("新闻发布会", "Press conference"),
    BRIEFING("吹风会", "Briefing"),
    INTERVIEW("媒体采访", "Media interview"),
    ONLINE_INTERVIEW("在线访谈", "Online interview"),
    OTHER("其他发布活动", "Other release event");

    private final Text label;

    PressChannel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
