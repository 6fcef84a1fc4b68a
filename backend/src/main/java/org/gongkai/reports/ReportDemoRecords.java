package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.readingpoints.ReadingPoint;
import org.gongkai.readingpoints.ReadingPointRepository;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Demonstration data, order 55: the 东区 government's 2011 records ({@link Dongqu2011Record}) — the catalogue of
 * 2007–2011, the reading points' 2011 tallies at the points the reading-points demo created, the press
 * conferences and trainings — entered as the demo administrator. Idempotent: a part already there is skipped.
 */
@ApplicationScoped
public class ReportDemoRecords implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(ReportDemoRecords.class);
    static final String ACTOR = "admin";
    static final String[] POINTS = {"东区政务服务中心一号查阅点", "东区政务服务中心二号查阅点", "东区档案馆政府信息查阅点",
            "东区图书馆政府信息查阅点"};

    @Inject
    AgencyRepository agencies;

    @Inject
    ReadingPointRepository points;

    @Inject
    Dongqu2011Record record;

    @Inject
    ActingAs acting;

    @Override
    public int order() {
        return 55;
    }

    @Override
    public String name() {
        return "the 2011 records of the annual-report demonstration";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElse(null);
        if (district == null) {
            LOG.warn("No demo district; the 2011 records are not loaded");
            return;
        }
        long[] ids = new long[POINTS.length];
        for (int i = 0; i < POINTS.length; i++) {
            List<ReadingPoint> found = points.findByName(POINTS[i], district.id);
            if (found.isEmpty()) {
                LOG.warnf("Demo reading point %s is missing; the 2011 records are not loaded", POINTS[i]);
                return;
            }
            ids[i] = found.get(0).id;
        }
        List<Agency> departments = agencies.withDescendants(district.id).stream().filter(id -> !id.equals(district.id))
                .map(agencies::findById).toList();
        acting.run(ACTOR, () -> record.load(district, departments,
                new Dongqu2011Record.Points(ids[0], ids[1], ids[2], ids[3])));
    }
}
