package org.gongkai.readingpoints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.calendar.CalendarDataMissingException;
import org.gongkai.common.calendar.CalendarService;
import org.gongkai.common.calendar.WorkingDayCalendar;
import org.gongkai.common.demo.DemoSeeder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 东区 government's reading points as in its 2011 report — two in the government service centre, one in
 * the archives, one in the library — open since 2008, plus a notice board (since 2016) and an electronic screen (since 2019);
 * daily tallies from 2024 to yesterday (the service centre receives 1,000–1,500 people a working day, the
 * archives and library a handful), some single visits and the quarterly transfers to the archives and the
 * library. Nothing before 2024: the annual-report feature loads 2011 itself through {@link TallyLoader}.
 */
@ApplicationScoped
public class ReadingPointDemoData implements DemoSeeder {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final LocalDate OPEN_SINCE = LocalDate.of(2008, 5, 1);
    private static final String HOURS = "工作日 上午 9:00–12:00，下午 14:30–18:00（法定节假日除外）";
    private static final String[] ASKED = {
            "咨询城乡低保申请条件和所需材料", "查阅区政府年度财政预算公开表", "查询企业开办办事指南", "了解公租房申请流程",
            "查阅征地补偿安置方案公告", "查询养老服务补贴政策", "查阅区政府工作报告", "咨询残疾人两项补贴标准",
            "查阅城市规划公示材料", "查询义务教育招生划片范围", "了解医保异地就医备案", "查阅政府信息公开指南"};

    @Inject
    AgencyRepository agencies;

    @Inject
    ReadingPointRepository points;

    @Inject
    VisitRepository visits;

    @Inject
    ArchiveTransferRepository transfers;

    @Inject
    TallyLoader loader;

