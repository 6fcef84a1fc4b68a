package org.gongkai.applications;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepository<DisclosureApplication> {

    public Optional<DisclosureApplication> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
