package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InternalRuleRepository implements PanacheRepository<InternalRule> {
}
