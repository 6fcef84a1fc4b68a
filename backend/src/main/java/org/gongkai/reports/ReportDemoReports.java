package org.gongkai.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyDemoData;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.reports.dto.ReportInputsRequest;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Demonstration reports, order 60 (after the 2011 narrative inputs at 50 and the 2011 records at 55), entered as
 * the demo administrator through the report services: the 东区 government's 2011 report in the legacy format
 * with its departments, and the 2025 report in the 2021 national format over the applications demo, with the
 * administrative-fee income the records cannot give entered for 2024 and 2025. Both stay drafts; locking and
 * publishing are left to the people trying the demo. Idempotent.
 */
@ApplicationScoped
public class ReportDemoReports implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(ReportDemoReports.class);
    /** 行政事业性收费 income in 万元, as the district's finance bureau reported it for the demo years. */
    static final Map<Integer, BigDecimal> FEE_INCOME = Map.of(2024, new BigDecimal("16.82"), 2025, new BigDecimal("18.64"));

    @Inject
    AgencyRepository agencies;

    @Inject
    ReportRepositories.Reports reports;

    @Inject
    ReportRepositories.InputSets inputSets;

    @Inject
    ReportInputService inputs;

    @Inject
    AnnualReportService service;

    @Inject
    ActingAs acting;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String name() {
        return "annual reports 2011 (legacy) and 2025 (national)";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(AgencyDemoData.DISTRICT_CODE).orElse(null);
        if (district == null) {
            LOG.warn("No demo district; no demo reports");
            return;
        }
        int thisYear = ReportYears.today().getYear();
        acting.run(ReportDemoRecords.ACTOR, () -> {
            FEE_INCOME.forEach((year, amount) -> {
                if (year <= thisYear && inputSets.find(district.id, year).isEmpty()) {
                    inputs.put(district.id, year, new ReportInputsRequest(Map.of(ReportInputKey.FEE_INCOME_WAN.name(), amount),
                            Map.of(), 0L));
                }
            });
            start(district, Dongqu2011Record.YEAR, ReportFormat.LEGACY);
            if (2025 <= thisYear) {
                start(district, 2025, ReportFormat.NATIONAL_2021);
            }
        });
    }

    private void start(Agency district, int year, ReportFormat format) {
        if (reports.find(district.id, year).isEmpty()) {
            service.start(district.id, year, true, format);
        }
    }
}
