package org.gongkai.reports;

import org.gongkai.reports.AppealFigures.AppealBlock;
import org.gongkai.reports.AppealFigures.AppealColumn;
import org.gongkai.reports.ApplicationFigures.ApplicationColumn;
import org.gongkai.reports.ApplicationFigures.ChannelCount;
import org.gongkai.reports.ProactiveFigures.CategoryCount;
import org.gongkai.reports.ReadingPointFigures.KindFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the first draft of every section from the figures, in the style of real reports: the legacy
 * layout sentence by sentence after the Dongqu 2011 report, the national layout after 2021-format reports.
 * Counts of records are exact, tallies of people and visits approximate ({@link ChineseNumbers}); a figure
 * nobody recorded is said to be unrecorded, never left blank. The paragraphs the data cannot write come from
 * the office's narrative slots ({@link NarrativeSlot}).
 */
public final class ReportDrafts {

    private ReportDrafts() {
    }

    public static List<SectionDraft> draft(ReportFormat format, ReportSubject subject, ReportFigures figures,
                                           ReportInputs inputs) {
        Writer w = new Writer(format, subject, figures, inputs);
        List<SectionDraft> out = new ArrayList<>();
        for (SectionKey.Section s : SectionKey.of(format)) {
            out.add(format == ReportFormat.LEGACY ? w.legacy(s.key()) : w.national(s.key()));
        }
        return out;
    }

    public static SectionDraft draft(ReportFormat format, ReportSubject subject, ReportFigures figures,
                                     ReportInputs inputs, SectionKey key) {
        Writer w = new Writer(format, subject, figures, inputs);
        return format == ReportFormat.LEGACY ? w.legacy(key) : w.national(key);
    }

    /** Writes one section at a time, collecting the paragraphs and the data they used. */
    private static final class Writer {
        private final ReportFormat format;
        private final ReportSubject s;
        private final ReportFigures f;
        private final ReportInputs inputs;
        private final int y;
        private List<String> paragraphs;
        private Map<String, Object> data;
        private int subsection;

        Writer(ReportFormat format, ReportSubject subject, ReportFigures figures, ReportInputs inputs) {
            this.format = format;
            this.s = subject;
            this.f = figures;
            this.inputs = inputs;
            this.y = figures.year();
        }

        private void start() {
            paragraphs = new ArrayList<>();
            data = new LinkedHashMap<>();
            subsection = 0;
        }

        private SectionDraft done(SectionKey key) {
            return new SectionDraft(key, String.join("\n", paragraphs), data);
        }

        private Object use(String key, Object value) {
            data.put(key, value);
            return value;
        }

        // ---- legacy layout ----------------------------------------------------------------------------------

        SectionDraft legacy(SectionKey key) {
            start();
            switch (key) {
                case PREAMBLE -> slot(NarrativeSlot.LEGACY_PREAMBLE, period("本年度报告中所列数据"));
                case OVERVIEW -> {
                    slot(NarrativeSlot.LEGACY_OVERVIEW_INTRO, "");
                    slot(NarrativeSlot.LEGACY_ORGANISATION, "");
                    slot(NarrativeSlot.LEGACY_GUIDE, guideSentence());
                    slot(NarrativeSlot.LEGACY_RULES, rulesSentence());
                    slot(NarrativeSlot.LEGACY_FACILITIES, facilitiesSentence());
                    String training = trainingSentence();
                    slotOrNone(NarrativeSlot.LEGACY_TRAINING, !training.isEmpty(), List.of(training), "");
                }
                case PROACTIVE -> legacyProactive();
                case ON_REQUEST -> slot(NarrativeSlot.LEGACY_ON_REQUEST, applicationsSentence(true));
                case FEES -> slot(NarrativeSlot.LEGACY_FEES, legacyFeesSentence());
                case APPEALS -> slot(NarrativeSlot.LEGACY_APPEALS, appealsSentence());
                case PROBLEMS -> {
                    paragraphs.add("（一）存在的主要问题");
                    slot(NarrativeSlot.LEGACY_PROBLEMS, lateSentence());
                    paragraphs.add("（二）改进措施");
                    slot(NarrativeSlot.LEGACY_IMPROVEMENTS, "");
                }
                case OTHER -> {
                    slot(NarrativeSlot.LEGACY_OTHER, "");
                    if (paragraphs.isEmpty()) {
                        paragraphs.add("本年度无其他需要报告的事项。");
                    }
                }
                default -> throw new IllegalArgumentException(key + " is not a legacy section");
            }
            return done(key);
        }

