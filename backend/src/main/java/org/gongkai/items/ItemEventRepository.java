package org.gongkai.items;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ItemEventRepository implements PanacheRepository<ItemEvent> {

    public List<ItemEvent> forItem(Long itemId) {
        return list("itemId = ?1 order by id", itemId);
    }
}
