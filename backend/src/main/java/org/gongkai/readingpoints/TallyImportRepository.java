package org.gongkai.readingpoints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TallyImportRepository implements PanacheRepository<TallyImport> {
}