        private void legacyProactive() {
            ProactiveFigures p = f.proactive();
            paragraphs.add("（一）主动公开政府信息的数量");
            StringBuilder volume = new StringBuilder("截止到" + y + "年12月31日，" + s.self() + "累计主动公开政府信息数量达"
                    + use("cumulative_published", p.cumulativePublished()) + "条，");
            if (p.publishedInYear() == 0) {
                volume.append(y).append("年度未新增主动公开政府信息。");
                use("published_in_year", 0L);
            } else {
                volume.append(y).append("年度新增主动公开政府信息").append(use("published_in_year", p.publishedInYear()))
                        .append("条");
                List<CategoryCount> cats = p.categories(CategoryCount.LEGACY_2011);
                if (!cats.isEmpty()) {
                    volume.append("，其中：");
                    List<String> parts = new ArrayList<>();
                    for (CategoryCount c : cats) {
                        use("category." + c.code(), c.count());
                        String name = c.nameZh().endsWith("信息") ? c.nameZh() : c.nameZh() + "信息";
                        parts.add(name + "数量" + c.count() + "条");
                    }
                    volume.append(String.join("、", parts));
                }
                volume.append("。");
            }
            slot(NarrativeSlot.LEGACY_PROACTIVE_VOLUME, volume.toString());

            paragraphs.add("（二）主动公开政府信息的主要类别情况");
            paragraphs.add("1.政府网站");
            slot(NarrativeSlot.LEGACY_WEBSITE, y + "年" + websiteSentence(true));
            paragraphs.add("2.新闻发布会");
            long press = (long) use("press_conferences", f.activities().pressConferences());
            slotOrNone(NarrativeSlot.LEGACY_PRESS, press > 0, List.of(y + "年" + s.self() + "共举行" + press + "次新闻发布活动"),
                    y + "年" + s.self() + "未举行新闻发布活动。");
            paragraphs.add("3.政务服务中心");
            KindFigures centre = kind(ReadingPointKind.SERVICE_CENTRE);
            slotOrNone(NarrativeSlot.LEGACY_SERVICE_CENTRE, centre.points() > 0,
                    List.of(y + "年" + s.self() + "在政务服务中心建设" + centre.points() + "个查阅点",
                            "全年共接待公众查询" + ChineseNumbers.approx(centre.people()) + "人次，查询信息数量达"
                                    + ChineseNumbers.approx(centre.itemsConsulted()) + "条"),
                    y + "年" + s.self() + "未在政务服务中心设置政府信息查阅点。");
            paragraphs.add("4.公共查阅点");
            List<String> points = publicPoints();
            slotOrNone(NarrativeSlot.LEGACY_READING_POINTS, points.size() > 1, points, points.get(0) + "。");
            String others = otherPointsSentence();
            if (!others.isEmpty()) {
                paragraphs.add("5.其他查阅场所");
                paragraphs.add(others);
            }
        }

        private List<String> publicPoints() {
            KindFigures archives = kind(ReadingPointKind.ARCHIVES);
            KindFigures library = kind(ReadingPointKind.LIBRARY);
            String where;
            if (archives.points() > 0 && library.points() > 0) {
                where = archives.points() == library.points()
                        ? "建设档案馆和图书馆查阅点各" + archives.points() + "个"
                        : "建设档案馆查阅点" + archives.points() + "个、图书馆查阅点" + library.points() + "个";
            } else if (archives.points() > 0) {
                where = "建设档案馆查阅点" + archives.points() + "个";
            } else if (library.points() > 0) {
                where = "建设图书馆查阅点" + library.points() + "个";
            } else {
                return List.of(y + "年" + s.self() + "未在档案馆、图书馆设置政府信息查阅点");
            }
            long people = archives.people() + library.people();
            long items = archives.itemsConsulted() + library.itemsConsulted();
            return List.of(y + "年" + s.self() + where, "全年共接待公众查阅" + ChineseNumbers.approx(people)
                    + "人次，查询信息数量达" + ChineseNumbers.approx(items) + "条");
        }

