package org.gongkai.applications;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who applies: the seven columns of table 三 of the annual report are these six plus the total. A natural
 * person identifies with an identity document; the five kinds of legal person or other organisation with a
 * 统一社会信用代码.
 */
@Schema(description = "自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他")
public enum ApplicantType {
    NATURAL_PERSON("自然人", "Natural person"),
    BUSINESS("商业企业", "Business"),
    RESEARCH("科研机构", "Research body"),
    SOCIAL_WELFARE("社会公益组织", "Public-interest organisation"),
    LEGAL_SERVICE("法律服务机构", "Legal-service organisation"),
    OTHER_ORG("其他", "Other organisation");

    private final String zh;
    private final String en;

    ApplicantType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
