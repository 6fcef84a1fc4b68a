package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.activities.ActivityStatistics;
import org.gongkai.activities.ActivityYearFigures;
import org.gongkai.activities.DisclosureCatalogueService;
import org.gongkai.activities.DisclosureGuideService;
import org.gongkai.activities.dto.DisclosureDocumentRequest;
import org.gongkai.activities.PressChannel;
import org.gongkai.activities.PressConferenceService;
import org.gongkai.activities.TrainingService;
import org.gongkai.activities.dto.PressConferenceRequest;
import org.gongkai.activities.dto.TrainingRequest;
import org.gongkai.agencies.Agency;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.items.HistoricalItem;
import org.gongkai.items.ItemBulkLoader;
import org.gongkai.items.ItemStatistics;
import org.gongkai.readingpoints.ReadingPointStatistics;
import org.gongkai.readingpoints.TallyLoader;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The records behind the 攀枝花市东区 2011 annual report (shared/seed/dongqu-2011-annual-report.txt), entered
 * through the features' own loaders and services so that the report computes every figure of the seed:
 * 64,887 catalogue items published from 2007 to 2010 and the 10,759 of 2011 in the seven categories of the 2011
 * catalogue (113 / 105 / 376 / 5,436 / 36 / 21 / 4,672), with titles from templates in the style of the
 * district's website, spread over the government and its departments and dated on working days; daily tallies
 * at the two service-centre points (403,517 people, 201,846 items: 40余万 / 20余万) and the archives and
 * library points (1,126 people, 1,318 items: 1100余 / 1300余); three press conferences; two trainings with 116
 * participants; the 2011 versions of the disclosure guide and catalogue (the seed: "及时更新完善了《东区政府信息公开指南》和
 * 《东区政府信息公开目录》"). Nothing else: no application, fee, appeal or website visit (the report flags the
 * missing visits).
 * Each part is loaded only when the year has none of it yet. Run it as a staff account that may act on the
 * agencies ({@link ActingAs}): the activities go through their services.
 */
@ApplicationScoped
public class Dongqu2011Record {

    private static final Logger LOG = Logger.getLogger(Dongqu2011Record.class);

    public static final int YEAR = 2011;
    /** Items of 2011 by category of the 2011 catalogue, in the report's order. */
    public static final Map<String, Integer> CATEGORIES = categories();
    /** Items published before 2011 and still published at its end, by year. */
    public static final Map<Integer, Integer> EARLIER = Map.of(2007, 887, 2008, 18_000, 2009, 21_500, 2010, 24_500);
    public static final int PUBLISHED_BEFORE = 64_887;
    public static final int PUBLISHED_IN_YEAR = 10_759;
    /** People and items consulted per point: two service-centre points, then archives and library. */
    static final int[][] TALLIES = {{221_380, 112_455}, {182_137, 89_391}, {598, 702}, {528, 616}};
    public static final int CENTRE_PEOPLE = 403_517;
    public static final int CENTRE_ITEMS = 201_846;
    public static final int PUBLIC_POINT_PEOPLE = 1_126;
    public static final int PUBLIC_POINT_ITEMS = 1_318;
    public static final int TRAINING_PARTICIPANTS = 116;

    private static final String[][] PRESS = {
            {"2011-01-26", "东区2010年经济运行情况新闻发布会", "经济运行；转变经济发展方式的举措和成效"},
            {"2011-06-21", "东区中小企业发展和节能减排工作新闻发布会", "中小企业发展；节能减排"},
            {"2011-11-15", "东区社会事业发展和改善民生工作新闻发布会", "社会事业；改善民生；热点回应"}};
    private static final String[][] TRAININGS = {
            {"2011-04-19", "《政府信息公开条例》和《实施意见》业务集中培训", "62"},
            {"2011-09-22", "政府信息公开目录编制和依申请公开办理业务集中培训", "54"}};

    static final LocalDate GUIDE_UPDATED = LocalDate.of(2011, 3, 15);
    private static final String GUIDE = """
            一、公开范围：本区主动公开的政府信息和可依申请公开的政府信息。
            二、公开方式：攀枝花市东区公众信息网“政府信息公开”专栏，政务服务中心、区档案馆和区图书馆的政府信息查阅点。
            三、依申请公开：公民、法人和其他组织可通过当面、信函、传真和网络提出申请，区政府办公室信息公开科受理。
            四、受理时间：工作日上午8:30—12:00，下午14:30—17:30。""";
    private static final String CATALOGUE = """
            一、概况信息；二、计划总结；三、法规公文；四、工作动态；五、人事信息；六、财政信息；七、其他信息。
            各类信息按索引号、名称、生成日期、发布机构编排。""";