        private String otherPointsSentence() {
            List<String> parts = new ArrayList<>();
            long people = 0;
            long items = 0;
            for (ReadingPointKind k : List.of(ReadingPointKind.READING_ROOM, ReadingPointKind.COLLECTION_POINT,
                    ReadingPointKind.NOTICE_BOARD, ReadingPointKind.ELECTRONIC_SCREEN)) {
                KindFigures kf = kind(k);
                if (kf.points() > 0) {
                    parts.add(k.labelZh() + kf.points() + k.measureWord());
                    people += kf.people();
                    items += kf.itemsConsulted();
                }
            }
            if (parts.isEmpty()) {
                return "";
            }
            String text = y + "年" + s.self() + "设置" + String.join("、", parts);
            if (people > 0 || items > 0) {
                text += "，全年共接待公众查阅" + ChineseNumbers.approx(people) + "人次，查询信息数量达"
                        + ChineseNumbers.approx(items) + "条";
            }
            return text + "。";
        }

        private String legacyFeesSentence() {
            FeeFigures fees = f.fees();
            use("fees", fees);
            if (fees.noneCharged()) {
                String who = s.allUnits();
                return who.equals(s.self()) ? "目前" + who + "未对依申请提供政府公开信息进行收费。"
                        : "目前" + who + "均未对依申请提供政府公开信息进行收费。";
            }
            StringBuilder b = new StringBuilder("本年度" + s.self() + "共对" + fees.applicationsCharged()
                    + "件政府信息公开申请收取费用" + ChineseNumbers.yuan(fees.charged()));
            List<String> parts = new ArrayList<>();
            if (fees.retrieval().signum() > 0) {
                parts.add("检索费" + ChineseNumbers.yuan(fees.retrieval()));
            }
            if (fees.copying().signum() > 0) {
                parts.add("复制费" + ChineseNumbers.yuan(fees.copying()));
            }
            if (fees.postage().signum() > 0) {
                parts.add("邮寄费" + ChineseNumbers.yuan(fees.postage()));
            }
            if (!parts.isEmpty()) {
                b.append("，其中").append(String.join("、", parts));
            }
            b.append("。");
            if (fees.waived().signum() > 0) {
                b.append("依法减免费用").append(ChineseNumbers.yuan(fees.waived())).append("。");
            }
            return b.toString();
        }

        // ---- national layout --------------------------------------------------------------------------------

        SectionDraft national(SectionKey key) {
            start();
            switch (key) {
                case PREAMBLE -> slot(NarrativeSlot.NATIONAL_PREAMBLE, period("本报告中所列数据"));
                case OVERALL -> {
                    slot(NarrativeSlot.NATIONAL_INTRO, "");
                    slot(NarrativeSlot.NATIONAL_PROACTIVE, nationalProactiveSentence());
                    slot(NarrativeSlot.NATIONAL_ON_REQUEST, applicationsSentence(false));
                    slot(NarrativeSlot.NATIONAL_MANAGEMENT, join(guideSentence(), rulesSentence()));
                    slot(NarrativeSlot.NATIONAL_PLATFORM, join(websiteSentence(false), nationalPointsSentence()));
                    slot(NarrativeSlot.NATIONAL_OVERSIGHT, nationalTrainingSentence());
                }
                case PROACTIVE, ON_REQUEST, APPEALS -> {
                    // The official table follows the heading; the text is left for the office's own notes, which
                    // are about the table: its figures are the section's data.
                    use("table", ReportTables.of(SectionKey.find(format, key).table(), f).values());
                }
                case PROBLEMS -> {
                    slot(NarrativeSlot.NATIONAL_PROBLEMS, lateSentence());
                    slot(NarrativeSlot.NATIONAL_IMPROVEMENTS, "");
                }
                case OTHER -> slot(NarrativeSlot.NATIONAL_OTHER, nationalFeesSentence());
                default -> throw new IllegalArgumentException(key + " is not a national section");
            }
            return done(key);
        }

