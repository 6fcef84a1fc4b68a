package org.gongkai.agencies;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AgencyRepository implements PanacheRepository<Agency> {

    public Optional<Agency> findByCatalogueCode(String code) {
        return find("catalogueCode", code).firstResultOptional();
    }

    public Optional<Agency> findByCreditCode(String code) {
        return find("creditCode", code).firstResultOptional();
    }

    /** The agency and every agency below it, at any depth (for "with sub-agencies" statistics). */
    public List<Long> withDescendants(Long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] row : getEntityManager()
                .createQuery("select a.id, a.parent.id from Agency a where a.parent is not null", Object[].class)
                .getResultList()) {
            children.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add((Long) row[0]);
        }
        Set<Long> result = new LinkedHashSet<>();
        ArrayDeque<Long> todo = new ArrayDeque<>();
        todo.add(rootId);
        while (!todo.isEmpty()) {
            Long id = todo.poll();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return new ArrayList<>(result);
    }
}
