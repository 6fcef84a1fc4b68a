package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.activities.dto.PressConferenceRequest;
import org.gongkai.activities.dto.PressConferenceView;
import org.gongkai.common.error.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class PressConferenceService extends ActivityService<PressConference, PressConferenceRequest, PressConferenceView> {

    @Inject
    PressConferenceRepository repository;

    @Override
    protected PanacheRepository<PressConference> repository() {
        return repository;
    }

    @Override
    protected Class<PressConference> entityClass() {
        return PressConference.class;
    }

    @Override
    protected PressConference newRecord() {
        return new PressConference();
    }

    @Override
    protected void apply(PressConference e, PressConferenceRequest r) {
        e.title = r.title().trim();
        e.topics = ActivityGuard.blankToNull(r.topics());
        e.channel = r.channel();
        e.note = ActivityGuard.blankToNull(r.note());
    }

    @Override
    protected Map<String, Object> fields(PressConference e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title);
        m.put("topics", e.topics);
        m.put("channel", e.channel.name());
        m.put("note", e.note);
        return m;
    }

    @Override
    protected PressConferenceView view(PressConference e) {
        return new PressConferenceView(e.id, e.agency.id, e.agency.name, e.date, e.title, e.topics, e.channel,
                e.channel.label(), e.note, e.version);
    }

    @Override
    protected ApiException notFound() {
        return ApiException.notFound("PRESS_CONFERENCE_NOT_FOUND", "发布活动记录不存在。", "No such press conference.");
    }
}