        private String nationalProactiveSentence() {
            ProactiveFigures p = f.proactive();
            RegulatoryFigures r = f.regulatory();
            StringBuilder b = new StringBuilder(y + "年，" + s.self() + "主动公开政府信息"
                    + use("published_in_year", p.publishedInYear()) + "条，截至年底累计主动公开政府信息"
                    + use("cumulative_published", p.cumulativePublished()) + "条。");
            List<String> docs = new ArrayList<>();
            if ((long) use("rules.issued", r.rules().issued()) > 0) {
                docs.add("制发规章" + r.rules().issued() + "件");
            }
            if ((long) use("normative.issued", r.normative().issued()) > 0) {
                docs.add("制发行政规范性文件" + r.normative().issued() + "件");
            }
            if ((long) use("rules.repealed", r.rules().repealed()) > 0) {
                docs.add("废止规章" + r.rules().repealed() + "件");
            }
            if ((long) use("normative.repealed", r.normative().repealed()) > 0) {
                docs.add("废止行政规范性文件" + r.normative().repealed() + "件");
            }
            if (!docs.isEmpty()) {
                b.append("全年").append(String.join("、", docs)).append("。");
            }
            long press = (long) use("press_conferences", f.activities().pressConferences());
            if (press > 0) {
                b.append("举行新闻发布会").append(press).append("场。");
            }
            return b.toString();
        }

        private String nationalPointsSentence() {
            ReadingPointFigures r = f.readingPoints();
            use("reading_points", r.byKind());
            if (r.totalPoints() == 0) {
                return "";
            }
            List<String> where = new ArrayList<>();
            for (ReadingPointKind k : ReadingPointKind.values()) {
                if (kind(k).points() > 0) {
                    where.add(k.labelZh());
                }
            }
            return "在" + String.join("、", where) + "设置政府信息查阅点" + r.totalPoints() + "个，全年接待公众查阅"
                    + ChineseNumbers.approx(r.totalPeople()) + "人次，提供查询信息" + ChineseNumbers.approx(r.totalItems()) + "条。";
        }

        private String nationalTrainingSentence() {
            ActivityFigures a = f.activities();
            use("trainings", a.trainings());
            use("training_participants", a.trainingParticipants());
            return a.trainings() > 0 ? "全年组织政府信息公开业务培训" + a.trainings() + "次，参训" + a.trainingParticipants() + "人次。"
                    : "";
        }

        private String nationalFeesSentence() {
            FeeFigures fees = f.fees();
            use("fees", fees);
            String what = y >= 2021 ? "信息处理费" : "政府信息公开相关费用";
            if (fees.charged().signum() == 0) {
                return "本年度" + s.self() + "未收取" + what + "。";
            }
            String basis = y >= 2021 ? "依据《政府信息公开信息处理费管理办法》" : "";
            String text = "本年度" + s.self() + basis + "收取" + what + ChineseNumbers.yuanAsWan(fees.charged())
                    + "（涉及政府信息公开申请" + fees.applicationsCharged() + "件）。";
            if (fees.waived().signum() > 0) {
                text += "依法减免" + ChineseNumbers.yuanAsWan(fees.waived()) + "。";
            }
            return text;
        }

        // ---- sentences both layouts use ---------------------------------------------------------------------

        private String period(String subject) {
            use("year", y);
            return subject + "的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。";
        }

