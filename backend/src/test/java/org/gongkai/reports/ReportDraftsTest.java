package org.gongkai.reports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDraftsTest {

    /** A copy of the published 2011 report (shared/seed), kept with the tests so a clean clone can run them. */
    private static final Path SEED = seedPath();

    static String legacy2011() {
        return text(ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011), ReportFixtures.dongqu2011(),
                ReportFixtures.dongquInputs()));
    }

    static String text(List<SectionDraft> drafts) {
        return drafts.stream().map(SectionDraft::text).collect(Collectors.joining("\n"));
    }

    @Test
    void legacyDraftHasEveryFigureSentenceTheBriefNames() {
        String t = legacy2011();
        assertThat(t).contains("累计主动公开政府信息数量达75646条", "新增主动公开政府信息10759条", "概况信息数量113条",
                "计划总结信息数量105条", "法规公文信息数量376条", "工作动态信息数量5436条", "人事信息数量36条", "财政信息数量21条",
                "其他信息数量4672条", "共举行3次新闻发布活动", "建设2个查阅点", "全年共接待公众查询40余万人次",
                "查询信息数量达20余万条", "建设档案馆和图书馆查阅点各1个", "接待公众查阅1100余人次", "查询信息数量达1300余条",
                "集中培训2次，培训人员达到116人次", "本年度我区未收到政府信息公开申请。",
                "目前全区各公开单位均未对依申请提供政府公开信息进行收费。",
                "本年度我区没有发生因政府信息公开引发的行政复议和行政诉讼事件。",
                "在政务服务中心、档案馆、图书馆设置政府信息查阅点");
    }

    @Test
    void theWebsiteBlankBecomesASentenceSayingItWasNotRecorded() {
        String t = legacy2011();
        assertThat(t).contains("2011年攀枝花市东区公众信息网年访问量未作统计。");
        assertThat(t).doesNotContain("()").doesNotContain("（）").doesNotContain("null").doesNotContain("达万余");
    }

    /**
     * Every clause of the seed that carries a figure (a digit that is not merely the year 2011) appears in the
     * draft verbatim, after the seed's half-width punctuation is put into the full-width form the draft uses.
     * The one exception is the website clause with its blank.
     */
    @Test
    void everyFigureClauseOfTheSeedIsReproduced() throws IOException {
        String draft = legacy2011();
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String line : lines.subList(3, lines.size())) {
            for (String clause : normalise(line).split("[，。；：]")) {
                String c = clause.strip();
                if (c.isEmpty() || !c.replace("2011年", "").matches(".*\\d.*") || c.contains("访问量达（）")) {
                    continue;
                }
                checked++;
                if (!draft.contains(c)) {
                    missing.add(c);
                }
            }
        }
        assertThat(checked).isEqualTo(18);
        assertThat(missing).isEmpty();
    }

    @Test
    void headingsFollowTheSeed() throws IOException {
        List<SectionDraft> drafts = ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011),
                ReportFixtures.dongqu2011(), ReportFixtures.dongquInputs());
        String seed = normalise(Files.readString(SEED, StandardCharsets.UTF_8));
        for (SectionKey.Section s : SectionKey.of(ReportFormat.LEGACY)) {
            if (!s.titleZh().isEmpty()) {
                assertThat(seed).contains(s.titleZh());
            }
        }
        String draft = text(drafts);
        for (String heading : List.of("（一）加强组织领导，落实工作责任。", "（二）不断更新完善信息公开指南和目录。",
                "（三）建立健全信息公开各项制度。", "（四）完善配套措施，发挥服务功能。", "（五）加强业务培训，提升工作实效。",
                "（一）主动公开政府信息的数量", "（二）主动公开政府信息的主要类别情况", "1.政府网站", "2.新闻发布会",
                "3.政务服务中心", "4.公共查阅点", "（一）存在的主要问题", "（二）改进措施")) {
            assertThat(seed).contains(heading);
            assertThat(draft).contains(heading);
        }
        assertThat(ReportFixtures.dongqu(2011).title()).isEqualTo("攀枝花市东区2011年政府信息公开工作年度报告");
        assertThat(seed).startsWith("攀枝花市东区2011年政府信息公开工作年度报告");
    }

    /** The seed's own narrative, entered as the office would, gives back the seed's paragraphs. */
    @Test
    void theSeedsNarrativeWithMarkersReadsLikeTheSeed() {
        Map<NarrativeSlot, ReportInputs.Narrative> n = new EnumMap<>(NarrativeSlot.class);
        put(n, NarrativeSlot.WEBSITE_NAME, "攀枝花市东区公众信息网");
        put(n, NarrativeSlot.LEGACY_TRAINING, "加强业务培训，提升工作实效。结合《条例》、《实施意见》的实施，区政府利用集中和灵活方式"
                + "开展信息公开业务培训，其中，【数据】通过培训提高了我区信息公开工作人员的业务能力。");
        put(n, NarrativeSlot.LEGACY_PRESS, "【数据】，营造了良好的舆论环境。");
        put(n, NarrativeSlot.LEGACY_FACILITIES, "完善配套措施，发挥服务功能。我区进一步完善了攀枝花市东区政务信息公开栏目，"
                + "及时全面进行信息公开。【数据】，进一步加大信息公开力度。");
        String t = text(ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011), ReportFixtures.dongqu2011(),
                new ReportInputs(Map.of(), n)));
        assertThat(t).contains("（五）加强业务培训，提升工作实效。结合《条例》、《实施意见》的实施，区政府利用集中和灵活方式开展信息公开"
                + "业务培训，其中，开展信息公开业务集中培训2次，培训人员达到116人次。通过培训提高了我区信息公开工作人员的业务能力。");
        assertThat(t).contains("2011年我区共举行3次新闻发布活动，营造了良好的舆论环境。");
        assertThat(t).contains("及时全面进行信息公开。在政务服务中心、档案馆、图书馆设置政府信息查阅点，进一步加大信息公开力度。");
    }

    @Test
    void figuresSurviveAnOfficeThatDeletedTheMarkerOrTheWholeParagraph() {
        Map<NarrativeSlot, ReportInputs.Narrative> n = new EnumMap<>(NarrativeSlot.class);
        put(n, NarrativeSlot.LEGACY_TRAINING, "加强业务培训。我们很重视培训。");
        put(n, NarrativeSlot.LEGACY_PRESS, " ");
        String t = text(ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011), ReportFixtures.dongqu2011(),
                new ReportInputs(Map.of(), n)));
        assertThat(t).contains("（五）加强业务培训。我们很重视培训。开展信息公开业务集中培训2次，培训人员达到116人次。");
        assertThat(t).contains("2.新闻发布会\n2011年我区共举行3次新闻发布活动。\n3.政务服务中心");
    }

    @Test
    void emptiedSubsectionsDropOutOfTheNumbering() {
        Map<NarrativeSlot, ReportInputs.Narrative> n = new EnumMap<>(NarrativeSlot.class);
        put(n, NarrativeSlot.LEGACY_ORGANISATION, "");
        String t = text(ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011), ReportFixtures.dongqu2011(),
                new ReportInputs(Map.of(), n)));
        assertThat(t).contains("（一）不断更新完善信息公开指南和目录。").contains("（四）加强业务培训，提升工作实效。")
                .doesNotContain("（五）").doesNotContain("加强组织领导");
    }

    @Test
    void markersAreReplacedForADepartment() {
        ReportSubject dept = new ReportSubject(9L, "攀枝花市东区财政局", "区财政局", false, false, 2012);
        String t = text(ReportDrafts.draft(ReportFormat.LEGACY, dept, ReportFigures.empty(2012), ReportInputs.none()));
        assertThat(t).contains("结合区财政局实际编制。", "2012年，我局政府信息公开工作", "本年度我局未收到政府信息公开申请。",
                "目前我局未对依申请提供政府公开信息进行收费。", "本年度我局没有发生", "2012年政府门户网站年访问量未作统计。",
                "2012年我局未举行新闻发布活动。", "2012年度未新增主动公开政府信息。", "2012年我局未在政务服务中心设置政府信息查阅点。");
        assertThat(t).doesNotContain("业务培训").doesNotContain("全面公开行政审批事项");
        assertThat(t).doesNotContain("【");
        assertThat(dept.title()).isEqualTo("攀枝花市东区财政局2012年政府信息公开工作年度报告");
    }

    @Test
    void legacyApplicationsFeesAndAppealsWhenThereAreSome() {
        ReportFigures f = ReportFixtures.busy2021().withFees(new FeeFigures(new BigDecimal("35.50"), new BigDecimal("5"), 3,
                new BigDecimal("15"), new BigDecimal("10.5"), new BigDecimal("10"))).withActivities(
                new ActivityFigures(0, null, 0, 0, 0, 300_000L, 10, LocalDate.of(2021, 3, 1), null, List.of("依申请公开办理规程")));
        String t = text(ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2021), f, ReportInputs.none()));
        assertThat(t).contains("本年度我区共收到政府信息公开申请150件，其中网上申请130件、信函申请15件、当面申请5件，另有上年结转申请2件。")
                .contains("本年度办结149件，其中予以公开77件、部分公开15件、不予公开15件、无法提供23件、不予处理9件、其他处理10件。")
                .contains("不予公开的15件中，属于国家秘密1件、保护第三方合法权益6件、属于四类过程性信息6件、属于行政执法案卷2件。")
                .contains("结转下年度继续办理3件。")
                .contains("本年度我区共对3件政府信息公开申请收取费用35.5元，其中检索费15元、复制费10.5元、邮寄费10元。依法减免费用5元。")
                .contains("因政府信息公开申请行政复议5件（结果维持3件、结果纠正1件、尚未审结1件）")
                .contains("提起行政诉讼3件，其中未经复议直接起诉2件（结果维持1件、尚未审结1件）、复议后起诉1件（其他结果1件）")
                .contains("政府门户网站有记录的10个月访问量达30万人次，其余2个月未作统计。")
                .contains("政府信息公开指南最近一次更新于2021年3月1日。")
                .contains("本年度制定了《依申请公开办理规程》。");
    }

    @Test
    void nationalDraftStatesTheYearInFiguresAndLeavesTablesToTheTables() {
        List<SectionDraft> d = ReportDrafts.draft(ReportFormat.NATIONAL_2021, ReportFixtures.dongqu(2021),
                ReportFixtures.busy2021(), ReportInputs.none());
        assertThat(d).extracting(SectionDraft::key).containsExactly(SectionKey.PREAMBLE, SectionKey.OVERALL,
                SectionKey.PROACTIVE, SectionKey.ON_REQUEST, SectionKey.APPEALS, SectionKey.PROBLEMS, SectionKey.OTHER);
        String t = text(d);
        assertThat(t).contains("本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。")
                .contains("（一）主动公开。2021年，我区主动公开政府信息5302条，截至年底累计主动公开政府信息48210条。"
                        + "全年制发规章1件、制发行政规范性文件8件、废止行政规范性文件3件。举行新闻发布会6场。")
                .contains("（二）依申请公开。全年共收到政府信息公开申请150件，上年结转2件。本年度办结149件")
                .contains("（三）政府信息管理。")
                .contains("（四）政府信息公开平台建设。")
                .contains("政府门户网站全年访问量达120余万人次。")
                .contains("在政务服务中心、图书馆设置政府信息查阅点2个，全年接待公众查阅1.3万余人次，提供查询信息9200余条。")
                .contains("（五）监督保障。")
                .contains("全年组织政府信息公开业务培训3次，参训142人次。")
                .contains("本年度我区依据《政府信息公开信息处理费管理办法》收取信息处理费0.12万元（涉及政府信息公开申请2件）。");
        assertThat(d.get(2).text()).isEmpty();
    }

    @Test
    void nationalDraftOfAQuietYear() {
        String t = text(ReportDrafts.draft(ReportFormat.NATIONAL_2019, ReportFixtures.dongqu(2019), ReportFigures.empty(2019),
                ReportInputs.none()));
        assertThat(t).contains("本年度未收到政府信息公开申请。", "政府门户网站全年访问量未作统计。", "本年度我区未收取政府信息公开相关费用。")
                .doesNotContain("null").doesNotContain("【");
    }

    @Test
    void lateItemsAndAnswersAreNamedAmongTheProblems() {
        ReportFigures f = ReportFixtures.busy2021().withProactive(new ProactiveFigures(48_210, 5_302, null, null, 17, 2));
        f = f.withApplications(new ApplicationFigures(f.applications().columns(), f.applications().controls(), null, null, 4));
        SectionDraft problems = ReportDrafts.draft(ReportFormat.NATIONAL_2021, ReportFixtures.dongqu(2021), f,
                ReportInputs.none(), SectionKey.PROBLEMS);
        assertThat(problems.text()).contains("本年度有17条政府信息未在形成或者变更之日起20个工作日内公开，有4件政府信息公开申请超过法定期限答复。");
    }

    @Test
    void theFingerprintFollowsTheDataTheSectionUses() {
        ReportFigures a = ReportFixtures.dongqu2011();
        ReportFigures b = a.withActivities(new ActivityFigures(3, null, 2, 2, 116, 403_517L, 12, null, null, null));
        ReportSubject s = ReportFixtures.dongqu(2011);
        ReportInputs in = ReportFixtures.dongquInputs();
        assertThat(ReportDrafts.draft(ReportFormat.LEGACY, s, a, in, SectionKey.PROACTIVE).fingerprint())
                .isNotEqualTo(ReportDrafts.draft(ReportFormat.LEGACY, s, b, in, SectionKey.PROACTIVE).fingerprint());
        assertThat(ReportDrafts.draft(ReportFormat.LEGACY, s, a, in, SectionKey.APPEALS).fingerprint())
                .isEqualTo(ReportDrafts.draft(ReportFormat.LEGACY, s, b, in, SectionKey.APPEALS).fingerprint());
        assertThat(ReportDrafts.draft(ReportFormat.LEGACY, s, b, in, SectionKey.PROACTIVE).text())
                .contains("2011年攀枝花市东区公众信息网年访问量达40余万人次。");
    }

    private static void put(Map<NarrativeSlot, ReportInputs.Narrative> n, NarrativeSlot slot, String text) {
        n.put(slot, new ReportInputs.Narrative(text, 2011, "editor", Instant.parse("2012-01-05T02:00:00Z")));
    }

    /** The seed was copied from a web page that turned Chinese punctuation half-width; put it back. */
    static String normalise(String s) {
        return s.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）')
                .replace('!', '！').replace('?', '？');
    }

    /** The seed's own narrative as the demo enters it (reports/demo/dongqu-2011-narratives.json). */
    static ReportInputs seedNarratives() throws IOException {
        try (var in = ReportDraftsTest.class.getClassLoader().getResourceAsStream("reports/demo/dongqu-2011-narratives.json")) {
            com.fasterxml.jackson.databind.JsonNode doc = ReportJson.MAPPER.readTree(in);
            Map<NarrativeSlot, ReportInputs.Narrative> n = new EnumMap<>(NarrativeSlot.class);
            doc.get("narratives").fields().forEachRemaining(e -> n.put(NarrativeSlot.valueOf(e.getKey()),
                    new ReportInputs.Narrative(e.getValue().asText(), 2011, "demo", Instant.EPOCH)));
            return new ReportInputs(Map.of(), n);
        }
    }

    /**
     * With the seed's figures and the seed's narrative, the draft is the seed, paragraph by paragraph — except
     * the one sentence that went out with a blank, which now says the figure was not recorded.
     */
    @Test
    void withTheSeedsNarrativeTheDraftIsTheSeedParagraphByParagraph() throws IOException {
        List<String> seed = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream().skip(3)
                .map(l -> l.replace('\u00a0', ' ').strip())
                .filter(l -> !l.isEmpty() && !l.equals("点击下载此文件")).map(ReportDraftsTest::normalise).toList();
        List<String> draft = new ArrayList<>();
        for (SectionDraft d : ReportDrafts.draft(ReportFormat.LEGACY, ReportFixtures.dongqu(2011),
                ReportFixtures.dongqu2011(), seedNarratives())) {
            String title = SectionKey.find(ReportFormat.LEGACY, d.key()).titleZh();
            if (!title.isEmpty()) {
                draft.add(title);
            }
            d.text().lines().forEach(draft::add);
        }
        assertThat(draft).hasSameSizeAs(seed);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).equals(draft.get(i))) {
                differences.add(seed.get(i) + "\n=> " + draft.get(i));
            }
        }
        assertThat(differences).hasSize(1);
        assertThat(differences.get(0)).contains("2011年攀枝花市东区公众信息网年访问量达（）万余人次。")
                .contains("=> ").contains("2011年攀枝花市东区公众信息网年访问量未作统计。");
    }

    private static Path seedPath() {
        try {
            return Path.of(ReportDraftsTest.class.getResource("/seed/dongqu-2011-annual-report.txt").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
