package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.items.search.ItemIndexChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A few hundred items of the 东区 district government and its departments, 2019 to this year, in the style of
 * the district's real catalogue: normative documents (some since repealed), plans, budgets, work news,
 * personnel notices, licensing and penalty publications, procurement results, statistics. A few were published
 * late, a few withdrawn; some drafts and items pending review give the console work. Generated from a fixed seed,
 * so every demo start shows the same catalogue; loaded once (skipped when the district already has items).
 * The 75,646 items of 2011 are not loaded here: the annual-report demo loads them with {@link ItemBulkLoader}.
 */
@ApplicationScoped
public class ItemDemoData implements DemoSeeder {

    static final int FIRST_YEAR = 2019;

    private static final String[] STREETS = {"炳草岗街道", "大渡口街道", "东华街道", "弄弄坪街道", "瓜子坪街道", "南山街道",
            "向阳村街道", "银江镇"};

    /** Subjects of normative documents with their topic; the same subject is re-issued in later years. */
    private static final String[][] RULE_SUBJECTS = {
            {"城镇老旧小区改造专项资金管理", "URBAN_ENVIRONMENT"}, {"公共租赁住房保障", "URBAN_ENVIRONMENT"},
            {"困难群众临时救助", "CIVIL_AFFAIRS"}, {"中小微企业发展专项资金管理", "ECONOMY"},
            {"农贸市场标准化建设奖补", "COMMERCE_TOURISM"}, {"政府投资项目管理", "ECONOMY"},
            {"城市道路挖掘占用管理", "URBAN_ENVIRONMENT"}, {"学前教育资助", "SCIENCE_EDUCATION"},
            {"重大行政决策程序", "GENERAL"}, {"行政规范性文件管理", "GENERAL"}, {"就业创业补贴", "LABOUR_PERSONNEL"},
            {"城市生活垃圾分类", "URBAN_ENVIRONMENT"}, {"社区工作者管理", "CIVIL_AFFAIRS"},
            {"残疾人两项补贴发放", "CIVIL_AFFAIRS"}, {"政府购买服务管理", "FINANCE_AUDIT"},
            {"家庭医生签约服务", "HEALTH_SPORTS"}, {"食品小作坊登记管理", "MARKET_SAFETY"}};

    private static final String[][] MEETINGS = {{"安全生产", "MARKET_SAFETY"}, {"森林草原防灭火", "AGRICULTURE"},
            {"优化营商环境", "ECONOMY"}, {"民生实事推进", "GENERAL"}, {"防汛减灾", "AGRICULTURE"},
            {"创建全国文明城市", "CULTURE_MEDIA"}, {"项目投资攻坚", "ECONOMY"}, {"生态环境保护", "URBAN_ENVIRONMENT"}};

    private static final String[][] CAMPAIGNS = {{"DQ-SCJ", "食品安全“守护”", "MARKET_SAFETY"},
            {"DQ-ZJJ", "燃气安全排查整治", "URBAN_ENVIRONMENT"}, {"DQ-JTJ", "校园周边环境集中整治", "SCIENCE_EDUCATION"},
            {"DQ-WJJ", "打击欺诈骗保", "HEALTH_SPORTS"}, {"DQ-MZJ", "养老服务机构安全隐患排查", "CIVIL_AFFAIRS"},
            {"DQ-SCJ", "特种设备安全隐患排查", "MARKET_SAFETY"}, {"DQ-FGJ", "重点项目“大比武”", "ECONOMY"},
            {"DQ-CZJ", "财会监督专项检查", "FINANCE_AUDIT"}};

    private static final String[] SHOPS = {"某便利店", "某超市", "某餐饮店", "某药房", "某副食店", "某火锅店", "某烧烤店",
            "某母婴用品店", "某眼镜店", "某农资经营部"};

    private static final String[] OFFENCES = {"销售不符合食品安全标准的食品", "经营超过保质期的食品", "未按规定公示营业执照",
            "销售未经检验合格的计量器具", "价格违法", "使用未经检验的特种设备"};

    private static final String[] PROCUREMENTS = {"智慧社区综合服务平台建设", "中小学课桌椅采购", "城市道路照明设施维护",
            "政务服务中心物业服务", "老旧小区改造监理服务", "公共卫生应急物资储备", "社区养老服务中心运营",
            "城市园林绿化管护"};