        private String guideSentence() {
            ActivityFigures a = f.activities();
            use("guide_updated", a.guideUpdated());
            use("catalogue_updated", a.catalogueUpdated());
            List<String> parts = new ArrayList<>();
            if (a.guideUpdated() != null) {
                parts.add("政府信息公开指南最近一次更新于" + date(a.guideUpdated()));
            }
            if (a.catalogueUpdated() != null) {
                parts.add("政府信息公开目录最近一次更新于" + date(a.catalogueUpdated()));
            }
            return parts.isEmpty() ? "" : String.join("，", parts) + "。";
        }

        private String rulesSentence() {
            List<String> rules = f.activities().rulesAdopted();
            use("rules_adopted", rules);
            if (rules.isEmpty()) {
                return "";
            }
            return "本年度制定了" + String.join("、", rules.stream().map(r -> "《" + r + "》").toList()) + "。";
        }

        private String facilitiesSentence() {
            List<String> where = new ArrayList<>();
            for (ReadingPointKind k : ReadingPointKind.values()) {
                if (kind(k).points() > 0) {
                    where.add(k.labelZh());
                }
            }
            use("reading_point_kinds", where);
            return where.isEmpty() ? "" : "在" + String.join("、", where) + "设置政府信息查阅点。";
        }

        private String trainingSentence() {
            ActivityFigures a = f.activities();
            use("trainings", a.trainings());
            use("training_participants", a.trainingParticipants());
            return a.trainings() > 0
                    ? "开展信息公开业务集中培训" + a.trainings() + "次，培训人员达到" + a.trainingParticipants() + "人次。"
                    : "";
        }

        /** "2011年攀枝花市东区公众信息网年访问量达40余万人次" — or that it was not recorded, never a blank. */
        private String websiteSentence(boolean legacy) {
            ActivityFigures a = f.activities();
            String site = site();
            use("website_visits", a.websiteVisits());
            use("website_months_recorded", a.websiteMonthsRecorded());
            String lead = legacy ? site + "年" : site + "全年";
            if (a.websiteVisits() == null) {
                return lead + "访问量未作统计。";
            }
            if (a.websiteMonthsRecorded() < 12) {
                return site + "有记录的" + a.websiteMonthsRecorded() + "个月访问量达" + ChineseNumbers.approx(a.websiteVisits())
                        + "人次，其余" + (12 - a.websiteMonthsRecorded()) + "个月未作统计。";
            }
            return lead + "访问量达" + ChineseNumbers.approx(a.websiteVisits()) + "人次。";
        }

        private String applicationsSentence(boolean legacy) {
            ApplicationFigures a = f.applications();
            ApplicationColumn t = a.total();
            use("applications", t);
            use("channels", a.byChannel());
            use("answered_late", a.answeredLate());
            if (a.noneAtAll()) {
                return legacy ? "本年度" + s.self() + "未收到政府信息公开申请。" : "本年度未收到政府信息公开申请。";
            }
            StringBuilder b = new StringBuilder(legacy ? "本年度" + s.self() + "共收到政府信息公开申请" : "全年共收到政府信息公开申请");
            b.append(t.newReceived()).append("件");
            List<ChannelCount> channels = a.byChannel().stream().filter(c -> c.count() > 0).toList();
            if (legacy && !channels.isEmpty()) {
                b.append("，其中").append(String.join("、", channels.stream()
                        .map(c -> (c.nameZh().endsWith("申请") ? c.nameZh() : c.nameZh() + "申请") + c.count() + "件").toList()));
            }
            if (t.carriedOver() > 0) {
                b.append(legacy ? "，另有上年结转申请" : "，上年结转").append(t.carriedOver()).append("件");
            }
            b.append("。");
            if (t.decided() == 0) {
                b.append("本年度尚无办结的申请。");
            } else {
                List<String> parts = new ArrayList<>();
                for (OutcomeRow.Group g : OutcomeRow.Group.values()) {
                    if (t.group(g) > 0) {
                        parts.add(g.shortZh() + t.group(g) + "件");
                    }
                }
                b.append("本年度办结").append(t.decided()).append("件，其中").append(String.join("、", parts)).append("。");
                long withheld = t.group(OutcomeRow.Group.WITHHELD);
                if (withheld > 0) {
                    List<String> grounds = new ArrayList<>();
                    for (OutcomeRow r : OutcomeRow.Group.WITHHELD.rows()) {
                        if (t.outcome(r) > 0) {
                            grounds.add(r.itemZh().substring(r.itemZh().indexOf('.') + 1) + t.outcome(r) + "件");
                        }
                    }
                    b.append("不予公开的").append(withheld).append("件中，").append(String.join("、", grounds)).append("。");
                }
            }
            if (t.carriedForward() > 0) {
                b.append("结转下年度继续办理").append(t.carriedForward()).append("件。");
            }
            if (a.answeredLate() > 0) {
                b.append("本年度有").append(a.answeredLate()).append("件申请超过法定期限答复。");
            }
            return b.toString();
        }

