package org.gongkai.applications;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ApplicationEventRepository implements PanacheRepository<ApplicationEvent> {

    public List<ApplicationEvent> forApplication(long applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
