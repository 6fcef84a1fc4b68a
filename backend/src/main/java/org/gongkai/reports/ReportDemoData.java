package org.gongkai.reports;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.demo.DemoSeeder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Demonstration report inputs: the narrative paragraphs of the Dongqu 2011 report, entered for the district's
 * 2011 report, so that its draft reads as the real report did once the 2011 records are there (those records
 * and the reports themselves: {@link ReportDemoRecords}, {@link ReportDemoReports}). Idempotent: an existing input set
 * for that year is left alone.
 */
@ApplicationScoped
public class ReportDemoData implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(ReportDemoData.class);
    static final String NARRATIVES = "reports/demo/dongqu-2011-narratives.json";

    @Inject
    AgencyRepository agencies;

    @Inject
    ReportRepositories.InputSets sets;

    @Inject
    ReportRepositories.Narratives narratives;

    @Inject
    AuditService audit;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String name() {
        return "annual-report inputs";
    }

    @Override
    public void seed() {
        JsonNode doc = read();
        int year = doc.get("year").asInt();
        Agency agency = agencies.findByCatalogueCode(doc.get("agencyCatalogueCode").asText()).orElse(null);
        if (agency == null) {
            LOG.warnf("Demo agency %s is missing; no demo report inputs", doc.get("agencyCatalogueCode").asText());
            return;
        }
        if (sets.find(agency.id, year).isPresent()) {
            return;
        }
        ReportInputSet set = new ReportInputSet();
        set.agencyId = agency.id;
        set.year = year;
        sets.persist(set);
        sets.flush();
        Instant now = Instant.now();
        Iterator<Map.Entry<String, JsonNode>> fields = doc.get("narratives").fields();
        int count = 0;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            ReportNarrative n = new ReportNarrative();
            n.setId = set.id;
            n.slot = NarrativeSlot.valueOf(e.getKey());
            n.text = e.getValue().asText();
            n.enteredBy = "demo";
            n.enteredAt = now;
            narratives.persist(n);
            count++;
        }
        audit.record("ReportInputs", set.id, "CREATE", agency.id, ChangeSet.empty().note("year", year)
                .note("narratives", count).note("source", NARRATIVES));
    }

    private static JsonNode read() {
        try (InputStream in = ReportDemoData.class.getClassLoader().getResourceAsStream(NARRATIVES)) {
            if (in == null) {
                throw new IllegalStateException(NARRATIVES + " is missing from the application");
            }
            return ReportJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