        private String appealsSentence() {
            AppealFigures a = f.appeals();
            use("appeals", a);
            if (a.noneAtAll()) {
                return "本年度" + s.self() + "没有发生因政府信息公开引发的行政复议和行政诉讼事件。";
            }
            List<String> parts = new ArrayList<>();
            AppealBlock rev = a.reconsideration();
            parts.add(rev.total() > 0 ? "因政府信息公开申请行政复议" + rev.total() + "件（" + outcomes(rev) + "）"
                    : "未发生因政府信息公开申请行政复议的情况");
            if (a.litigationTotal() > 0) {
                List<String> lit = new ArrayList<>();
                if (a.litigationDirect().total() > 0) {
                    lit.add("未经复议直接起诉" + a.litigationDirect().total() + "件（" + outcomes(a.litigationDirect()) + "）");
                }
                if (a.litigationAfterReconsideration().total() > 0) {
                    lit.add("复议后起诉" + a.litigationAfterReconsideration().total() + "件（"
                            + outcomes(a.litigationAfterReconsideration()) + "）");
                }
                parts.add("提起行政诉讼" + a.litigationTotal() + "件，其中" + String.join("、", lit));
            } else {
                parts.add("未发生因政府信息公开提起行政诉讼的情况");
            }
            return "本年度" + s.self() + String.join("；", parts) + "。";
        }

        private static String outcomes(AppealBlock b) {
            List<String> parts = new ArrayList<>();
            for (AppealColumn c : List.of(AppealColumn.UPHELD, AppealColumn.CORRECTED, AppealColumn.OTHER,
                    AppealColumn.PENDING)) {
                if (b.value(c) > 0) {
                    parts.add(c.labelZh() + b.value(c) + "件");
                }
            }
            return String.join("、", parts);
        }

        private String lateSentence() {
            long late = (long) use("published_late", f.proactive().publishedLate());
            long answeredLate = (long) use("answered_late", f.applications().answeredLate());
            List<String> parts = new ArrayList<>();
            if (late > 0) {
                parts.add("有" + late + "条政府信息未在形成或者变更之日起20个工作日内公开");
            }
            if (answeredLate > 0) {
                parts.add("有" + answeredLate + "件政府信息公开申请超过法定期限答复");
            }
            return parts.isEmpty() ? "" : "本年度" + String.join("，", parts) + "。";
        }

        // ---- narrative slots --------------------------------------------------------------------------------

        /**
         * Adds a slot's paragraphs with the data sentence at 【数据】 (appended when the office removed the
         * marker; on its own when the office emptied the slot). Subsection slots are numbered in order.
         */
        private void slot(NarrativeSlot slot, String sentence) {
            slot(slot, sentence.isEmpty() ? List.of() : List.of(sentence));
        }

