package org.gongkai.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongkai.common.security.Role;

import java.util.Optional;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepository<StaffAccount> {

    public Optional<StaffAccount> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public boolean anyAdmin() {
        return count("select count(a) from StaffAccount a join a.roles r where r = ?1 and a.enabled = true", Role.ADMIN) > 0;
    }

    public boolean anyDemo() {
        return count("demo", true) > 0;
    }
}
