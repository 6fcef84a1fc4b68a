package org.gongkai.items;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;

/** Channels through which an item was made public (Regulation 2019 Art.23–25; the 2011 report's channels). */
@Schema(name = "ItemChannel")
public enum Channel {
    WEBSITE("政府网站", "Government website"),
    GAZETTE("政府公报", "Government gazette"),
    PRESS_CONFERENCE("新闻发布会", "Press conference"),
    READING_POINT("查阅点", "Reading points"),
    NEWSPAPER("报刊", "Newspapers"),
    RADIO_TV("广播电视", "Radio and television");

    private final Text label;

    Channel(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