        /**
         * As {@link #slot(NarrativeSlot, String)} for data in clauses: 【数据】 is all of them as one sentence,
         * 【数据1】, 【数据2】 … one clause each, so that narrative can stand between them as in the 2011 report
         * ("【数据1】，全面公开行政审批事项……，【数据2】。"). A clause no marker placed is appended.
         */
        private void slot(NarrativeSlot slot, List<String> parts) {
            String text = inputs.narrative(slot);
            use("narrative." + slot.name(), text);
            String filled = text == null || text.isBlank() ? sentence(parts) : fill(text, parts);
            filled = markers(filled).strip();
            if (filled.isEmpty()) {
                return;
            }
            List<String> lines = filled.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            boolean numbered = slot.subsection() && text != null && !text.isBlank();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (i == 0 && numbered) {
                    line = "（" + ChineseNumbers.numeral(++subsection) + "）" + line;
                }
                paragraphs.add(line);
            }
        }

        /**
         * A slot whose narrative only makes sense when there is something to tell (conferences held, points
         * set up, trainings given): without it the plain {@code none} sentence stands alone, or nothing.
         */
        private void slotOrNone(NarrativeSlot slot, boolean some, List<String> parts, String none) {
            if (some) {
                slot(slot, parts);
            } else {
                use("narrative." + slot.name(), inputs.narrative(slot));
                if (!none.isEmpty()) {
                    paragraphs.add(none);
                }
            }
        }

        private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("【数据(\\d*)】");
        private static final String CONTINUING = "，、；：,;:";

        /**
         * Puts the data at the markers. When the office continues the sentence after a marker
         * ("【数据】，营造了良好的舆论环境。"), the data's full stop gives way to that punctuation; a marker with
         * nothing to show takes its following punctuation with it.
         */
        private static String fill(String text, List<String> parts) {
            StringBuilder out = new StringBuilder();
            boolean[] placed = new boolean[parts.size()];
            java.util.regex.Matcher m = MARKER.matcher(text);
            int from = 0;
            while (m.find()) {
                out.append(text, from, m.start());
                String value;
                if (m.group(1).isEmpty()) {
                    value = sentence(parts);
                    java.util.Arrays.fill(placed, true);
                } else {
                    int n = Integer.parseInt(m.group(1));
                    value = n >= 1 && n <= parts.size() ? stop(parts.get(n - 1)) : "";
                    if (n >= 1 && n <= parts.size()) {
                        placed[n - 1] = true;
                    }
                }
                from = m.end();
                boolean continues = from < text.length() && CONTINUING.indexOf(text.charAt(from)) >= 0;
                if (value.isEmpty()) {
                    from = continues ? from + 1 : from;
                    continue;
                }
                out.append(continues ? stop(value) : value);
            }
            out.append(text.substring(from));
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (!placed[i]) {
                    rest.add(parts.get(i));
                }
            }
            String result = out.toString().strip() + sentence(rest);
            return result.replaceAll("[，、；：]+。", "。").replaceAll("([，、；：])[，、；：]+", "$1")
                    .replaceAll("(?m)[，、；]+$", "。");
        }

        /** Clauses as one sentence: "a，b。" (a clause may itself hold whole sentences). */
        private static String sentence(List<String> parts) {
            List<String> kept = parts.stream().filter(p -> !p.isEmpty()).toList();
            return kept.isEmpty() ? "" : kept.stream().map(ReportDrafts.Writer::stop)
                    .collect(java.util.stream.Collectors.joining("，")) + "。";
        }

        private static String stop(String clause) {
            return clause.endsWith("。") ? clause.substring(0, clause.length() - 1) : clause;
        }

        private String markers(String text) {
            return text.replace("【年度】", String.valueOf(y))
                    .replace("【本级】", s.self())
                    .replace("【地区】", s.place())
                    .replace("【网站】", site());
        }

        private String site() {
            String name = inputs.narrative(NarrativeSlot.WEBSITE_NAME);
            return name == null || name.isBlank() ? NarrativeSlot.WEBSITE_NAME.defaultText() : name.strip();
        }

        private KindFigures kind(ReadingPointKind k) {
            KindFigures kf = f.readingPoints().kind(k);
            use("reading_point." + k.name(), kf);
            return kf;
        }

        private static String date(LocalDate d) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        private static String join(String a, String b) {
            return a + b;
        }
    }
}
