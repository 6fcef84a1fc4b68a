package org.gongkai.reports;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The editable sections of a report, with the titles each format gives them. The legacy layout mirrors the
 * Dongqu 2011 report (preamble and 一–七); the national formats have the six fixed sections of the template,
 * with tables 二, 三 and 四 inserted after the text of sections 二, 三 and 四.
 */
public enum SectionKey {
    @JsonProperty("preamble") PREAMBLE("preamble"),
    @JsonProperty("overview") OVERVIEW("overview"),
    @JsonProperty("overall") OVERALL("overall"),
    @JsonProperty("proactive") PROACTIVE("proactive"),
    @JsonProperty("on_request") ON_REQUEST("on_request"),
    @JsonProperty("fees") FEES("fees"),
    @JsonProperty("appeals") APPEALS("appeals"),
    @JsonProperty("problems") PROBLEMS("problems"),
    @JsonProperty("other") OTHER("other");

    private final String key;

    SectionKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static SectionKey ofKey(String key) {
        for (SectionKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** One section of a format: key, numbered title (empty for the preamble) and the table printed after it. */
    public record Section(SectionKey key, String titleZh, String titleEn, ReportTables.TableKey table) {
    }

    public static List<Section> of(ReportFormat format) {
        if (format == ReportFormat.LEGACY) {
            return List.of(
                    new Section(PREAMBLE, "", "Preamble", null),
                    new Section(OVERVIEW, "一、政府信息公开工作概述", "1. Overview", null),
                    new Section(PROACTIVE, "二、政府信息主动公开情况", "2. Proactive disclosure", null),
                    new Section(ON_REQUEST, "三、政府信息依申请公开情况", "3. Disclosure on application", null),
                    new Section(FEES, "四、政府信息公开的收费及减免情况", "4. Fees and waivers", null),
                    new Section(APPEALS, "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
                            "5. Reconsideration and litigation", null),
                    new Section(PROBLEMS, "六、政府信息公开工作存在的主要问题及改进措施",
                            "6. Main problems and improvements", null),
                    new Section(OTHER, "七、其他需要报告的事项", "7. Other matters", null));
        }
        ReportTables.TableKey t2 = format == ReportFormat.NATIONAL_2019
                ? ReportTables.TableKey.PROACTIVE_2019 : ReportTables.TableKey.PROACTIVE_2021;
        ReportTables.TableKey t3 = format == ReportFormat.NATIONAL_2019
                ? ReportTables.TableKey.APPLICATIONS_2019 : ReportTables.TableKey.APPLICATIONS_2021;
        return List.of(
                new Section(PREAMBLE, "", "Preamble", null),
                new Section(OVERALL, "一、总体情况", "1. Overall", null),
                new Section(PROACTIVE, "二、主动公开政府信息情况", "2. Proactive disclosure", t2),
                new Section(ON_REQUEST, "三、收到和处理政府信息公开申请情况", "3. Applications received and handled", t3),
                new Section(APPEALS, "四、政府信息公开行政复议、行政诉讼情况", "4. Reconsideration and litigation",
                        ReportTables.TableKey.APPEALS),
                new Section(PROBLEMS, "五、存在的主要问题及改进情况", "5. Main problems and improvements", null),
                new Section(OTHER, "六、其他需要报告的事项", "6. Other matters", null));
    }

    public static Section find(ReportFormat format, SectionKey key) {
        return of(format).stream().filter(s -> s.key() == key).findFirst().orElse(null);
    }
}
