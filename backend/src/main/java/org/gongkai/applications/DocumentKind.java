package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents generated for an application (DOCX, in Chinese). */
@Schema(name = "ApplicationDocumentKind", description = "Letters generated for an application")
public enum DocumentKind {
    RECEIPT("政府信息公开申请登记回执", "Receipt"),
    CLARIFICATION_NOTICE("补正政府信息公开申请告知书", "Clarification notice"),
    CONSULTATION_LETTER("政府信息公开征求意见函", "Consultation letter"),
    EXTENSION_NOTICE("延长政府信息公开答复期限告知书", "Extension notice"),
    FEE_NOTICE("政府信息公开信息处理费缴费通知书", "Fee notice"),
    DECISION("政府信息公开申请答复书", "Decision letter");

    private final String zh;
    private final String en;

    DocumentKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
