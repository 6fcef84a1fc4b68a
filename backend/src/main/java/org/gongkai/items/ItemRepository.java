package org.gongkai.items;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class ItemRepository implements PanacheRepository<DisclosureItem> {

    public Optional<DisclosureItem> findByDocumentNumber(Long agencyId, String documentNumber) {
        return find("agency.id = ?1 and documentNumber = ?2", agencyId, documentNumber).firstResultOptional();
    }
}
