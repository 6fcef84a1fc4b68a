package org.gongkai.agencies;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

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
        List<Agency> all = listAll();
        java.util.Map<Long, List<Long>> children = new java.util.HashMap<>();
        for (Agency a : all) {
            if (a.parent != null) {
                children.computeIfAbsent(a.parent.id, k -> new java.util.ArrayList<>()).add(a.id);
            }
        }
        List<Long> result = new java.util.ArrayList<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>();
        todo.add(rootId);
        while (!todo.isEmpty()) {
            Long id = todo.poll();
            if (!result.contains(id)) {
                result.add(id);
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }
}
