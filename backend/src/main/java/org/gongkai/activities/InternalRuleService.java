package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.activities.dto.InternalRuleRequest;
import org.gongkai.activities.dto.InternalRuleView;
import org.gongkai.agencies.Agency;
import org.gongkai.common.error.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class InternalRuleService extends ActivityService<InternalRule, InternalRuleRequest, InternalRuleView> {

    @Inject
    InternalRuleRepository repository;

    @Override
    protected PanacheRepository<InternalRule> repository() {
        return repository;
    }

    @Override
    protected Class<InternalRule> entityClass() {
        return InternalRule.class;
    }

    @Override
    protected InternalRule newRecord() {
        return new InternalRule();
    }

    @Override
    protected String dateField() {
        return "adoptedOn";
    }

    @Override
    protected void checkBeforeChange(InternalRule e, Agency agency, InternalRuleRequest r) {
        boolean taken = repository.count("agency.id = ?1 and title = ?2 and date = ?3 and id <> ?4",
                agency.id, r.title().trim(), r.adoptedOn(), e.id == null ? -1L : e.id) > 0;
        if (taken) {
            throw ApiException.invalidField("title", "本机关同一天已登记过同名制度。",
                    "This agency already recorded a rule with this title on that day.");
        }
    }

    @Override
    protected void apply(InternalRule e, InternalRuleRequest r) {
        String title = r.title().trim();
        e.title = title;
        e.documentNumber = ActivityGuard.blankToNull(r.documentNumber());
        e.summary = ActivityGuard.blankToNull(r.summary());
    }

    @Override
    protected Map<String, Object> fields(InternalRule e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title);
        m.put("documentNumber", e.documentNumber);
        m.put("summary", e.summary);
        return m;
    }

    @Override
    protected InternalRuleView view(InternalRule e) {
        return new InternalRuleView(e.id, e.agency.id, e.agency.name, e.date, e.title, e.documentNumber, e.summary,
                e.version);
    }

    @Override
    protected ApiException notFound() {
        return ApiException.notFound("INTERNAL_RULE_NOT_FOUND", "制度记录不存在。", "No such internal rule.");
    }
}
