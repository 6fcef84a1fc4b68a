package org.gongkai.reports;

import org.gongkai.common.text.Text;

/**
 * The three layouts an annual report has had. {@link #LEGACY} follows the 2007 Regulation's Art.32 items as
 * the Dongqu 2011 report does (sections 一–七, no tables); {@link #NATIONAL_2019} is the trial national format
 * of 国办公开办函〔2019〕60号 (2019 and 2020 reports); {@link #NATIONAL_2021} the current one of
 * 国办公开办函〔2021〕30号.
 */
public enum ReportFormat {
    LEGACY(Text.of("2007年条例格式（七部分）", "2007-regulation layout (sections 1–7)")),
    NATIONAL_2019(Text.of("2019年试行全国统一格式", "2019 trial national format")),
    NATIONAL_2021(Text.of("2021年全国统一格式", "2021 national format"));

    private final Text label;

    ReportFormat(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public boolean national() {
        return this != LEGACY;
    }

    /** A format named in a query parameter; blank is none (the default applies), anything else unknown is a 400. */
    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw org.gongkai.common.error.ApiException.invalidField("format",
                    "格式须为 LEGACY、NATIONAL_2019 或 NATIONAL_2021。", "The format must be LEGACY, NATIONAL_2019 or NATIONAL_2021.");
        }
    }

    /** The format the rules prescribe for a year's report: legacy up to 2018, the trial for 2019–2020. */
    public static ReportFormat defaultFor(int year) {
        if (year <= 2018) {
            return LEGACY;
        }
        return year <= 2020 ? NATIONAL_2019 : NATIONAL_2021;
    }
}
