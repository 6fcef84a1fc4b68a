package org.gongkai.reports;

import org.gongkai.common.text.Text;

/**
 * The paragraphs of a report the records cannot write — organisation, problems, improvements, how the office
 * works — entered once by the office and carried over to later years until changed (a year without its own
 * text takes the latest earlier year's, else the default below). Each slot belongs to one section; the draft
 * places the data sentences at the marker 【数据】 of the slot's text (after it when the marker is absent, so
 * a figure is never lost). Markers replaced everywhere: 【年度】 the report year, 【本级】 how the agency calls
 * itself (我区, 我局 …), 【地区】 its short name (东区), 【网站】 the website name ({@link #WEBSITE_NAME}).
 * Where narrative stands between the figures, 【数据1】, 【数据2】 … place the data clause by clause. Slots
 * whose text starts with a subsection title ({@link #subsection}) are numbered （一）（二）… in order, and an
 * emptied slot drops out of the numbering.
 */
public enum NarrativeSlot {
    WEBSITE_NAME(null, SectionKey.PREAMBLE, false, "网站名称", "Website name", "政府门户网站"),

    LEGACY_PREAMBLE(ReportFormat.LEGACY, SectionKey.PREAMBLE, false, "引言", "Preamble",
            "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）有关要求，结合【地区】实际编制。【数据】"),
    LEGACY_OVERVIEW_INTRO(ReportFormat.LEGACY, SectionKey.OVERVIEW, false, "概述开篇", "Overview opening",
            "【年度】年，【本级】政府信息公开工作认真贯彻落实《条例》，通过深化公开内容、完善各项制度、加强基础性工作，"
                    + "进一步提高政府信息公开的质量和水平，有效地促进了法治政府建设。【年度】年主要开展了以下几个方面的工作："),
    LEGACY_ORGANISATION(ReportFormat.LEGACY, SectionKey.OVERVIEW, true, "组织领导", "Organisation",
            "加强组织领导，落实工作责任。【本级】成立了政府信息公开工作领导小组，领导小组下设办公室，负责政府信息公开的"
                    + "日常指导、协调、督办工作。各部门、单位形成了“主要领导亲自抓，分管领导具体抓，责任科室抓落实”的工作机制，"
                    + "及时协调解决工作中的问题，确保政府信息公开工作顺利进行。"),
    LEGACY_GUIDE(ReportFormat.LEGACY, SectionKey.OVERVIEW, true, "指南和目录", "Guide and catalogue",
            "不断更新完善信息公开指南和目录。根据自身职能，围绕《条例》规定的公开内容，及时更新完善政府信息公开指南和"
                    + "政府信息公开目录，并通过【网站】向社会公开，以供公众查询。【数据】"),
    LEGACY_RULES(ReportFormat.LEGACY, SectionKey.OVERVIEW, true, "制度建设", "Internal rules",
            "建立健全信息公开各项制度。【本级】在以往工作的基础上，进一步加强制度规范建设，强化制度规范执行。【数据】"
                    + "各部门进一步规范和完善了接待、办理、文明服务、归档制度，信息公开工作逐步走上制度化、规范化、法制化轨道。"),
    LEGACY_FACILITIES(ReportFormat.LEGACY, SectionKey.OVERVIEW, true, "配套措施", "Facilities",
            "完善配套措施，发挥服务功能。【本级】进一步完善了政务信息公开栏目，及时全面进行信息公开。【数据】，"
                    + "进一步加大信息公开力度，充分发挥其服务功能，为深入推进政府信息公开工作奠定了坚实基础。"),
    LEGACY_TRAINING(ReportFormat.LEGACY, SectionKey.OVERVIEW, true, "业务培训", "Training",
            "加强业务培训，提升工作实效。结合《条例》的实施，利用集中和灵活方式开展信息公开业务培训。【数据】"
                    + "通过培训提高了信息公开工作人员的业务能力和整体水平。"),
    LEGACY_PROACTIVE_VOLUME(ReportFormat.LEGACY, SectionKey.PROACTIVE, false, "主动公开数量", "Volume of proactive disclosure",
            "按照《条例》的要求，对应主动公开范围的政府信息，自形成或者变更之日起按照规定时限及时编排公开目录并予以公开，"
                    + "各部门对政府信息进行了梳理和编目。【数据】【本级】主要通过【网站】发布相关信息，公众可通过网络、"
                    + "指定地点查阅或联系方式进行了解。"),
    LEGACY_WEBSITE(ReportFormat.LEGACY, SectionKey.PROACTIVE, false, "政府网站", "Website",
            "【网站】在首页显著位置制作了信息公开专栏，发布各类政府信息，广大市民可通过信息公开专栏查阅主动公开的政府信息。【数据】"),
    LEGACY_PRESS(ReportFormat.LEGACY, SectionKey.PROACTIVE, false, "新闻发布会", "Press conferences",
            "【数据】通过新闻发布活动发布政府推进经济社会发展的举措和成效，突出抓好热点回应和突发事件通报，正面引导社会舆论。"),
    LEGACY_SERVICE_CENTRE(ReportFormat.LEGACY, SectionKey.PROACTIVE, false, "政务服务中心", "Service centre",
            "【数据1】，全面公开行政审批事项和社会服务事项信息，包括行政审批事项的设定依据、办事程序、申请条件、申报材料、"
                    + "收费依据、收费标准、投诉联系等方面的信息，【数据2】。"),
    LEGACY_READING_POINTS(ReportFormat.LEGACY, SectionKey.PROACTIVE, false, "公共查阅点", "Public reading points",
            "【数据1】，开展政府主动公开信息的收集整理，为公众提供信息查阅服务。【数据2】。"),
    LEGACY_ON_REQUEST(ReportFormat.LEGACY, SectionKey.ON_REQUEST, false, "依申请公开补充说明",
            "Applications: further remarks", "【数据】"),
    LEGACY_FEES(ReportFormat.LEGACY, SectionKey.FEES, false, "收费补充说明", "Fees: further remarks", "【数据】"),
    LEGACY_APPEALS(ReportFormat.LEGACY, SectionKey.APPEALS, false, "复议诉讼补充说明", "Appeals: further remarks", "【数据】"),
    LEGACY_PROBLEMS(ReportFormat.LEGACY, SectionKey.PROBLEMS, false, "存在的主要问题", "Main problems",
            "目前，政府信息公开工作存在的主要问题是：少数单位主动公开政府信息的内容尚不能完全满足社会公众的需求，"
                    + "主动公开力度有待进一步加大；公开形式需进一步优化，政府信息公开网站在便捷性方面还有待增强。"),
    LEGACY_IMPROVEMENTS(ReportFormat.LEGACY, SectionKey.PROBLEMS, false, "改进措施", "Improvements",
            "一是加大政府信息主动公开力度。增加主动公开政府信息的数量，进一步建立健全政府信息公开的工作制度体系，"
                    + "主动听取公众的意见建议，切实接受社会监督。\n"
                    + "二是优化政府信息公开渠道。加强政府信息公开网站建设，及时、全面、准确地公开各类政府信息，"
                    + "提升政府信息公开查阅服务，方便公众查阅和获取政府信息。\n"
                    + "三是加强政府信息公开基础保障工作。加强政府信息公开工作人员的学习培训，全面提高做好信息公开工作的能力和水平。"),
    LEGACY_OTHER(ReportFormat.LEGACY, SectionKey.OTHER, false, "其他需要报告的事项", "Other matters",
            "主动公开严格执行《条例》规定，做到“应公开尽公开”。"),

