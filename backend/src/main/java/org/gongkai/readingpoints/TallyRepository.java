package org.gongkai.readingpoints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class TallyRepository implements PanacheRepository<ReadingPointTally> {

    public Optional<ReadingPointTally> findByPointAndDate(long pointId, LocalDate date) {
        return find("point.id = ?1 and date = ?2", pointId, date).firstResultOptional();
    }
}
