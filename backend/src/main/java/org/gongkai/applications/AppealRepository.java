package org.gongkai.applications;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AppealRepository implements PanacheRepository<ApplicationAppeal> {

    public List<ApplicationAppeal> forApplication(long applicationId) {
        return list("applicationId = ?1 order by filedOn, id", applicationId);
    }
}