    NATIONAL_PREAMBLE(ReportFormat.NATIONAL_2021, SectionKey.PREAMBLE, false, "引言", "Preamble",
            "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式的要求编制。"
                    + "【数据】本报告电子版可在【网站】查阅和下载。"),
    NATIONAL_INTRO(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, false, "总体情况开篇", "Overall opening",
            "【年度】年，【本级】认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全面推进政府信息公开工作。"),
    NATIONAL_PROACTIVE(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, true, "主动公开", "Proactive disclosure",
            "主动公开。【数据】【本级】围绕中心工作，通过【网站】等渠道及时公开政策文件、工作动态和重点领域信息，"
                    + "加强政策解读和回应关切。"),
    NATIONAL_ON_REQUEST(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, true, "依申请公开", "Disclosure on application",
            "依申请公开。【数据】【本级】严格按照《条例》规定的程序和时限办理政府信息公开申请，规范答复文书，"
                    + "依法保障申请人的合法权益。"),
    NATIONAL_MANAGEMENT(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, true, "政府信息管理", "Information management",
            "政府信息管理。【本级】加强政府信息公开前的保密审查，做好政策文件的清理和动态调整。【数据】"),
    NATIONAL_PLATFORM(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, true, "平台建设", "Platforms",
            "政府信息公开平台建设。【本级】持续加强【网站】政府信息公开专栏建设，优化栏目设置，提升信息发布的及时性和准确性。【数据】"),
    NATIONAL_OVERSIGHT(ReportFormat.NATIONAL_2021, SectionKey.OVERALL, true, "监督保障", "Oversight",
            "监督保障。【本级】将政府信息公开工作纳入年度目标考核，主动接受社会评议和监督。【数据】"),
    NATIONAL_PROBLEMS(ReportFormat.NATIONAL_2021, SectionKey.PROBLEMS, false, "存在的主要问题", "Main problems",
            "政府信息公开工作仍存在一些不足：主动公开的深度和广度有待拓展，政策解读的形式还不够丰富，"
                    + "工作人员的业务能力有待进一步提高。"),
    NATIONAL_IMPROVEMENTS(ReportFormat.NATIONAL_2021, SectionKey.PROBLEMS, false, "改进情况", "Improvements",
            "下一步，【本级】将进一步加大主动公开力度，丰富政策解读形式，加强业务培训，不断提升政府信息公开工作水平。"),
    NATIONAL_OTHER(ReportFormat.NATIONAL_2021, SectionKey.OTHER, false, "其他需要报告的事项", "Other matters", "【数据】");

    public static final String DATA = "【数据】";

    private final ReportFormat family;
    private final SectionKey section;
    private final boolean subsection;
    private final Text label;
    private final String defaultText;

    NarrativeSlot(ReportFormat family, SectionKey section, boolean subsection, String zh, String en, String defaultText) {
        this.family = family;
        this.section = section;
        this.subsection = subsection;
        this.label = Text.of(zh, en);
        this.defaultText = defaultText;
    }

    /** LEGACY, NATIONAL_2021 (standing for both national formats), or null for slots every format uses. */
    public ReportFormat family() {
        return family;
    }

    public boolean usedBy(ReportFormat format) {
        return family == null || family.national() == format.national();
    }

    public SectionKey section() {
        return section;
    }

    public boolean subsection() {
        return subsection;
    }

    public Text label() {
        return label;
    }

    public String defaultText() {
        return defaultText;
    }
}
