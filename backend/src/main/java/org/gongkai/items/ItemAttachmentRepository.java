package org.gongkai.items;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ItemAttachmentRepository implements PanacheRepository<ItemAttachment> {

    public List<ItemAttachment> forItem(Long itemId) {
        return list("itemId = ?1 order by id", itemId);
    }

    public long countBySha(String sha256) {
        return count("sha256", sha256);
    }
}
