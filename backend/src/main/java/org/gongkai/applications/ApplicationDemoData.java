package org.gongkai.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.applications.dto.AppealRequest;
import org.gongkai.applications.dto.ApplicantInput;
import org.gongkai.applications.dto.ImportedApplication;
import org.gongkai.applications.dto.ImportedEvent;
import org.gongkai.applications.dto.WithheldPart;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.validation.ChineseIds;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demonstration applications for the 东区 agencies: the full years 2024 and 2025 (with applications carried
 * over from December 2023, every applicant type, most outcome rows, fees charged and waived, late answers and
 * appeals of all three kinds), and open applications of the last weeks at every stage so that the console has
 * work: overdue, due soon, paused for consultation or fee, awaiting clarification, extended, and one whose
 * deadline reaches into a year without a holiday calendar. Every record has real dates and events and goes
 * through the same replay (transition table, fee rules, deadline calculation) as an import; a fixed seed
 * makes the data the same on every machine.
 */
@ApplicationScoped
public class ApplicationDemoData implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(ApplicationDemoData.class);
    private static final String REF = "DEMO-";
    private static final String[] DEPARTMENTS = {"DQ-BGS", "DQ-FGJ", "DQ-CZJ", "DQ-JTJ", "DQ-MZJ", "DQ-WJJ", "DQ-ZJJ", "DQ-SCJ"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "罗", "高", "林"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀英", "桂兰", "建华", "志强", "海燕", "晓东", "红梅"};
    private static final String[] TOPICS = {
            "%d年区级部门预算和决算公开情况", "%d年老旧小区改造项目资金安排及使用情况", "东区%d年城市道路养护合同",
            "%d年最低生活保障资金发放情况", "辖区内某小区规划许可及竣工验收材料", "%d年义务教育学校招生划片方案依据",
            "%d年食品安全监督抽检结果", "某项目环境影响评价审批文件", "%d年政府集中采购项目中标结果", "某地块征收补偿安置方案",
            "%d年区政府常务会议关于停车收费的决定", "辖区医疗机构%d年度校验结果", "%d年度重点项目投资计划", "某企业行政处罚决定书",
            "%d年临时救助资金审批名单", "某商品房项目预售许可信息"};
    private static final OutcomeCode[] WITHHELD = {OutcomeCode.WITHHELD_STATE_SECRET, OutcomeCode.WITHHELD_LAW,
            OutcomeCode.WITHHELD_SECURITY, OutcomeCode.WITHHELD_THIRD_PARTY, OutcomeCode.WITHHELD_INTERNAL,
            OutcomeCode.WITHHELD_PROCESS, OutcomeCode.WITHHELD_ENFORCEMENT, OutcomeCode.WITHHELD_QUERY};
    private static final OutcomeCode[] NOT_PROCESSED = {OutcomeCode.NOT_PROCESSED_PETITION, OutcomeCode.NOT_PROCESSED_REPEAT,
            OutcomeCode.NOT_PROCESSED_PUBLICATION, OutcomeCode.NOT_PROCESSED_EXCESSIVE, OutcomeCode.NOT_PROCESSED_CONFIRMATION};

    @Inject
    AgencyRepository agencies;

    @Inject
    ApplicationRepository applications;

    @Inject
    ApplicationImportService importer;

    @Inject
    ApplicationClock clock;

    @Inject
    ApplicationDeadlines deadlines;

    private Random random;
    private WorkingDayCalendar calendar;
    private int sequence;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "applications for disclosure";
    }

    @Override
    public void seed() {
        if (applications.count("sourceReference like ?1", REF + "%") > 0) {
            return;
        }
        List<Agency> agencyList = new ArrayList<>();
        agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).ifPresent(agencyList::add);
        for (String code : DEPARTMENTS) {
            agencies.findByCatalogueCode(code).ifPresent(agencyList::add);
        }
        if (agencyList.isEmpty()) {
            LOG.warn("No demo agencies; application demo data skipped");
            return;
        }
        random = new Random(20241001L);
        calendar = clock.calendar();
        sequence = 0;
        List<ImportedApplication> rows = new ArrayList<>();
        rows.addAll(concludedYear(agencyList, LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 29), 8));
        rows.addAll(concludedYear(agencyList, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31), 150));
        rows.addAll(concludedYear(agencyList, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 12, 31), 175));
        rows.addAll(current(agencyList));
        write(rows);
    }

    private void write(List<ImportedApplication> rows) {
        LocalDate today = clock.today();
        Map<String, Agency> cache = new HashMap<>();
        List<ApplicationImportService.Plan> plans = new ArrayList<>();
        ApplicationImportService.Options options = new ApplicationImportService.Options(false, false, "caseworker");
        for (int i = 0; i < rows.size(); i++) {
            List<ApiException.Violation> v = new ArrayList<>();
            ApplicationImportService.Plan plan = importer.plan(i, rows.get(i), cache, today, v, options);
            if (!v.isEmpty()) {
                // The generator's own mistake: report it and leave the row out rather than stop the demo.
                LOG.warnf("Demo application %s left out: %s", rows.get(i).sourceReference(),
                        v.stream().map(x -> x.field() + " " + x.message().en()).toList());
                continue;
            }
            plans.add(plan);
        }
        importer.write(plans, options);
        int overdue = deadlines.markOverdue(today);
        LOG.infof("Demo applications: %d written, %d open ones overdue", plans.size(), overdue);
    }

    // ----- concluded years ----------------------------------------------------------------------------------

    private List<ImportedApplication> concludedYear(List<Agency> agencyList, LocalDate from, LocalDate to, int count) {
        List<ImportedApplication> out = new ArrayList<>();
        List<LocalDate> days = workingDays(from, to);
        for (int n = 0; n < count; n++) {
            LocalDate received = days.get(random.nextInt(days.size()));
            out.add(concluded(agencyList.get(random.nextInt(agencyList.size())), received));
        }
        return out;
    }

    private ImportedApplication concluded(Agency agency, LocalDate received) {
        List<ImportedEvent> events = new ArrayList<>();
        List<AppealRequest> appeals = new ArrayList<>();
        LocalDate clockStart = received;
        LocalDate cursor = received;
        int allowed = Regime.R2019.replyWorkingDays();
        int paused = 0;
        double roll = random.nextDouble();
        boolean clarified = false;
        if (roll < 0.10) {
            LocalDate sent = wd(received, 1 + random.nextInt(5));
            LocalDate replyBy = wd(sent, 15);
            events.add(event("CLARIFICATION_REQUESTED", sent).until(replyBy).items(List.of("请明确所需信息的时间范围", "请提供文件名称或文号")).build());
            if (random.nextDouble() < 0.3) {
                events.add(event("CLARIFICATION_LAPSED", wd(replyBy, 1 + random.nextInt(3))).note("申请人逾期未补正").build());
                return row(agency, received, events, appeals);
            }
            clockStart = wd(sent, 2 + random.nextInt(8));
            events.add(event("CLARIFICATION_RECEIVED", clockStart).build());
            cursor = clockStart;
            clarified = true;
        } else if (roll < 0.14) {
            events.add(event("WITHDRAWN", wd(received, 1 + random.nextInt(8))).reason("申请人已通过其他途径获取信息").build());
            return row(agency, received, events, appeals);
        }
        if (random.nextDouble() < 0.12) {
            boolean thirdParty = random.nextBoolean();
            LocalDate sent = wd(cursor, 1 + random.nextInt(4));
            int took = 4 + random.nextInt(11);
            LocalDate answered = wd(sent, took);
            events.add(event("CONSULTATION_STARTED", sent)
                    .party(thirdParty ? ConsultedPartyKind.THIRD_PARTY : ConsultedPartyKind.OTHER_AGENCY,
                            thirdParty ? "攀枝花市" + pick(new String[]{"恒达", "金沙", "攀钢", "华润", "兴东"}) + "建设有限公司" : "攀枝花市东区财政局")
                    .build());
            events.add(event("CONSULTATION_ENDED", answered).answer(thirdParty && random.nextBoolean()
                    ? ConsultationAnswer.OBJECTED : ConsultationAnswer.CONSENTED).build());
            paused += took;
            cursor = answered;
        }
        if (random.nextDouble() < 0.08) {
            LocalDate on = wd(cursor, 2);
            int days = 5 + random.nextInt(16);
            events.add(event("EXTENDED", on).extension(days).build());
            allowed += days;
            cursor = on;
        }
        if (random.nextDouble() < 0.07) {
            LocalDate sent = wd(cursor, 1 + random.nextInt(3));
            int pages = 40 + random.nextInt(260);
            events.add(event("FEE_NOTICE_SENT", sent).fee(FeeMethod.PER_PAGE, pages).build());
            double f = random.nextDouble();
            if (f < 0.15) {
                events.add(event("FEE_LAPSED", wd(sent, 21 + random.nextInt(3))).note("申请人逾期未缴费").build());
                return row(agency, received, events, appeals);
            }
            int took = 2 + random.nextInt(12);
            LocalDate settled = wd(sent, took);
            events.add(f < 0.45 ? event("FEE_WAIVED", settled).reason("申请人为城乡居民最低生活保障对象").build()
                    : event("FEE_PAID", settled).receipt("川财票" + (100000 + random.nextInt(899999))).build());
            paused += took;
            cursor = settled;
        }
        // Answered within the period mostly; about one in sixteen late.
        int offset = random.nextDouble() < 0.06 ? allowed + paused + 1 + random.nextInt(8)
                : Math.max(1, Math.min(allowed + paused, 3 + random.nextInt(allowed)));
        LocalDate decided = wd(clockStart, offset);
        if (!decided.isAfter(cursor)) {
            decided = wd(cursor, 1 + random.nextInt(3));
        }
        OutcomeCode outcome = outcome(clarified);
        ImportedEventBuilder d = event("DECIDED", decided).outcome(outcome);
        if (outcome != OutcomeCode.DISCLOSED) {
            d.reason(reason(outcome));
        }
        if (outcome == OutcomeCode.PARTIAL) {
            d.withheld(List.of(new WithheldPart("涉及第三方的合同单价及联系人信息", OutcomeCode.WITHHELD_THIRD_PARTY,
                    "公开会损害第三方合法权益")));
        }
        if (outcome == OutcomeCode.UNAVAILABLE_NOT_HELD && random.nextBoolean()) {
            d.referral("攀枝花市东区住房和城乡建设局");
        }
        events.add(d.build());
        LocalDate delivered = wd(decided, 1 + random.nextInt(3));
        events.add(event("DELIVERED", delivered).method(pick(ObtainMethod.values())).build());
        if (random.nextDouble() < 0.85) {
            events.add(event("CLOSED", wd(delivered, 2 + random.nextInt(8))).archive("DQ-YSQ-" + decided.getYear() + "-"
                    + String.format("%04d", sequence)).build());
        }
        if (outcome.group() != OutcomeCode.Group.DISCLOSED && random.nextDouble() < 0.22) {
            appeals.addAll(appeals(decided));
        }
        return row(agency, received, events, appeals);
    }

    private List<AppealRequest> appeals(LocalDate decided) {
        List<AppealRequest> out = new ArrayList<>();
        LocalDate today = clock.today();
        double k = random.nextDouble();
        LocalDate filed = decided.plusDays(15 + random.nextInt(40));
        if (filed.isAfter(today)) {
            return out;
        }
        if (k < 0.6) {
            LocalDate closed = filed.plusDays(40 + random.nextInt(50));
            AppealResult result = closed.isAfter(today) || random.nextDouble() < 0.12 ? null : result();
            out.add(new AppealRequest(AppealKind.RECONSIDERATION, filed, decided.getYear() < 2025 ? "攀枝花市东区人民政府"
                    : "攀枝花市人民政府", "东府复〔" + filed.getYear() + "〕" + (10 + random.nextInt(80)) + "号", result,
                    result == null ? null : closed, null, null, null));
            if (result != null && random.nextDouble() < 0.35) {
                LocalDate sued = closed.plusDays(10 + random.nextInt(30));
                if (!sued.isAfter(today)) {
                    LocalDate judged = sued.plusDays(60 + random.nextInt(90));
                    AppealResult r2 = judged.isAfter(today) || random.nextDouble() < 0.2 ? null : result();
                    out.add(new AppealRequest(AppealKind.LITIGATION_AFTER_RECONSIDERATION, sued, "攀枝花市东区人民法院",
                            "（" + sued.getYear() + "）川0402行初" + (100 + random.nextInt(300)) + "号", r2,
                            r2 == null ? null : judged, null, null, null));
                }
            }
        } else {
            LocalDate judged = filed.plusDays(60 + random.nextInt(120));
            AppealResult result = judged.isAfter(today) || random.nextDouble() < 0.15 ? null : result();
            out.add(new AppealRequest(AppealKind.LITIGATION_DIRECT, filed, "攀枝花市东区人民法院",
                    "（" + filed.getYear() + "）川0402行初" + (100 + random.nextInt(300)) + "号", result,
                    result == null ? null : judged, null, null, null));
        }
        return out;
    }

    private AppealResult result() {
        double r = random.nextDouble();
        return r < 0.6 ? AppealResult.UPHELD : r < 0.85 ? AppealResult.CORRECTED : AppealResult.OTHER;
    }

    private OutcomeCode outcome(boolean clarified) {
        double r = random.nextDouble();
        if (clarified && r < 0.25) {
            return OutcomeCode.UNAVAILABLE_UNCLEAR;
        }
        if (r < 0.42) {
            return OutcomeCode.DISCLOSED;
        }
        if (r < 0.55) {
            return OutcomeCode.PARTIAL;
        }
        if (r < 0.68) {
            return pick(WITHHELD);
        }
        if (r < 0.84) {
            return OutcomeCode.UNAVAILABLE_NOT_HELD;
        }
        if (r < 0.88) {
            return OutcomeCode.UNAVAILABLE_NEEDS_CREATION;
        }
        if (r < 0.97) {
            return pick(NOT_PROCESSED);
        }
        return OutcomeCode.OTHER_OTHER;
    }

    private static String reason(OutcomeCode o) {
        return switch (o.group()) {
            case PARTIAL -> "所申请信息中部分内容涉及第三方商业秘密，已作区分处理。";
            case WITHHELD -> "经审查，所申请信息" + o.rowZh().replaceFirst("^\\d+\\.", "") + "，依法不予公开。";
            case UNAVAILABLE -> o == OutcomeCode.UNAVAILABLE_NOT_HELD ? "经检索，本机关未制作或获取该信息。"
                    : o == OutcomeCode.UNAVAILABLE_UNCLEAR ? "经补正后申请内容仍不明确。" : "需对现有信息进行加工、分析。";
            case NOT_PROCESSED -> "申请事项" + o.rowZh().replaceFirst("^\\d+\\.", "") + "，不予处理。";
            default -> "申请人要求咨询政策解读，已电话告知。";
        };
    }

    // ----- open applications of the last weeks ----------------------------------------------------------------

    private List<ImportedApplication> current(List<Agency> agencyList) {
        List<ImportedApplication> out = new ArrayList<>();
        LocalDate today = clock.today();
        List<LocalDate> back = recentWorkingDays(today, 40);
        if (back.size() < 40) {
            return out;
        }
        // back.get(0) is the last working day on or before today; back.get(k) is k working days before it.
        int[] overdueAges = {26, 28, 31, 34};
        for (int age : overdueAges) {
            out.add(open(agencyList, back.get(age), List.of()));
        }
        for (int age : new int[]{16, 17, 18, 19}) {
            out.add(open(agencyList, back.get(age), List.of()));
        }
        for (int age : new int[]{0, 1, 2, 4, 6, 9, 12}) {
            out.add(open(agencyList, back.get(age), List.of()));
        }
        // Consultation under way (paused).
        out.add(open(agencyList, back.get(10), List.of(event("CONSULTATION_STARTED", back.get(7))
                .party(ConsultedPartyKind.THIRD_PARTY, "攀枝花市兴东物业服务有限公司").build())));
        out.add(open(agencyList, back.get(14), List.of(event("CONSULTATION_STARTED", back.get(12))
                .party(ConsultedPartyKind.OTHER_AGENCY, "攀枝花市自然资源和规划局东区分局").build())));
        // Fee notice out (paused).
        out.add(open(agencyList, back.get(11), List.of(event("FEE_NOTICE_SENT", back.get(8)).fee(FeeMethod.PER_PAGE, 180).build())));
        // Awaiting clarification: one still within its period, one whose period ran out.
        out.add(open(agencyList, back.get(3), List.of(event("CLARIFICATION_REQUESTED", back.get(2))
                .until(wd(back.get(2), 15)).items(List.of("请明确所需文件的名称或文号")).build())));
        out.add(open(agencyList, back.get(24), List.of(event("CLARIFICATION_REQUESTED", back.get(22))
                .until(back.get(5)).items(List.of("请明确所申请信息的时间范围")).build())));
        // Extended: one due in a few weeks, one whose deadline reaches into a year without a calendar.
        out.add(open(agencyList, back.get(21), List.of(event("EXTENDED", back.get(3)).extension(20).build())));
        out.add(open(agencyList, back.get(5), List.of(event("EXTENDED", back.get(1)).extension(20).build())));
        // Decided, awaiting delivery.
        out.add(open(agencyList, back.get(13), List.of(event("DECIDED", back.get(1)).outcome(OutcomeCode.DISCLOSED).build())));
        return out;
    }

    private ImportedApplication open(List<Agency> agencyList, LocalDate received, List<ImportedEvent> events) {
        return row(agencyList.get(random.nextInt(agencyList.size())), received, new ArrayList<>(events), List.of());
    }

    // ----- rows ----------------------------------------------------------------------------------------------------

    private ImportedApplication row(Agency agency, LocalDate received, List<ImportedEvent> events, List<AppealRequest> appeals) {
        sequence++;
        ApplicantInput applicant = applicant();
        ObtainMethod method = applicant.email() != null && random.nextBoolean() ? ObtainMethod.EMAIL
                : pick(new ObtainMethod[]{ObtainMethod.POST, ObtainMethod.PICK_UP, ObtainMethod.ONLINE});
        ProvisionForm form = method == ObtainMethod.EMAIL ? ProvisionForm.ELECTRONIC
                : pick(new ProvisionForm[]{ProvisionForm.PAPER, ProvisionForm.ELECTRONIC, ProvisionForm.COPY});
        String topic = String.format(pick(TOPICS), received.getYear() - (random.nextBoolean() ? 0 : 1));
        Channel channel = channel();
        return new ImportedApplication(REF + sequence, agency.catalogueCode, channel,
                channel == Channel.IN_PERSON ? received : received.minusDays(random.nextInt(3)), received, applicant,
                new ImportedApplication.ImportedRequest(agency.id, topic, random.nextDouble() < 0.3
                        ? "东府办发〔" + (received.getYear() - 1) + "〕" + (1 + random.nextInt(60)) + "号" : null, form, method),
                events, appeals, null);
    }

    private ApplicantInput applicant() {
        double r = random.nextDouble();
        ApplicantType type = r < 0.62 ? ApplicantType.NATURAL_PERSON : r < 0.77 ? ApplicantType.BUSINESS
                : r < 0.82 ? ApplicantType.RESEARCH : r < 0.87 ? ApplicantType.SOCIAL_WELFARE
                : r < 0.95 ? ApplicantType.LEGAL_SERVICE : ApplicantType.OTHER_ORG;
        String phone = "1" + pick(new String[]{"38", "39", "58", "59", "86", "87", "35"}) + String.format("%08d", random.nextInt(100_000_000));
        String address = "四川省攀枝花市东区" + pick(new String[]{"炳草岗大街", "机场路", "攀枝花大道东段", "五十四街道", "大渡口街"})
                + (1 + random.nextInt(200)) + "号";
        if (type == ApplicantType.NATURAL_PERSON) {
            String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String first17 = "510402" + birth + String.format("%03d", random.nextInt(1000));
            String email = random.nextDouble() < 0.5 ? "user" + (1000 + random.nextInt(9000)) + "@example.cn" : null;
            return new ApplicantInput(type, pick(SURNAMES) + pick(GIVEN), IdType.RESIDENT_ID,
                    first17 + ChineseIds.residentIdCheck(first17), null, null, phone, email, address, "617000");
        }
        String name = switch (type) {
            case BUSINESS -> "攀枝花市" + pick(new String[]{"鑫源", "宏达", "川西", "钒钛", "阳光", "金江"})
                    + pick(new String[]{"建材", "商贸", "物流", "科技", "房地产开发"}) + "有限公司";
            case RESEARCH -> pick(new String[]{"攀枝花学院", "四川省钒钛材料研究所", "攀枝花市农林科学研究院"});
            case SOCIAL_WELFARE -> pick(new String[]{"攀枝花市东区志愿者协会", "攀枝花市助残公益服务中心", "攀枝花市环保公益协会"});
            case LEGAL_SERVICE -> "四川" + pick(new String[]{"攀西", "金沙江", "明理", "正衡"}) + "律师事务所";
            default -> pick(new String[]{"东区炳草岗街道某社区居民委员会", "攀枝花市某业主委员会", "某村股份经济合作社"});
        };
        String prefix = (type == ApplicantType.BUSINESS ? "91" : type == ApplicantType.LEGAL_SERVICE ? "31" : "52")
                + "510402" + String.format("MA%07d", random.nextInt(10_000_000));
        return new ApplicantInput(type, name, null, null, prefix + ChineseIds.creditCodeCheck(prefix),
                pick(SURNAMES) + pick(GIVEN), phone, "office" + (100 + random.nextInt(900)) + "@example.cn", address, "617000");
    }

    private Channel channel() {
        double r = random.nextDouble();
        return r < 0.45 ? Channel.ONLINE : r < 0.65 ? Channel.IN_PERSON : r < 0.80 ? Channel.POST_SIGNED
                : r < 0.85 ? Channel.POST_UNSIGNED : r < 0.95 ? Channel.EMAIL : r < 0.98 ? Channel.FAX : Channel.OTHER;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    // ----- working days ----------------------------------------------------------------------------------------

    /** {@code n} working days after {@code from}; past the loaded calendar, weekdays (demo data only). */
    private LocalDate wd(LocalDate from, int n) {
        try {
            return calendar.addWorkingDays(from, n).result();
        } catch (CalendarDataMissingException e) {
            LocalDate d = from;
            for (int i = 0; i < n; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek().getValue() < 6) {
                    i++;
                }
            }
            return d;
        }
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private List<LocalDate> recentWorkingDays(LocalDate today, int n) {
        List<LocalDate> out = new ArrayList<>();
        try {
            for (LocalDate d = today; out.size() <= n && d.isAfter(today.minusDays(120)); d = d.minusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    out.add(d);
                }
            }
        } catch (CalendarDataMissingException e) {
            LOG.warnf("Demo: the calendar lacks %d; no open applications seeded", e.year());
        }
        return out;
    }

    // ----- event builder -----------------------------------------------------------------------------------

    private static ImportedEventBuilder event(String type, LocalDate on) {
        return new ImportedEventBuilder(type, on);
    }

    /** Builds the nullable-field record of one step readably. */
    private static final class ImportedEventBuilder {
        private final String type;
        private final LocalDate on;
        private LocalDate until;
        private List<String> items;
        private ConsultedPartyKind partyKind;
        private String party;
        private ConsultationAnswer answer;
        private Integer workingDays;
        private String reason;
        private String approvedBy;
        private FeeMethod feeMethod;
        private Integer units;
        private OutcomeCode outcome;
        private List<WithheldPart> withheld;
        private String referral;
        private ObtainMethod method;
        private String note;
        private String archive;
        private String receipt;

        ImportedEventBuilder(String type, LocalDate on) {
            this.type = type;
            this.on = on;
        }

        ImportedEventBuilder until(LocalDate d) { until = d; return this; }
        ImportedEventBuilder items(List<String> i) { items = i; return this; }
        ImportedEventBuilder party(ConsultedPartyKind k, String p) { partyKind = k; party = p; return this; }
        ImportedEventBuilder answer(ConsultationAnswer a) { answer = a; return this; }
        ImportedEventBuilder extension(int days) { workingDays = days; reason = "涉及信息量大，需调阅多个年度档案"; approvedBy = "政府信息公开工作机构负责人"; return this; }
        ImportedEventBuilder reason(String r) { reason = r; return this; }
        ImportedEventBuilder fee(FeeMethod m, int u) { feeMethod = m; units = u; return this; }
        ImportedEventBuilder outcome(OutcomeCode o) { outcome = o; return this; }
        ImportedEventBuilder withheld(List<WithheldPart> w) { withheld = w; return this; }
        ImportedEventBuilder referral(String r) { referral = r; return this; }
        ImportedEventBuilder method(ObtainMethod m) { method = m; return this; }
        ImportedEventBuilder note(String n) { note = n; return this; }
        ImportedEventBuilder archive(String a) { archive = a; return this; }
        ImportedEventBuilder receipt(String r) { receipt = r; return this; }

        ImportedEvent build() {
            return new ImportedEvent(type, on, until, items, partyKind, party, answer, workingDays, reason, approvedBy,
                    feeMethod, units, outcome, null, null, withheld, referral, method, note, archive, receipt);
        }
    }
}
