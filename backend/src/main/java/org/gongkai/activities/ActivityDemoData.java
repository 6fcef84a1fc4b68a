package org.gongkai.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.demo.DemoSeeder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * The 东区 government's other disclosure work for 2024 to now: press conferences, trainings, monthly visits to
 * the disclosure column, guide and catalogue versions (2008, after the 2019 revision, and current) and a few
 * internal rules. Nothing dated 2011: the annual-report feature loads that year itself.
 */
@ApplicationScoped
public class ActivityDemoData implements DemoSeeder {

    private static final String[][] PRESS = {
            {"2024-01-25", "东区2023年经济运行情况新闻发布会", "经济运行；固定资产投资；民生实事", "PRESS_CONFERENCE"},
            {"2024-06-18", "东区优化营商环境“一网通办”新闻发布会", "企业开办；政务服务事项；一网通办", "PRESS_CONFERENCE"},
            {"2024-09-10", "东区秋季开学和义务教育招生政策解读", "招生划片；学位保障", "BRIEFING"},
            {"2024-12-05", "区长在线访谈：城市更新和老旧小区改造", "城市更新；老旧小区改造", "ONLINE_INTERVIEW"},
            {"2025-01-23", "东区2024年经济运行情况新闻发布会", "经济运行；中小企业发展；节能减排", "PRESS_CONFERENCE"},
            {"2025-04-15", "东区防汛和地质灾害防治工作新闻通气会", "防汛；地质灾害防治；应急避险", "BRIEFING"},
            {"2025-07-08", "东区养老服务体系建设情况新闻发布会", "养老服务补贴；社区养老", "PRESS_CONFERENCE"},
            {"2025-11-20", "媒体采访：东区政务服务中心“一窗通办”改革", "一窗通办；办事指南", "INTERVIEW"},
            {"2026-01-22", "东区2025年经济运行情况新闻发布会", "经济运行；改善民生", "PRESS_CONFERENCE"},
            {"2026-05-12", "东区防灾减灾日主题新闻发布会", "防灾减灾；应急预案", "PRESS_CONFERENCE"},
            {"2026-09-03", "东区义务教育阶段招生入学政策解读", "招生入学；学位分配", "BRIEFING"}};
    private static final String[][] TRAININGS = {
            {"2024-04-16", "《政府信息公开条例》和依申请公开办理规程集中培训", "1", "58"},
            {"2024-10-22", "政府信息公开年度报告编制和保密审查培训", "1", "61"},
            {"2025-04-10", "政务公开业务集中培训（含查阅点接待规范）", "2", "120"},
            {"2025-11-06", "政府网站信息发布和个人信息保护培训", "1", "54"},
            {"2026-04-14", "政府信息公开业务集中培训", "2", "116"}};
    private static final String[][] RULES = {
            {"2019-06-20", "东区政府信息公开保密审查制度", "东府办发〔2019〕21号", "主动公开前由起草单位、公开工作机构两级审查，涉密信息不得公开。"},
            {"2020-03-12", "东区依申请公开政府信息办理规程", "东府办发〔2020〕8号", "规定登记、审核、办理、答复、归档各环节的时限和责任。"},
            {"2024-02-28", "东区政务公开工作考核办法", "东府办发〔2024〕5号", "将主动公开、依申请公开和查阅点服务纳入年度目标考核。"},
            {"2025-03-18", "东区政府信息查阅点服务规范", "东府办发〔2025〕9号", "查阅点的开放时间、接待登记、日汇总和月度报送要求。"}};

    @Inject
    AgencyRepository agencies;

    @Inject
    PressConferenceRepository press;

    @Inject
    TrainingRepository trainings;

    @Inject
    InternalRuleRepository rules;

    @Inject
    DisclosureDocumentRepository documents;

    @Inject
    WebsiteStatisticRepository website;

