package org.gongkai.agencies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.dto.AgencyNode;
import org.gongkai.agencies.dto.AgencyRequest;
import org.gongkai.agencies.dto.AgencyView;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyService {

    @Inject
    AgencyRepository repository;

    @Inject
    AuditService audit;

    public Page<AgencyView> list(PageRequest page) {
        Cursor c = page.decodedCursor();
        List<Agency> rows = c == null
                ? repository.find("order by id").range(0, page.size).list()
                : repository.find("id > ?1 order by id", c.expect(1).longValue(0)).range(0, page.size).list();
        return Page.of(rows, page.size, a -> Cursor.encode(a.id), AgencyService::view);
    }

    public List<AgencyNode> tree() {
        List<Agency> all = repository.list("order by name");
        Map<Long, List<Agency>> children = new HashMap<>();
        List<Agency> roots = new ArrayList<>();
        for (Agency a : all) {
            if (a.parent == null) {
                roots.add(a);
            } else {
                children.computeIfAbsent(a.parent.id, k -> new ArrayList<>()).add(a);
            }
        }
        roots.sort(Comparator.comparing((Agency a) -> !a.government).thenComparing(a -> a.name));
        return roots.stream().map(r -> node(r, children)).toList();
    }

    public AgencyView get(long id) {
        return view(find(id));
    }

    public Agency find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("AGENCY_NOT_FOUND",
                "机关不存在。", "No such agency."));
    }

    @Transactional
    public AgencyView create(AgencyRequest r) {
        requireUnique(r, null);
        Agency a = new Agency();
        apply(a, r);
        repository.persist(a);
        repository.flush();
        audit.record("Agency", a.id, "CREATE", a.id, ChangeSet.created(fields(a)));
        return view(a);
    }

    @Transactional
    public AgencyView update(long id, AgencyRequest r) {
        Agency a = find(id);
        Conflicts.requireVersion(a.version, r.version());
        requireUnique(r, id);
        Map<String, Object> before = fields(a);
        apply(a, r);
        requireNoCycle(a);
        Map<String, Object> after = fields(a);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        repository.flush();
        audit.record("Agency", a.id, "UPDATE", a.id, changes);
        return view(a);
    }

    private void apply(Agency a, AgencyRequest r) {
        a.name = r.name().trim();
        a.shortName = blankToNull(r.shortName());
        a.creditCode = blankToNull(r.creditCode());
        a.catalogueCode = r.catalogueCode().trim();
        a.government = r.government();
        a.active = r.active() == null || r.active();
        a.parent = r.parentId() == null ? null : repository.findByIdOptional(r.parentId()).orElseThrow(() ->
                ApiException.invalidField("parentId", "上级机关不存在。", "Parent agency does not exist."));
    }

    private void requireUnique(AgencyRequest r, Long self) {
        repository.findByCatalogueCode(r.catalogueCode().trim()).filter(o -> !o.id.equals(self)).ifPresent(o -> {
            throw ApiException.invalidField("catalogueCode", "目录编码已被“" + o.name + "”使用。",
                    "Catalogue code already used by " + o.name + ".");
        });
        if (r.creditCode() != null && !r.creditCode().isBlank()) {
            repository.findByCreditCode(r.creditCode()).filter(o -> !o.id.equals(self)).ifPresent(o -> {
                throw ApiException.invalidField("creditCode", "统一社会信用代码已被“" + o.name + "”使用。",
                        "Credit code already used by " + o.name + ".");
            });
        }
    }

    private static void requireNoCycle(Agency a) {
        Agency p = a.parent;
        int depth = 0;
        while (p != null && depth++ < 50) {
            if (Objects.equals(p.id, a.id)) {
                throw ApiException.invalidField("parentId", "上级机关不能是自身或其下级机关。",
                        "An agency cannot be placed under itself or one of its sub-agencies.");
            }
            p = p.parent;
        }
    }

    private static AgencyNode node(Agency a, Map<Long, List<Agency>> children) {
        return new AgencyNode(view(a), children.getOrDefault(a.id, List.of()).stream()
                .map(c -> node(c, children)).toList());
    }

    public static AgencyView view(Agency a) {
        return new AgencyView(a.id, a.name, a.shortName, a.creditCode, a.catalogueCode,
                a.parent == null ? null : a.parent.id, a.government, a.active, a.version);
    }

    private static Map<String, Object> fields(Agency a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name);
        m.put("shortName", a.shortName);
        m.put("creditCode", a.creditCode);
        m.put("catalogueCode", a.catalogueCode);
        m.put("parentId", a.parent == null ? null : a.parent.id);
        m.put("government", a.government);
        m.put("active", a.active);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
