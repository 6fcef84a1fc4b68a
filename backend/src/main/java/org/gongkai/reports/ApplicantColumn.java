package org.gongkai.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The applicant columns of table 三 (申请人情况), in the template's order, with the stable keys the JSON
 * output uses. The constant names match the applications feature's {@code ApplicantType}, so
 * {@link LiveReportFigures} maps them by name. The 总计 column is {@link #TOTAL_KEY} and is always computed.
 */
public enum ApplicantColumn {
    @JsonProperty("natural_person") NATURAL_PERSON("natural_person", "自然人", "Natural persons"),
    @JsonProperty("business_corp") BUSINESS("business_corp", "商业企业", "Businesses"),
    @JsonProperty("research_org") RESEARCH("research_org", "科研机构", "Research bodies"),
    @JsonProperty("social_org") SOCIAL_WELFARE("social_org", "社会公益组织", "Public-interest organisations"),
    @JsonProperty("legal_service_org") LEGAL_SERVICE("legal_service_org", "法律服务机构", "Legal-service firms"),
    @JsonProperty("other_org") OTHER_ORG("other_org", "其他", "Other organisations");

    public static final String TOTAL_KEY = "grand_total";

    private final String key;
    private final String labelZh;
    private final String labelEn;

    ApplicantColumn(String key, String labelZh, String labelEn) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String key() {
        return key;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean organisation() {
        return this != NATURAL_PERSON;
    }
}