    @Inject
    CalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String name() {
        return "reading points, visits and tallies";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElse(null);
        if (district == null || points.count("agency.id", district.id) > 0) {
            return;
        }
        Random random = new Random(2024);
        ReadingPoint centre1 = point(district, ReadingPointKind.SERVICE_CENTRE, "东区政务服务中心一号查阅点",
                "攀枝花市东区炳草岗大街 99 号政务服务中心一楼大厅", HOURS, "0812-2225001",
                "行政审批事项的设定依据、办事程序、申请条件、申报材料、收费依据和标准的查询");
        ReadingPoint centre2 = point(district, ReadingPointKind.SERVICE_CENTRE, "东区政务服务中心二号查阅点",
                "攀枝花市东区炳草岗大街 99 号政务服务中心二楼社会事务服务区", HOURS, "0812-2225002",
                "社会服务事项信息和主动公开政府信息的查阅");
        ReadingPoint archives = point(district, ReadingPointKind.ARCHIVES, "东区档案馆政府信息查阅点",
                "攀枝花市东区人民街 12 号区档案馆一楼查阅室", "工作日 8:30–12:00，14:30–17:30", "0812-2226010",
                "收存区政府及各部门移交的主动公开政府信息");
        ReadingPoint library = point(district, ReadingPointKind.LIBRARY, "东区图书馆政府信息查阅点",
                "攀枝花市东区三线大道中段 66 号区图书馆二楼", "周二至周日 9:00–20:00", "0812-2227020",
                "政府公报、主动公开政府信息汇编的阅览");
        // The notice board and the screen came later: the 2011 report names only the four points above.
        point(district, ReadingPointKind.NOTICE_BOARD, "东区人民政府信息公告栏", "攀枝花市东区人民政府大院门口",
                "全天", null, "张贴重要公告和公示").activeFrom = LocalDate.of(2016, 1, 1);
        point(district, ReadingPointKind.ELECTRONIC_SCREEN, "政务服务中心电子信息屏", "东区政务服务中心一楼大厅",
                HOURS, null, "滚动播放办事指南和政务公开信息").activeFrom = LocalDate.of(2019, 5, 15);
        em.flush();

        LocalDate yesterday = ChinaDate.today().minusDays(1);
        int visitCount = visits(random, List.of(archives, library, centre1), yesterday);
        int transferCount = transfers(random, district, archives, library, yesterday);
        em.flush();

        WorkingDayCalendar days = calendar.current();
        List<TallyLoader.TallyRow> rows = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(yesterday); d = d.plusDays(1)) {
            if (!working(days, d)) {
                continue;
            }
            int people = 1000 + random.nextInt(501);
            int first = people * (55 + random.nextInt(11)) / 100;
            rows.add(new TallyLoader.TallyRow(centre1.id, d, first, first * (40 + random.nextInt(21)) / 100));
            rows.add(new TallyLoader.TallyRow(centre2.id, d, people - first, (people - first) * (35 + random.nextInt(21)) / 100));
            int archivePeople = random.nextInt(4);
            rows.add(new TallyLoader.TallyRow(archives.id, d, archivePeople, archivePeople + random.nextInt(3)));
            int libraryPeople = random.nextInt(6);
            rows.add(new TallyLoader.TallyRow(library.id, d, libraryPeople, libraryPeople + random.nextInt(4)));
        }
        int tallies = loader.load(rows);
        audit.record("DemoData", "readingpoints", "SEED", district.id, ChangeSet.empty()
                .note("readingPoints", 6).note("tallies", tallies).note("visits", visitCount).note("transfers", transferCount));
    }

    /** Weekdays when a year's holiday notice is missing: demo data must not stop the start. */
    private static boolean working(WorkingDayCalendar days, LocalDate d) {
        try {
            return days.isWorkingDay(d);
        } catch (CalendarDataMissingException e) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }

    private ReadingPoint point(Agency agency, ReadingPointKind kind, String name, String address, String hours,
                               String phone, String description) {
        ReadingPoint p = new ReadingPoint();
        p.agency = agency;
        p.kind = kind;
        p.name = name;
        p.address = address;
        p.openingHours = hours;
        p.phone = phone;
        p.description = description;
        p.activeFrom = OPEN_SINCE;
        points.persist(p);
        return p;
    }

    /** A few single visits a month: what was asked, what was consulted, sometimes an application. */
    private int visits(Random random, List<ReadingPoint> where, LocalDate last) {
        int n = 0;
        for (LocalDate month = FIRST_DAY; !month.isAfter(last); month = month.plusMonths(1)) {
            int count = 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (day.isAfter(last) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                ReadingPointVisit v = new ReadingPointVisit();
                v.point = where.get(random.nextInt(where.size()));
                v.date = day;
                v.time = LocalTime.of(9 + random.nextInt(8), random.nextInt(4) * 15);
                v.people = 1 + (random.nextInt(5) == 0 ? 1 : 0);
                v.itemsConsulted = 1 + random.nextInt(4);
                v.requestSummary = ASKED[random.nextInt(ASKED.length)];
                v.becameApplication = random.nextInt(10) == 0;
                v.recordedBy = "clerk";
                visits.persist(v);
                n++;
            }
        }
        return n;
    }

    /** Each quarter's compilation of proactively disclosed information, sent to the archives and the library. */
    private int transfers(Random random, Agency district, ReadingPoint archives, ReadingPoint library, LocalDate last) {
        int n = 0;
        for (LocalDate quarterEnd = LocalDate.of(2024, 3, 31); quarterEnd.plusDays(15).isBefore(last);
             quarterEnd = quarterEnd.plusMonths(3).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
            int quarter = (quarterEnd.getMonthValue() - 1) / 3 + 1;
            for (ReadingPoint to : List.of(archives, library)) {
                ArchiveTransfer t = new ArchiveTransfer();
                t.agency = district;
                t.date = quarterEnd.plusDays(10 + random.nextInt(5));
                t.receivingPoint = to;
                t.setsDescription = quarterEnd.getYear() + "年第" + "一二三四".charAt(quarter - 1)
                        + "季度主动公开政府信息汇编（纸质一册、光盘一张）";
                t.itemCount = 150 + random.nextInt(200);
                t.receivedBy = to == archives ? "区档案馆 刘敏" : "区图书馆 陈静";
                transfers.persist(t);
                n++;
            }
        }
        return n;
    }
}
