package org.gongkai.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.accounts.AccountService;
import org.gongkai.accounts.StaffAccount;
import org.gongkai.accounts.StaffAccountRepository;
import org.gongkai.accounts.TokenService;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.security.Role;
import org.gongkai.common.validation.ChineseIds;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data shared by the API tests: agencies and accounts created on first use (idempotent, so every test
 * class can ask for what it needs in any order within the one Quarkus boot), and tokens for them.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    TokenService tokens;

    /** The district government every test agrees on. */
    @Transactional
    public Agency district() {
        return agencies.findByCatalogueCode("T-DISTRICT").orElseGet(() -> {
            Agency a = new Agency();
            a.name = "测试区人民政府";
            a.shortName = "测试区政府";
            a.catalogueCode = "T-DISTRICT";
            a.government = true;
            agencies.persist(a);
            return a;
        });
    }

    /** A department under the district government, created on first use. */
    @Transactional
    public Agency department(String code) {
        return agencies.findByCatalogueCode(code).orElseGet(() -> {
            Agency a = new Agency();
            a.name = "测试部门 " + code;
            a.catalogueCode = code;
            a.parent = agencies.findById(district().id);
            String prefix = "11510402" + String.format("TS%07d", SEQ.incrementAndGet());
            a.creditCode = prefix + ChineseIds.creditCodeCheck(prefix);
            agencies.persist(a);
            return a;
        });
    }

    /** A district-wide account with the given role, named after it ("admin", "editor", …). */
    public String token(Role role) {
        return tokenFor(role.name().toLowerCase() + "-t", role, null);
    }

    /** An account limited to one agency. */
    public String tokenInAgency(Role role, String agencyCode) {
        return tokenFor(role.name().toLowerCase() + "-" + agencyCode.toLowerCase(), role, agencyCode);
    }

    @Transactional
    public String tokenFor(String username, Role role, String agencyCode) {
        StaffAccount a = accounts.findByUsername(username).orElseGet(() -> {
            Agency agency = agencyCode == null ? district() : department(agencyCode);
            return accountService.createSystemAccount(username, username, PASSWORD, Set.of(role),
                    agencies.findById(agency.id), agencyCode == null, false);
        });
        return tokens.issue(a);
    }

    /** An agency with its own name and kind (a government or a department), under the district. */
    @Transactional
    public Agency agency(String code, String name, String shortName, boolean government) {
        return agencies.findByCatalogueCode(code).orElseGet(() -> {
            Agency a = new Agency();
            a.name = name;
            a.shortName = shortName;
            a.catalogueCode = code;
            a.government = government;
            a.parent = agencies.findById(district().id);
            agencies.persist(a);
            return a;
        });
    }

    /** A department under another test department (created on first use), for figures that include sub-agencies. */
    @Transactional
    public Agency departmentUnder(String code, String parentCode) {
        Agency parent = department(parentCode);
        Agency a = department(code);
        Agency managed = agencies.findById(a.id);
        managed.parent = agencies.findById(parent.id);
        return managed;
    }
}
