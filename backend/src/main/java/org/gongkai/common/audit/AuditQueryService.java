package org.gongkai.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.dto.AuditEntryView;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the audit log for administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueryService {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    AuditService.AuditRepository repository;

    @Inject
    ObjectMapper json;

    public record Filter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {
    }

    public Page<AuditEntryView> list(Filter f, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.entityType() != null && !f.entityType().isBlank()) {
            where.add("entityType = :entityType");
            p.and("entityType", f.entityType());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            where.add("entityId = :entityId");
            p.and("entityId", f.entityId());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("actor = :actor");
            p.and("actor", f.actor());
        }
        if (f.action() != null && !f.action().isBlank()) {
            where.add("action = :action");
            p.and("action", f.action());
        }
        if (f.from() != null) {
            where.add("occurredAt >= :from");
            p.and("from", f.from().atStartOfDay(CHINA).toInstant());
        }
        if (f.to() != null) {
            where.add("occurredAt < :to");
            p.and("to", f.to().plusDays(1).atStartOfDay(CHINA).toInstant());
        }
        Cursor cursor = page.decodedCursor();
        if (cursor != null) {
            where.add("id < :after");
            p.and("after", cursor.expect(1).longValue(0));
        }
        String query = where.isEmpty() ? "order by id desc" : String.join(" and ", where) + " order by id desc";
        List<AuditEntry> rows = repository.find(query, p).range(0, page.size).list();
        return Page.of(rows, page.size, e -> Cursor.encode(e.id), this::view);
    }

    private AuditEntryView view(AuditEntry e) {
        try {
            return new AuditEntryView(e.id, e.occurredAt, e.actor, e.actorAccountId, e.entityType, e.entityId,
                    e.action, e.agencyId, json.readTree(e.changes), e.clientAddress);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