    private static final String[] PLACES = {"炳草岗街道", "大渡口街道", "东华街道", "弄弄坪街道", "南山街道", "瓜子坪街道",
            "银江镇", "新华街道", "密地片区", "华山社区"};
    private static final String[] TOPICS = {"社区建设", "城市管理", "安全生产", "民生工程", "招商引资", "节能减排", "棚户区改造",
            "城乡低保", "义务教育", "公共卫生", "食品安全", "就业创业", "防汛减灾", "环境整治"};
    private static final String[] NEWS = {"召开%s工作会议", "深入%2$s调研%1$s工作", "部署%s重点工作", "开展%s专项检查",
            "在%2$s开展%1$s宣传活动", "召开%s工作推进会", "组织学习%s相关政策", "督查%2$s%1$s工作落实情况",
            "举办%s业务培训班", "通报%s工作进展情况", "召开%s工作座谈会", "开展%s“回头看”活动"};
    private static final String[] OTHER = {"行政审批事项办理结果公示", "城乡低保对象公示", "政府采购公告", "建设项目公示",
            "企业登记信息公告", "价格监测信息", "招标公告", "食品安全抽检结果", "环境质量状况通报", "房屋征收公告",
            "办事指南更新", "社会救助资金发放公示"};
    private static final String[] OVERVIEW = {"机构职能", "领导分工", "内设机构及职责", "办公地址和联系电话", "工作职责和服务承诺"};
    private static final String[] PLANS = {"%d年工作要点", "%d年上半年工作总结", "%d年第%d季度工作计划", "%d年%d月工作计划",
            "%d年工作总结"};
    private static final String[] REGULATIONS = {"做好%d年春节期间安全生产工作", "印发东区%d年城乡居民最低生活保障工作实施方案",
            "进一步加强城市管理工作", "做好%d年度防汛工作", "印发东区%d年政务公开工作要点", "做好%d年度森林防火工作",
            "加强食品安全监管工作", "印发东区棚户区改造实施办法", "做好%d年义务教育招生工作", "印发东区%d年重点项目建设计划",
            "进一步规范行政审批行为", "加强节能减排工作", "做好%d年度征兵工作", "印发东区%d年安全生产工作要点",
            "开展城乡环境综合治理工作", "印发东区%d年目标管理考核办法", "做好%d年度春季植树造林工作", "加强社区服务体系建设"};
    private static final String[] REGULATION_KINDS = {"通知", "意见", "实施方案"};
    private static final String[] PERSONNEL = {"关于%s等同志职务任免的通知", "关于%s同志任职前公示", "%d年公开招聘事业单位工作人员公告",
            "%d年公开招聘拟聘用人员公示", "%d年公开考调工作人员公告"};
    private static final String[] FINANCE = {"%d年部门预算", "%d年部门决算", "%d年第%d季度财政预算执行情况", "%d年%d月财政收支情况"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "敏", "静", "强", "磊", "军", "勇", "杰", "涛", "明", "建华", "志强", "晓东"};
    private static final Map<String, String> DOCUMENT_PREFIX = Map.of("DQ-BGS", "东府办发", "DQ-FGJ", "东发改发",
            "DQ-CZJ", "东财发", "DQ-JTJ", "东教体发", "DQ-MZJ", "东民发", "DQ-WJJ", "东卫发", "DQ-ZJJ", "东建发",
            "DQ-SCJ", "东市监发");

    /** The four reading points of the seed: service centre one and two, archives, library. */
    public record Points(long centreOne, long centreTwo, long archives, long library) {
    }

    /** What was loaded now (zero for a part that was there already) and how long it took. */
    public record Result(int items, int tallies, int pressConferences, int trainings, long itemMillis, long totalMillis) {
    }

    @Inject
    ItemBulkLoader items;

    @Inject
    TallyLoader tallies;

    @Inject
    PressConferenceService press;

    @Inject
    TrainingService trainings;

    @Inject
    DisclosureGuideService guides;

    @Inject
    DisclosureCatalogueService catalogues;

    @Inject
    CalendarService calendar;

    @Inject
    ItemStatistics itemStatistics;

    @Inject
    ReadingPointStatistics visitStatistics;

    @Inject
    ActivityStatistics activityStatistics;