    @Inject
    AuditService audit;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "press conferences, trainings, website visits, guides and rules";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElse(null);
        if (district == null || documents.count("agency.id", district.id) > 0) {
            return;
        }
        LocalDate today = ActivityGuard.today();
        for (String[] p : PRESS) {
            if (!LocalDate.parse(p[0]).isAfter(today)) {
                PressConference e = dated(new PressConference(), district, p[0]);
                e.title = p[1];
                e.topics = p[2];
                e.channel = PressChannel.valueOf(p[3]);
                press.persist(e);
            }
        }
        for (String[] t : TRAININGS) {
            if (!LocalDate.parse(t[0]).isAfter(today)) {
                Training e = dated(new Training(), district, t[0]);
                e.topic = t[1];
                e.sessions = Integer.parseInt(t[2]);
                e.participants = Integer.parseInt(t[3]);
                trainings.persist(e);
            }
        }
        for (String[] r : RULES) {
            InternalRule e = dated(new InternalRule(), district, r[0]);
            e.title = r[1];
            e.documentNumber = r[2];
            e.summary = r[3];
            rules.persist(e);
        }
        document(district, DocumentKind.GUIDE, "2008年版", "2008-05-01", "攀枝花市东区人民政府信息公开指南",
                guide("2008年5月1日起施行的《中华人民共和国政府信息公开条例》", "15 个工作日", "不超过 15 个工作日"), null);
        document(district, DocumentKind.GUIDE, "2019年修订版", "2019-05-15", "攀枝花市东区人民政府信息公开指南",
                guide("2019年修订的《中华人民共和国政府信息公开条例》", "20 个工作日", "不超过 20 个工作日"),
                "按2019年修订的条例更新申请办理时限、补正程序和查阅场所。");
        document(district, DocumentKind.GUIDE, "2024年版", "2024-03-01", "攀枝花市东区人民政府信息公开指南",
                guide("2019年修订的《中华人民共和国政府信息公开条例》", "20 个工作日", "不超过 20 个工作日"),
                "更新政务服务中心查阅点地址、受理时间和网上申请渠道。");
        document(district, DocumentKind.CATALOGUE, "2008年版", "2008-05-01", "攀枝花市东区人民政府信息公开目录",
                catalogue(), null);
        document(district, DocumentKind.CATALOGUE, "2019年版", "2019-05-15", "攀枝花市东区人民政府信息公开目录",
                catalogue(), "按新条例调整主动公开内容分类。");
        document(district, DocumentKind.CATALOGUE, "2025年版", "2025-02-20", "攀枝花市东区人民政府信息公开目录",
                catalogue(), "增加政务服务事项和基层政务公开标准目录。");
        int months = websiteVisits(district, today);
        audit.record("DemoData", "activities", "SEED", district.id, ChangeSet.empty()
                .note("pressConferences", press.count("agency.id", district.id))
                .note("trainings", trainings.count("agency.id", district.id))
                .note("internalRules", RULES.length).note("websiteMonths", months));
    }

    /** Visits to the disclosure column for every finished month since January 2024, with a seasonal swing. */
    private int websiteVisits(Agency district, LocalDate today) {
        Random random = new Random(2024);
        int n = 0;
        for (YearMonth m = YearMonth.of(2024, 1); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            WebsiteStatistic w = new WebsiteStatistic();
            w.agency = district;
            w.year = m.getYear();
            w.month = m.getMonthValue();
            int season = List.of(1, 2, 7, 8).contains(w.month) ? 30_000 : 42_000;
            w.visits = season + (m.getYear() - 2024) * 3_000L + random.nextInt(9_000);
            w.note = "网站统计系统月报";
            website.persist(w);
            n++;
        }
        return n;
    }

    private void document(Agency agency, DocumentKind kind, String label, String effective, String title, String body,
                          String change) {
        DisclosureDocument d = dated(new DisclosureDocument(), agency, effective);
        d.kind = kind;
        d.versionLabel = label;
        d.title = title;
        d.body = HtmlBody.of(body);
        d.changeSummary = change;
        documents.persist(d);
    }

    private static <E extends ActivityRecord> E dated(E e, Agency agency, String date) {
        e.agency = agency;
        e.date = LocalDate.parse(date);
        return e;
    }

    private static String guide(String regulation, String reply, String extension) {
        return "<p>为了保障公民、法人和其他组织依法获取政府信息，根据" + regulation + "，编制本指南。</p>"
                + "<h2>一、主动公开</h2><p>本机关主动公开的政府信息见《攀枝花市东区人民政府信息公开目录》，"
                + "主要通过东区人民政府门户网站政府信息公开专栏发布，并在政务服务中心、区档案馆、区图书馆设置政府信息查阅点。</p>"
                + "<h2>二、依申请公开</h2><p>申请人可以通过网上申请、信函或当面提交申请。本机关收到申请后能够当场答复的当场答复；"
                + "不能当场答复的，自收到申请之日起 " + reply + "内予以答复；需要延长答复期限的，经负责人同意并告知申请人，延长期限"
                + extension + "。</p>"
                + "<h2>三、查阅地点</h2><ul><li>东区政务服务中心一号、二号查阅点：炳草岗大街 99 号，工作日 9:00–12:00、14:30–18:00</li>"
                + "<li>东区档案馆政府信息查阅点：人民街 12 号</li><li>东区图书馆政府信息查阅点：三线大道中段 66 号</li></ul>"
                + "<h2>四、受理机构</h2><p>东区人民政府办公室（政府信息公开办公室），电话 0812-2225000，传真 0812-2225009，"
                + "办公时间为工作日 8:30–12:00、14:30–17:30。</p>"
                + "<h2>五、监督和救济</h2><p>申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者"
                + "政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>";
    }

    private static String catalogue() {
        return "<p>本目录按类别列出本机关主动公开的政府信息，每条信息包括索引号、名称、内容概述和生成日期。</p>"
                + "<ol><li>概况信息：机构职能、领导分工、内设机构</li><li>计划总结：国民经济和社会发展规划、工作计划和总结</li>"
                + "<li>法规公文：规范性文件、政策解读</li><li>工作动态：政务要闻、部门动态</li>"
                + "<li>人事信息：任免、招录</li><li>财政信息：预决算、三公经费</li><li>其他信息：政务服务事项、公示公告</li></ol>";
    }
}
