package org.gongkai.activities;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.gongkai.common.text.Text;

/** The two versioned documents every disclosing agency keeps (Art.12). */
@Schema(name = "DisclosureDocumentKind", description = "The versioned disclosure guide or catalogue")
public enum DocumentKind {
    GUIDE("政府信息公开指南", "Disclosure guide"),
    CATALOGUE("政府信息公开目录", "Disclosure catalogue");

    private final Text label;

    DocumentKind(String zh, String en) {
        this.label = Text.of(zh, en);
    }

    public Text label() {
        return label;
    }
}