    /**
     * Loads whatever part of the year is missing for the government and its departments.
     *
     * @param departments the agencies under the government whose items the report counts with it
     */
    public Result load(Agency government, List<Agency> departments, Points points) {
        long start = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        ids.add(government.id);
        departments.forEach(d -> ids.add(d.id));
        WorkingDayCalendar days = calendar.current();
        int loadedItems = 0;
        long itemMillis = 0;
        if (itemStatistics.forYear(ids, YEAR).cumulativePublished() == 0) {
            List<HistoricalItem> rows = items(government, departments, days);
            ItemBulkLoader.LoadResult r = items.loadPublished(rows);
            loadedItems = r.loaded();
            itemMillis = r.millis();
        }
        int loadedTallies = 0;
        if (visitStatistics.forYear(ids, YEAR).people() == 0) {
            loadedTallies = tallies.load(tallies(points, days));
        }
        ActivityYearFigures activities = activityStatistics.forYear(ids, YEAR);
        int conferences = 0;
        if (activities.pressConferences() == 0) {
            for (String[] p : PRESS) {
                press.create(new PressConferenceRequest(government.id, LocalDate.parse(p[0]), p[1], p[2],
                        PressChannel.PRESS_CONFERENCE, null, null));
                conferences++;
            }
        }
        int trained = 0;
        if (activities.trainings() == 0) {
            for (String[] t : TRAININGS) {
                trainings.create(new TrainingRequest(government.id, LocalDate.parse(t[0]), t[1], 1,
                        Integer.parseInt(t[2]), null, null));
                trained++;
            }
        }
        if (activities.guideLatestUpdate() == null || activities.guideLatestUpdate().getYear() < YEAR) {
            guides.create(new DisclosureDocumentRequest(government.id, "2011年版", "攀枝花市东区人民政府信息公开指南",
                    GUIDE_UPDATED, GUIDE, "根据机构和职能调整更新公开范围、受理机构和联系方式。", null));
        }
        if (activities.catalogueLatestUpdate() == null || activities.catalogueLatestUpdate().getYear() < YEAR) {
            catalogues.create(new DisclosureDocumentRequest(government.id, "2011年版", "攀枝花市东区人民政府信息公开目录",
                    GUIDE_UPDATED, CATALOGUE, "按2011年公开目录的七个类别重新编目。", null));
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("2011 records: %d items (%d ms in the bulk loader), %d tallies, %d press conferences, %d trainings; %d ms",
                loadedItems, itemMillis, loadedTallies, conferences, trained, total);
        return new Result(loadedItems, loadedTallies, conferences, trained, itemMillis, total);
    }

    // ---- items ------------------------------------------------------------------------------------------------

    private static Map<String, Integer> categories() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("OVERVIEW", 113);
        m.put("PLANS", 105);
        m.put("REGULATIONS", 376);
        m.put("NEWS", 5_436);
        m.put("PERSONNEL", 36);
        m.put("FINANCE", 21);
        m.put("OTHER", 4_672);
        return m;
    }

