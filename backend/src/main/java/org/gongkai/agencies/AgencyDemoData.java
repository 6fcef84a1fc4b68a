package org.gongkai.agencies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.accounts.AccountService;
import org.gongkai.accounts.StaffAccountRepository;
import org.gongkai.common.config.GongkaiConfig;
import org.gongkai.common.demo.DemoSeeder;
import org.gongkai.common.security.Role;
import org.gongkai.common.validation.ChineseIds;

import java.util.List;
import java.util.Set;

/**
 * The 东区 district government of 攀枝花市 and a few of its departments, and the five demo accounts
 * (district-wide, one per role).
 */
@ApplicationScoped
public class AgencyDemoData implements DemoSeeder {

    /** Catalogue code of the district government; other features' demo data look it up. */
    public static final String DISTRICT_CODE = "DQ";

    private static final List<String[]> DEPARTMENTS = List.of(
            new String[]{"攀枝花市东区人民政府办公室", "区政府办", "DQ-BGS"},
            new String[]{"攀枝花市东区发展和改革局", "区发改局", "DQ-FGJ"},
            new String[]{"攀枝花市东区财政局", "区财政局", "DQ-CZJ"},
            new String[]{"攀枝花市东区教育和体育局", "区教体局", "DQ-JTJ"},
            new String[]{"攀枝花市东区民政局", "区民政局", "DQ-MZJ"},
            new String[]{"攀枝花市东区卫生健康局", "区卫健局", "DQ-WJJ"},
            new String[]{"攀枝花市东区住房和城乡建设局", "区住建局", "DQ-ZJJ"},
            new String[]{"攀枝花市东区市场监督管理局", "区市场监管局", "DQ-SCJ"});

    @Inject
    AgencyRepository agencies;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    GongkaiConfig config;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "agencies and accounts";
    }

    @Override
    public void seed() {
        Agency district = agencies.findByCatalogueCode(DISTRICT_CODE).orElseGet(() -> {
            Agency d = agency("攀枝花市东区人民政府", "东区政府", DISTRICT_CODE, null, 0);
            d.government = true;
            agencies.persist(d);
            for (int i = 0; i < DEPARTMENTS.size(); i++) {
                String[] dep = DEPARTMENTS.get(i);
                agencies.persist(agency(dep[0], dep[1], dep[2], d, i + 1));
            }
            return d;
        });
        String password = config.demo().password();
        seedAccount("admin", "系统管理员", password, Set.of(Role.ADMIN), district);
        seedAccount("editor", "张编辑", password, Set.of(Role.EDITOR), district);
        seedAccount("reviewer", "李审核", password, Set.of(Role.REVIEWER), district);
        seedAccount("caseworker", "王办理", password, Set.of(Role.CASEWORKER), district);
        seedAccount("clerk", "赵登记", password, Set.of(Role.CLERK), district);
    }

    private void seedAccount(String username, String name, String password, Set<Role> roles, Agency agency) {
        if (accounts.findByUsername(username).isEmpty()) {
            accountService.createSystemAccount(username, name, password, roles, agency, true, true);
        }
    }

    private static Agency agency(String name, String shortName, String code, Agency parent, int seq) {
        Agency a = new Agency();
        a.name = name;
        a.shortName = shortName;
        a.catalogueCode = code;
        a.parent = parent;
        String prefix = "11510402" + String.format("MB%07d", 1_000_000 + seq * 37);
        a.creditCode = prefix + ChineseIds.creditCodeCheck(prefix);
        return a;
    }
}
