package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.activities.dto.TrainingRequest;
import org.gongkai.activities.dto.TrainingView;
import org.gongkai.common.error.ApiException;

import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class TrainingService extends ActivityService<Training, TrainingRequest, TrainingView> {

    @Inject
    TrainingRepository repository;

    @Override
    protected PanacheRepository<Training> repository() {
        return repository;
    }

    @Override
    protected Class<Training> entityClass() {
        return Training.class;
    }

    @Override
    protected Training newRecord() {
        return new Training();
    }

    @Override
    protected void apply(Training e, TrainingRequest r) {
        e.topic = r.topic().trim();
        e.sessions = r.sessions();
        e.participants = r.participants();
        e.note = ActivityGuard.blankToNull(r.note());
    }

    @Override
    protected Map<String, Object> fields(Training e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("topic", e.topic);
        m.put("sessions", e.sessions);
        m.put("participants", e.participants);
        m.put("note", e.note);
        return m;
    }

    @Override
    protected TrainingView view(Training e) {
        return new TrainingView(e.id, e.agency.id, e.agency.name, e.date, e.topic, e.sessions, e.participants, e.note,
                e.version);
    }

    @Override
    protected ApiException notFound() {
        return ApiException.notFound("TRAINING_NOT_FOUND", "培训记录不存在。", "No such training.");
    }
}
