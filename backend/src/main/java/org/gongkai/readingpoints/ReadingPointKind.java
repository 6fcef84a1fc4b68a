package org.gongkai.readingpoints;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.text.Text;

/**
 * The places where the public consults disclosed information (Art.25 of the 2019 regulation; the 2007 version
 * named archives and libraries only). The annual report groups them: government service venues, public
 * reading points (archives and libraries) and the other channels an agency may add.
 */
public enum ReadingPointKind {
    SERVICE_CENTRE("政务服务中心（政务服务场所）", "Government service centre", Group.SERVICE_VENUE),
    ARCHIVES("档案馆", "Archives", Group.PUBLIC_READING_POINT),
    LIBRARY("公共图书馆", "Public library", Group.PUBLIC_READING_POINT),
    READING_ROOM("公共查阅室", "Public reading room", Group.OTHER),
    COLLECTION_POINT("资料索取点", "Information collection point", Group.OTHER),
    NOTICE_BOARD("信息公告栏", "Information notice board", Group.OTHER),
    ELECTRONIC_SCREEN("电子信息屏", "Electronic information screen", Group.OTHER);

    /** How the 2011 report counts them: 政务服务中心 apart from 公共查阅点 (档案馆 + 图书馆). */
    @Schema(name = "ReadingPointGroup")
    public enum Group {
        SERVICE_VENUE, PUBLIC_READING_POINT, OTHER
    }

    private final Text label;
    private final Group group;

    ReadingPointKind(String zh, String en, Group group) {
        this.label = Text.of(zh, en);
        this.group = group;
    }

    public Text label() {
        return label;
    }

    public Group group() {
        return group;
    }
}
