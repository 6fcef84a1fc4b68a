package org.gongkai.reports;

/**
 * Whose report it is and which year: the agency as the text names it. A government's report is titled by its
 * place ("攀枝花市东区2011年政府信息公开工作年度报告") and speaks of itself as 我区/我县/我市; a department's is
 * titled by its name and speaks as 我局/我委/本机关.
 */
public record ReportSubject(long agencyId, String name, String shortName, boolean government,
                            boolean includeSubagencies, int year) {

    private static final String GOVERNMENT_SUFFIX = "人民政府";

    /** "攀枝花市东区" for "攀枝花市东区人民政府"; a department's full name. */
    public String titleName() {
        return government && name.endsWith(GOVERNMENT_SUFFIX)
                ? name.substring(0, name.length() - GOVERNMENT_SUFFIX.length()) : name;
    }

    public String title() {
        return titleName() + year + "年政府信息公开工作年度报告";
    }

    /** 【地区】: the short name without 政府 ("东区" for "东区政府"), else the title name. */
    public String place() {
        if (shortName != null && !shortName.isBlank()) {
            String s = shortName.trim();
            for (String suffix : new String[]{GOVERNMENT_SUFFIX, "政府"}) {
                if (government && s.endsWith(suffix) && s.length() > suffix.length()) {
                    return s.substring(0, s.length() - suffix.length());
                }
            }
            return s;
        }
        return titleName();
    }

    /** 【本级】: 我区, 我县, 我市 … for governments; 我局, 我委, 我办 … for departments; 本机关 otherwise. */
    public String self() {
        String base = titleName();
        if (government) {
            for (String unit : new String[]{"区", "县", "市", "旗", "州", "省", "镇", "乡"}) {
                if (base.endsWith(unit)) {
                    return "我" + unit;
                }
            }
            return "本级政府";
        }
        String[][] endings = {{"委员会", "委"}, {"局", "局"}, {"委", "委"}, {"办公室", "办"}, {"办", "办"},
                {"中心", "中心"}, {"厅", "厅"}, {"院", "院"}, {"署", "署"}};
        for (String[] e : endings) {
            if (base.endsWith(e[0])) {
                return "我" + e[1];
            }
        }
        return "本机关";
    }

    /**
     * Who the fee sentence speaks for: "全区各公开单位" for a government's report covering the agencies under
     * it, else the agency itself.
     */
    public String allUnits() {
        String self = self();
        if (government && includeSubagencies && self.length() == 2 && self.startsWith("我")) {
            return "全" + self.charAt(1) + "各公开单位";
        }
        return self;
    }
}