    private static final String[] PERSON_NAMES = {"王建国", "李春梅", "张志强", "刘晓燕", "陈永明", "杨丽华", "赵德胜",
            "黄秀英"};

    @Inject
    AgencyRepository agencies;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemBulkLoader loader;

    @Inject
    EntityManager em;

    @Inject
    Event<ItemIndexChange> indexChanges;

    private final Map<String, Integer> numbers = new HashMap<>();
    private Random random;
    private LocalDate today;
    private Map<String, Agency> byCode;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "disclosure items";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElse(null);
        if (district == null) {
            return;
        }
        List<Long> ids = agencies.withDescendants(district.id);
        if (items.count("agency.id in ?1", ids) > 0) {
            return;
        }
        byCode = new HashMap<>();
        ids.forEach(id -> {
            Agency a = agencies.findById(id);
            byCode.put(a.catalogueCode, a);
        });
        random = new Random(20_190_101L);
        today = Today.date();
        numbers.clear();
        List<HistoricalItem> published = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            published.addAll(year(year));
        }
        ItemBulkLoader.LoadResult loaded = loader.loadPublished(published);
        withdrawSome(loaded.indexNumbers());
        workInProgress();
    }

    private List<HistoricalItem> year(int y) {
        List<HistoricalItem> out = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            out.add(normative(y, k == 0 ? "DQ" : pick(new String[]{"DQ", "DQ-BGS", "DQ-BGS", "DQ-CZJ", "DQ-MZJ", "DQ-ZJJ"})));
        }
        // The district's own normative document of the year comes with its policy interpretation (政策解读).
        HistoricalItem main = out.get(0);
        if (main != null && main.title().contains("《")) {
            String name = main.title().substring(main.title().indexOf('《'), main.title().indexOf('》') + 1);
            LocalDate written = main.publicationDate();
            LocalDate published = publishedAfter(written);
            if (published != null) {
                out.add(new HistoricalItem(main.agencyId(), "INTERPRETATION", name + "政策解读", null, written, published,
                        main.topic(), null, null, "<p>一、制定背景。为贯彻落实上级有关部署，进一步规范相关工作，区政府制定了" + name
                        + "。</p><p>二、主要内容。" + name + "共五章二十条，明确了适用范围、职责分工、工作程序和监督管理。</p>"
                        + "<p>三、解读机关：攀枝花市东区人民政府办公室。</p>", null, null,
                        EnumSet.of(Channel.WEBSITE)));
            }
        }
        out.add(item(y, "PLANNING", "DQ-FGJ", "东区" + y + "年国民经济和社会发展计划执行情况及" + (y + 1) + "年计划草案的报告",
                null, "ECONOMY", "区发展和改革局", plan(y)));
        out.add(item(y, "PLANNING", "DQ", "攀枝花市东区" + y + "年政府工作报告", null, "GENERAL", "区人民政府",
                "<p>" + y + "年是全面贯彻落实党的二十大精神的重要一年。过去一年，全区上下坚持稳中求进工作总基调，"
                        + "地区生产总值稳步增长，城乡居民收入持续提高，民生实事全面完成。</p><p>" + y + "年主要任务：一是坚定不移抓项目促投资；"
                        + "二是持续优化营商环境；三是推进城市更新和老旧小区改造；四是办好十件民生实事。</p>"));
        out.add(item(y, "BUDGET", "DQ-CZJ", "攀枝花市东区" + y + "年区级部门预算公开", null, "FINANCE_AUDIT", "区财政局",
                budget(y, "区级部门预算")));
        out.add(item(y, "BUDGET", "DQ-CZJ", "东区" + (y - 1) + "年区级财政决算公开", null, "FINANCE_AUDIT", "区财政局",
                budget(y - 1, "区级财政决算")));
        String dept = pick(new String[]{"DQ-JTJ", "DQ-MZJ", "DQ-WJJ", "DQ-ZJJ", "DQ-SCJ"});
        out.add(item(y, "BUDGET", dept, byCode.get(dept).name + y + "年部门预算公开", null, "FINANCE_AUDIT",
                byCode.get(dept).name, budget(y, "部门预算")));
        for (int k = 0; k < 12; k++) {
            out.add(news(y));
        }
        out.add(item(y, "PERSONNEL", "DQ", "攀枝花市东区人民政府关于" + pick(PERSON_NAMES) + "等同志职务任免的通知",
                docNo("东府任", y), "LABOUR_PERSONNEL", "区人民政府",
                "<p>各街道办事处，区级各部门：</p><p>经区人民政府研究决定：</p><p>任命" + pick(PERSON_NAMES) + "为攀枝花市东区"
                        + pick(new String[]{"民政局副局长", "财政局副局长", "卫生健康局副局长", "市场监督管理局副局长"}) + "；</p><p>免去"
                        + pick(PERSON_NAMES) + "的攀枝花市东区" + pick(new String[]{"住房和城乡建设局副局长", "教育和体育局副局长"})
                        + "职务。</p>"));
        out.add(item(y, "RECRUITMENT", "DQ-BGS", "攀枝花市东区" + y + "年公开考试招聘事业单位工作人员公告", null,
                "LABOUR_PERSONNEL", "区人民政府办公室",
                "<p>为满足事业单位工作需要，根据《事业单位人事管理条例》和四川省事业单位公开招聘有关规定，东区" + y
                        + "年公开考试招聘事业单位工作人员" + (20 + random.nextInt(40)) + "名。</p><p>报名时间、岗位条件及考试安排详见附件。"
                        + "报考人员须对提交材料的真实性负责。</p>"));
        for (int k = 0; k < 3; k++) {
            out.add(licensing(y));
        }
        for (int k = 0; k < 3; k++) {
            out.add(penalty(y));
        }
        out.add(item(y, "COERCION", "DQ-SCJ", "区市场监管局实施查封扣押行政强制措施信息公开（" + y + "年第" + (1 + random.nextInt(4))
                        + "期）", docNo("东市监强", y), "MARKET_SAFETY", "区市场监督管理局",
                "<p>根据《中华人民共和国行政强制法》第二十二条、《中华人民共和国食品安全法》第一百一十条，我局对"
                        + pick(STREETS) + pick(SHOPS) + "涉嫌" + pick(OFFENCES) + "的物品依法实施查封、扣押，期限为三十日。</p>"));
        out.add(item(y, "FEES", "DQ-CZJ", "东区行政事业性收费项目目录清单（" + y + "年）", null, "FINANCE_AUDIT", "区财政局",
                "<p>根据四川省财政厅、四川省发展和改革委员会关于行政事业性收费目录清单的规定，现将东区" + y
                        + "年行政事业性收费项目目录清单予以公布。清单之外的收费项目，一律不得收取。</p>"
                        + "<table><tr><th>收费项目</th><th>执收单位</th></tr><tr><td>不动产登记费</td><td>区不动产登记中心</td></tr>"
                        + "<tr><td>土地复垦费</td><td>区自然资源分局</td></tr></table>"));
        for (int k = 0; k < 2; k++) {
            String what = pick(PROCUREMENTS);
            out.add(item(y, "PROCUREMENT", "DQ-CZJ", "东区" + what + "项目中标（成交）结果公告", null, "FINANCE_AUDIT",
                    "区财政局", "<p>项目名称：东区" + what + "项目</p><p>采购方式：公开招标</p><p>中标（成交）金额："
                            + (30 + random.nextInt(400)) + "." + random.nextInt(10) + "万元</p><p>公告期限：自本公告发布之日起1个工作日。</p>"));
        }
        int quarter = 1 + random.nextInt(4);
        out.add(item(y, "STATISTICS", "DQ-FGJ", "东区" + y + "年" + quarter + "季度主要经济指标", null, "ECONOMY",
                "区发展和改革局", "<p>" + y + "年" + quarter + "季度，全区实现地区生产总值" + (80 + random.nextInt(60)) + "."
                        + random.nextInt(10) + "亿元，同比增长" + (3 + random.nextInt(5)) + "." + random.nextInt(10)
                        + "%；规模以上工业增加值同比增长" + (2 + random.nextInt(6)) + "." + random.nextInt(10)
                        + "%；社会消费品零售总额同比增长" + (4 + random.nextInt(5)) + "." + random.nextInt(10) + "%。</p>"));
        out.add(item(y, "PUBLIC_SERVICES", "DQ-MZJ", "东区" + y + "年城乡居民最低生活保障标准调整公告", null, "CIVIL_AFFAIRS",
                "区民政局", "<p>经区人民政府同意，自" + y + "年7月1日起，城市居民最低生活保障标准调整为每人每月"
                        + (700 + (y - 2019) * 20) + "元，农村居民最低生活保障标准调整为每人每年" + (6600 + (y - 2019) * 300)
                        + "元。</p>"));
        out.add(item(y, "SUPERVISION", "DQ-SCJ", "东区" + y + "年第" + quarter + "季度食品安全监督抽检信息公告", null,
                "MARKET_SAFETY", "区市场监督管理局", "<p>本季度共抽检食品" + (120 + random.nextInt(80)) + "批次，合格"
                        + (118 + random.nextInt(2)) + "批次。不合格产品已依法处置，相关经营者已立案调查。</p>"));
        if (y % 2 == 1) {
            out.add(item(y, "EMERGENCIES", "DQ-BGS", "东区突发事件总体应急预案（" + y + "年修订）", null, "PUBLIC_SECURITY",
                    "区人民政府办公室", "<p>为提高政府保障公共安全和处置突发事件的能力，最大程度地预防和减少突发事件及其造成的损害，"
                            + "依据《中华人民共和国突发事件应对法》等法律法规，修订本预案。</p>"));
        }
        if (y == FIRST_YEAR) {
            for (String code : List.of("DQ-BGS", "DQ-FGJ", "DQ-CZJ", "DQ-JTJ", "DQ-MZJ", "DQ-WJJ", "DQ-ZJJ", "DQ-SCJ")) {
                Agency a = byCode.get(code);
                if (a != null) {
                    out.add(item(y, "FUNCTIONS", code, a.name + "机构职能", null, "GENERAL", a.name,
                            "<p>主要职责：贯彻执行党和国家的方针政策及法律法规，拟订本区相关领域发展规划和政策措施并组织实施。</p>"
                                    + "<p>办公地址：攀枝花市东区炳草岗大街。办公时间：工作日上午8:30—12:00，下午14:30—18:00。</p>"));
                }
            }
        }
        return renumbered(out.stream().filter(i -> i != null).toList());
    }

    /** Document numbers of a year follow the dates the documents were written, as a registry numbers them. */
    private List<HistoricalItem> renumbered(List<HistoricalItem> items) {
        List<HistoricalItem> byDate = new ArrayList<>(items);
        byDate.sort(java.util.Comparator.comparing(HistoricalItem::writtenDate));
        Map<String, Integer> next = new HashMap<>();
        Map<HistoricalItem, HistoricalItem> replaced = new java.util.IdentityHashMap<>();
        for (HistoricalItem i : byDate) {
            if (i.documentNumber() == null) {
                continue;
            }
            String prefix = i.documentNumber().substring(0, i.documentNumber().indexOf('〕') + 1);
            int n = next.merge(prefix, 1 + random.nextInt(4), Integer::sum);
            String number = prefix + n + "号";
            // docNo() continues after the highest number given (drafts of this year get the next ones).
            numbers.merge(prefix.replace("〔", "").replace("〕", ""), n, Math::max);
            replaced.put(i, new HistoricalItem(i.agencyId(), i.categoryCode(), i.title(), number, i.writtenDate(),
                    i.publicationDate(), i.topic(), i.keywords(), i.summary(),
                    i.body() == null ? null : i.body().replace(i.documentNumber(), number), i.validity(), i.repealDate(),
                    i.channels()));
        }
        return items.stream().map(i -> replaced.getOrDefault(i, i)).toList();
    }

    private HistoricalItem normative(int y, String issuer) {
        String[] subject = RULE_SUBJECTS[random.nextInt(RULE_SUBJECTS.length)];
        String title;
        String prefix;
        String signer;
        switch (issuer) {
            case "DQ" -> {
                title = "攀枝花市东区人民政府关于印发《东区" + subject[0] + "办法》的通知";
                prefix = "东府发";
                signer = "攀枝花市东区人民政府";
            }
            case "DQ-BGS" -> {
                title = "攀枝花市东区人民政府办公室关于印发《东区" + subject[0] + "实施细则》的通知";
                prefix = "东府办发";
                signer = "攀枝花市东区人民政府办公室";
            }
            default -> {
                Agency a = byCode.get(issuer);
                title = a.name + "关于印发《东区" + subject[0] + "实施办法》的通知";
                prefix = switch (issuer) {
                    case "DQ-CZJ" -> "东财发";
                    case "DQ-MZJ" -> "东民发";
                    default -> "东住建发";
                };
                signer = a.name;
            }
        }
        LocalDate written = writtenIn(y);
        LocalDate published = publishedAfter(written);
        if (published == null) {
            return null;
        }
        Validity validity = Validity.IN_FORCE;
        LocalDate repealed = null;
        if (y <= 2022 && random.nextInt(10) < 4) {
            LocalDate r = written.plusYears(2 + random.nextInt(3)).plusDays(random.nextInt(60));
            if (r.isBefore(today)) {
                validity = Validity.REPEALED;
                repealed = r;
            }
        }
        String body = "<p>各街道办事处，区级各部门：</p><p>为进一步规范" + subject[0].replace("管理", "") + "工作，根据有关法律法规和"
                + "政策规定，结合我区实际，制定了《东区" + subject[0] + "办法》。经区政府第" + (1 + random.nextInt(40))
                + "次常务会议审议通过，现印发给你们，请认真贯彻执行。</p><p>本办法自印发之日起施行，有效期五年。</p><p>"
                + signer + "</p><p>" + chinese(written) + "</p>";
        return new HistoricalItem(byCode.get(issuer).id, "NORMATIVE", title, docNo(prefix, y), written, published,
                Topic.valueOf(subject[1]), subject[0] + " 规范性文件", null, body, validity, repealed,
                EnumSet.of(Channel.WEBSITE, Channel.GAZETTE));
    }

    private HistoricalItem news(int y) {
        if (random.nextBoolean()) {
            String[] m = MEETINGS[random.nextInt(MEETINGS.length)];
            return item(y, "NEWS", "DQ-BGS", "东区召开" + y + "年" + m[0] + "工作会议", null, m[1], "区人民政府办公室",
                    "<p>近日，东区召开" + y + "年" + m[0] + "工作会议，总结前一阶段工作，安排部署下一步重点任务。区级相关部门和"
                            + "各街道办事处主要负责同志参加会议。</p><p>会议强调，要坚持以人民为中心的发展思想，压紧压实工作责任，"
                            + "确保" + m[0] + "各项任务落地见效。</p>");
        }
        String[] c = CAMPAIGNS[random.nextInt(CAMPAIGNS.length)];
        Agency a = byCode.get(c[0]);
        return item(y, "NEWS", c[0], a.shortName + "在" + pick(STREETS) + "开展" + c[1] + "专项行动", null, c[2], a.name,
                "<p>为切实保障人民群众生命财产安全，" + a.shortName + "联合" + pick(STREETS) + "开展" + c[1] + "专项行动，共出动执法人员"
                        + (20 + random.nextInt(60)) + "人次，检查经营主体" + (30 + random.nextInt(120)) + "家，发现并督促整改问题"
                        + (5 + random.nextInt(30)) + "个。</p>");
    }

    private HistoricalItem licensing(int y) {
        int n = 1 + random.nextInt(12);
        return switch (random.nextInt(3)) {
            case 0 -> item(y, "LICENSING", "DQ-SCJ", "区市场监管局" + y + "年" + n + "月食品经营许可信息公示", null,
                    "MARKET_SAFETY", "区市场监督管理局", "<p>根据《中华人民共和国行政许可法》和《食品经营许可和备案管理办法》，"
                            + "现将" + y + "年" + n + "月准予食品经营许可的" + (10 + random.nextInt(40)) + "户经营者信息予以公示。</p>");
            case 1 -> item(y, "LICENSING", "DQ-ZJJ", "区住建局建筑工程施工许可证核发信息（" + y + "年第" + n + "批）", null,
                    "URBAN_ENVIRONMENT", "区住房和城乡建设局", "<p>本批次核发建筑工程施工许可证" + (2 + random.nextInt(8))
                            + "件，涉及" + pick(STREETS) + "等地的住宅及配套工程。</p>");
            default -> item(y, "LICENSING", "DQ-WJJ", "区卫健局医疗机构执业许可信息公示（" + y + "年第" + n + "期）", null,
                    "HEALTH_SPORTS", "区卫生健康局", "<p>依据《医疗机构管理条例》，现将本期准予执业登记的诊所、门诊部信息予以公示。</p>");
        };
    }

    private HistoricalItem penalty(int y) {
        String shop = pick(STREETS) + pick(SHOPS);
        String offence = pick(OFFENCES);
        String no = docNo("东市监罚", y);
        return item(y, "PENALTY", "DQ-SCJ", "攀枝花市东区" + shop + offence + "案行政处罚决定信息公开", no, "MARKET_SAFETY",
                "区市场监督管理局", "<p>行政处罚决定书文号：" + no + "</p><p>违法事实：当事人" + offence + "。</p><p>处罚依据："
                        + "《中华人民共和国食品安全法》等相关规定。</p><p>处罚结果：没收违法所得，并处罚款" + (2 + random.nextInt(48))
                        + "000元。</p>");
    }

    private HistoricalItem item(int y, String category, String agencyCode, String title, String documentNumber,
                                String topic, String signer, String body) {
        Agency a = byCode.get(agencyCode);
        LocalDate written = writtenIn(y);
        LocalDate published = publishedAfter(written);
        if (a == null || published == null) {
            return null;
        }
        String html = body + (body.contains("<p>" + signer) ? "" : "<p>" + signer + "</p><p>" + chinese(written) + "</p>");
        return new HistoricalItem(a.id, category, title, documentNumber, written, published,
                topic == null ? null : Topic.valueOf(topic), null, null, html, null, null, EnumSet.of(Channel.WEBSITE));
    }

    private String plan(int y) {
        return "<p>区人大常委会：</p><p>受区人民政府委托，现将" + y + "年国民经济和社会发展计划执行情况及" + (y + 1)
                + "年计划草案报告如下，请予审议。</p><p>一、" + y + "年计划执行情况。全区经济运行总体平稳，主要指标完成年度目标。</p>"
                + "<p>二、" + (y + 1) + "年经济社会发展的主要目标和重点任务。</p>";
    }

    private String budget(int y, String what) {
        return "<p>根据《中华人民共和国预算法》和财政部关于地方预决算公开的规定，现将东区" + y + "年" + what + "予以公开。</p>"
                + "<p>一般公共预算收入" + (8 + random.nextInt(6)) + "." + random.nextInt(10) + "亿元，一般公共预算支出"
                + (15 + random.nextInt(8)) + "." + random.nextInt(10) + "亿元；“三公”经费支出比上年下降"
                + (1 + random.nextInt(9)) + "%。</p><p>详细表格见附件。</p>";
    }

    /** A random date in the year, not later than a few days ago. */
    private LocalDate writtenIn(int y) {
        LocalDate first = LocalDate.of(y, 1, 4);
        LocalDate last = y == today.getYear() ? today.minusDays(5) : LocalDate.of(y, 12, 20);
        long span = last.toEpochDay() - first.toEpochDay();
        return span <= 0 ? first : first.plusDays(random.nextInt((int) span + 1));
    }

    /** Usually within two weeks; about one in twenty well beyond the 20-working-day limit. */
    private LocalDate publishedAfter(LocalDate written) {
        int days = random.nextInt(20) < 1 ? 40 + random.nextInt(40) : random.nextInt(14);
        LocalDate d = written.plusDays(days);
        if (d.isAfter(today)) {
            d = today.minusDays(1).isBefore(written) ? written : today.minusDays(1);
        }
        return d.isBefore(written) ? null : d;
    }

    private String docNo(String prefix, int y) {
        int n = numbers.merge(prefix + y, 1 + random.nextInt(5), Integer::sum);
        return prefix + "〔" + y + "〕" + n + "号";
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** Three published items were later withdrawn (replaced by corrected versions). */
    private void withdrawSome(List<String> indexNumbers) {
        List<DisclosureItem> candidates = em.createQuery("select i from DisclosureItem i join fetch i.category "
                        + "where i.indexNumber in :n and i.category.code = 'NEWS' order by i.id", DisclosureItem.class)
                .setParameter("n", indexNumbers.subList(0, Math.min(indexNumbers.size(), 400)))
                .setMaxResults(3).getResultList();
        for (DisclosureItem i : candidates) {
            i.status = ItemStatus.WITHDRAWN;
            i.withdrawnDate = i.publicationDate.plusDays(7).isAfter(today) ? today : i.publicationDate.plusDays(7);
            event(i, ItemAction.WITHDRAW, ItemStatus.PUBLISHED, ItemStatus.WITHDRAWN, "reviewer",
                    "信息内容有误，已发布更正后的版本。");
            indexChanges.fire(ItemIndexChange.delete(i.id));
        }
    }

    /** Drafts and items pending review, so that the console has work. */
    private void workInProgress() {
        Object[][] drafts = {
                {"DQ-CZJ", "FINANCE_AUDIT", "BUDGET", "东区" + (today.getYear() + 1) + "年区级部门预算编制工作方案（征求意见稿）", false},
                {"DQ-MZJ", "CIVIL_AFFAIRS", "PUBLIC_SERVICES", "东区冬季困难群众救助帮扶工作方案", false},
                {"DQ-BGS", "GENERAL", "NORMATIVE", "攀枝花市东区人民政府办公室关于进一步加强政务公开工作的通知", false},
                {"DQ-SCJ", "MARKET_SAFETY", "NEWS", "区市场监管局开展元旦春节期间食品安全专项检查", false},
                {"DQ-JTJ", "SCIENCE_EDUCATION", "NEWS", "东区召开中小学校冬季安全工作会议", false},
                {"DQ-ZJJ", "URBAN_ENVIRONMENT", "LICENSING", "区住建局建筑工程施工许可证核发信息（" + today.getYear() + "年第12批）", true},
                {"DQ-WJJ", "HEALTH_SPORTS", "PUBLIC_SERVICES", "东区冬春季传染病防控工作提示", true},
                {"DQ-FGJ", "ECONOMY", "STATISTICS", "东区" + today.getYear() + "年1—10月主要经济指标", true},
                {"DQ", "GENERAL", "NORMATIVE", "攀枝花市东区人民政府关于印发《东区城市更新行动实施办法》的通知", true}};
        for (Object[] d : drafts) {
            Agency a = byCode.get((String) d[0]);
            if (a == null) {
                continue;
            }
            DisclosureItem i = new DisclosureItem();
            i.agency = a;
            i.category = categories.findByCode((String) d[2]).orElseThrow();
            i.topic = Topic.valueOf((String) d[1]);
            i.title = (String) d[3];
            i.writtenDate = today.minusDays(1 + random.nextInt(6));
            i.createdBy = "editor";
            i.channels = EnumSet.of(Channel.WEBSITE);
            if (Category.hasValidity(i.category.code)) {
                i.validity = Validity.IN_FORCE;
                i.documentNumber = docNo("DQ".equals(d[0]) ? "东府发" : "东府办发", today.getYear());
            }
            i.body = "<p>各街道办事处，区级各部门：</p><p>为认真做好相关工作，切实保障人民群众合法权益，根据有关规定，"
                    + "结合我区实际，现就有关事项通知如下：一、提高思想认识；二、明确工作责任；三、加强督促检查。</p><p>" + a.name
                    + "</p><p>" + chinese(i.writtenDate) + "</p>";
            items.persist(i);
            items.flush();
            event(i, ItemAction.CREATE, null, ItemStatus.DRAFT, "editor", null);
            if ((Boolean) d[4]) {
                i.status = ItemStatus.PENDING_REVIEW;
                event(i, ItemAction.SUBMIT, ItemStatus.DRAFT, ItemStatus.PENDING_REVIEW, "editor", null);
            }
        }
    }

    private void event(DisclosureItem i, ItemAction action, ItemStatus from, ItemStatus to, String actor, String reason) {
        em.persist(ItemEvent.of(i.id, actor, action, from, to, reason));
    }
}