    /** Every item of 2007–2011, each year in the 2011 mix of categories (the earlier years' totals scaled). */
    List<HistoricalItem> items(Agency government, List<Agency> departments, WorkingDayCalendar days) {
        Random random = new Random(YEAR);
        List<Agency> all = new ArrayList<>();
        all.add(government);
        all.addAll(departments);
        Titles titles = new Titles(random, government, all);
        List<HistoricalItem> rows = new ArrayList<>(PUBLISHED_BEFORE + PUBLISHED_IN_YEAR);
        for (int year : List.of(2007, 2008, 2009, 2010, YEAR)) {
            Map<String, Integer> counts = year == YEAR ? CATEGORIES : scaled(EARLIER.get(year));
            List<LocalDate> workingDays = workingDays(days, year);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                for (int n = 0; n < e.getValue(); n++) {
                    LocalDate published = workingDays.get(random.nextInt(workingDays.size()));
                    LocalDate written = published.minusDays(random.nextInt(8));
                    rows.add(titles.item(e.getKey(), year, written, published));
                }
            }
        }
        return rows;
    }

    /** A year's total split like 2011's categories, the rounding left in 工作动态. */
    private static Map<String, Integer> scaled(int total) {
        Map<String, Integer> m = new LinkedHashMap<>();
        int sum = 0;
        for (Map.Entry<String, Integer> e : CATEGORIES.entrySet()) {
            int n = (int) ((long) e.getValue() * total / PUBLISHED_IN_YEAR);
            m.put(e.getKey(), n);
            sum += n;
        }
        m.merge("NEWS", total - sum, Integer::sum);
        return m;
    }

    /** Working days of the year the catalogue was online (2007: from 1 May, when the district opened its column). */
    private static List<LocalDate> workingDays(WorkingDayCalendar days, int year) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, year == 2007 ? 5 : 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (days.isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Titles, document numbers and summaries from templates, in the style of the district's catalogue. */
    private static final class Titles {
        private final Random random;
        private final Agency government;
        private final List<Agency> agencies;
        private final Map<String, Integer> counters = new LinkedHashMap<>();

        Titles(Random random, Agency government, List<Agency> agencies) {
            this.random = random;
            this.government = government;
            this.agencies = agencies;
        }

        HistoricalItem item(String category, int year, LocalDate written, LocalDate published) {
            // Regulations and plans come mostly from the government; everything else from anyone.
            Agency a = ("REGULATIONS".equals(category) || "PLANS".equals(category)) && random.nextInt(5) < 3
                    ? government : pick(agencies);
            String who = who(a);
            int month = published.getMonthValue();
            int quarter = (month - 1) / 3 + 1;
            String title;
            String number = null;
            switch (category) {
                case "OVERVIEW" -> title = who + pick(OVERVIEW);
                case "PLANS" -> {
                    String t = pick(PLANS);
                    title = who + (t.contains("季度") ? String.format(t, year, quarter)
                            : t.contains("月") ? String.format(t, year, month)
                            : String.format(t, t.contains("总结") && !t.contains("上半年") ? year - 1 : year));
                }
                case "REGULATIONS" -> {
                    String topic = String.format(pick(REGULATIONS), year);
                    String kind = topic.startsWith("印发") ? "通知" : pick(REGULATION_KINDS);
                    title = (a == government ? "攀枝花市东区人民政府" : a.name) + "关于" + topic + "的" + kind;
                    number = documentNumber(a, year);
                }
                case "NEWS" -> title = who + String.format(pick(NEWS), pick(TOPICS), pick(PLACES));
                case "PERSONNEL" -> {
                    String t = pick(PERSONNEL);
                    title = t.contains("%s") ? String.format(t, name()) : who + String.format(t, year);
                }
                case "FINANCE" -> {
                    String t = pick(FINANCE);
                    title = who + (t.contains("季度") ? String.format(t, year, quarter)
                            : t.contains("月") ? String.format(t, year, month)
                            : String.format(t, t.contains("决算") ? year - 1 : year));
                }
                default -> {
                    String kind = pick(OTHER);
                    int n = counters.merge(a.id + "/" + year + "/" + kind, 1, Integer::sum);
                    title = who + year + "年第" + n + "期" + kind;
                }
            }
            String summary = who + published.getYear() + "年" + month + "月" + published.getDayOfMonth() + "日发布。";
            return new HistoricalItem(a.id, category, title, number, written, published, null, null, summary, null,
                    null, null, null);
        }

        private String documentNumber(Agency a, int year) {
            String prefix = a == government ? (random.nextBoolean() ? "东府发" : "东府办发")
                    : DOCUMENT_PREFIX.getOrDefault(a.catalogueCode, "东文发");
            int n = counters.merge(a.id + "/" + prefix + "/" + year, 1, Integer::sum);
            return prefix + "〔" + year + "〕" + n + "号";
        }

        private String who(Agency a) {
            if (a == government) {
                return "东区";
            }
            return a.shortName != null && !a.shortName.isBlank() ? a.shortName : a.name;
        }

        private String name() {
            return pick(SURNAMES) + pick(GIVEN);
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    // ---- reading-point tallies ---------------------------------------------------------------------------------

    /** One tally per point and working day of 2011, the year's totals exact: {@link #TALLIES}. */
    List<TallyLoader.TallyRow> tallies(Points points, WorkingDayCalendar days) {
        Random random = new Random(YEAR + 1);
        List<LocalDate> workingDays = workingDays(days, YEAR);
        long[] ids = {points.centreOne(), points.centreTwo(), points.archives(), points.library()};
        List<TallyLoader.TallyRow> rows = new ArrayList<>();
        for (int p = 0; p < ids.length; p++) {
            int[] people = split(TALLIES[p][0], workingDays.size(), random);
            int[] consulted = split(TALLIES[p][1], workingDays.size(), random);
            for (int d = 0; d < workingDays.size(); d++) {
                if (people[d] > 0 || consulted[d] > 0) {
                    rows.add(new TallyLoader.TallyRow(ids[p], workingDays.get(d), people[d], consulted[d]));
                }
            }
        }
        return rows;
    }

    /** {@code total} over {@code n} days with some day-to-day variation, adding up exactly. */
    private static int[] split(int total, int n, Random random) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 0.7 + random.nextDouble() * 0.6;
            sum += weights[i];
        }
        int[] out = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            out[i] = (int) Math.floor(total * weights[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n) {
            out[i]++;
            given++;
        }
        return out;
    }
}
