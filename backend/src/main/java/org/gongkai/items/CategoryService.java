package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.items.dto.CategoryRequest;
import org.gongkai.items.dto.CategoryView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Categories of the catalogue: listed for everyone with their published counts, maintained by administrators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CategoryService {

    @Inject
    CategoryRepository repository;

    @Inject
    AuditService audit;

    public List<CategoryView> list(boolean includeInactive) {
        Map<Long, Long> counts = new HashMap<>();
        repository.getEntityManager().createQuery("select i.category.id, count(i) from DisclosureItem i "
                        + "where i.status = :s group by i.category.id", Object[].class)
                .setParameter("s", ItemStatus.PUBLISHED).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        Set<Long> used = usedIds();
        return repository.listAll().stream()
                .filter(c -> includeInactive || c.active)
                .sorted(Comparator.comparingInt((Category c) -> c.sortOrder).thenComparing(c -> c.code))
                .map(c -> view(c, counts.getOrDefault(c.id, 0L), used.contains(c.id)))
                .toList();
    }

    public CategoryView get(long id) {
        Category c = find(id);
        return view(c, publishedCount(c.id), usedIds().contains(c.id));
    }

    @Transactional
    public CategoryView create(CategoryRequest r) {
        requireUniqueCode(r.code(), null);
        Category c = new Category();
        c.code = r.code();
        c.scheme = r.scheme() == null ? Category.Scheme.CUSTOM : r.scheme();
        c.sortOrder = r.sortOrder() == null ? nextSortOrder() : r.sortOrder();
        apply(c, r);
        repository.persist(c);
        repository.flush();
        audit.record("Category", c.id, "CREATE", null, ChangeSet.created(fields(c)));
        return view(c, 0, false);
    }

    @Transactional
    public CategoryView update(long id, CategoryRequest r) {
        Category c = find(id);
        Conflicts.requireVersion(c.version, r.version());
        boolean used = usedIds().contains(c.id);
        if (!c.code.equals(r.code())) {
            if (used) {
                throw ApiException.conflict("CATEGORY_CODE_IN_USE", "类别“" + c.nameZh + "”已有信息使用，代码" + c.code
                                + "不能再修改（年度报告依赖该代码）；可以修改名称或停用。",
                        "Items use the category '" + c.nameEn + "', so its code " + c.code
                                + " can no longer change (the annual report relies on it); rename or deactivate it instead.");
            }
            requireUniqueCode(r.code(), c.id);
        }
        Map<String, Object> before = fields(c);
        c.code = r.code();
        if (r.scheme() != null) {
            c.scheme = r.scheme();
        }
        if (r.sortOrder() != null) {
            c.sortOrder = r.sortOrder();
        }
        apply(c, r);
        Map<String, Object> after = fields(c);
        ChangeSet changes = ChangeSet.empty();
        before.forEach((k, v) -> changes.field(k, v, after.get(k)));
        repository.flush();
        audit.record("Category", c.id, "UPDATE", null, changes);
        return view(c, publishedCount(c.id), used);
    }

    private static void apply(Category c, CategoryRequest r) {
        c.nameZh = r.nameZh().trim();
        c.nameEn = r.nameEn().trim();
        c.active = r.active() == null || r.active();
    }

    Category find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("CATEGORY_NOT_FOUND",
                "类别不存在。", "No such category."));
    }

    private void requireUniqueCode(String code, Long self) {
        repository.findByCode(code).filter(o -> !o.id.equals(self)).ifPresent(o -> {
            throw ApiException.invalidField("code", "代码已被类别“" + o.nameZh + "”使用。",
                    "The code is already used by the category '" + o.nameEn + "'.");
        });
    }

    private int nextSortOrder() {
        Integer max = repository.getEntityManager().createQuery("select max(c.sortOrder) from Category c", Integer.class)
                .getSingleResult();
        return (max == null ? 0 : max) + 10;
    }

    private long publishedCount(long categoryId) {
        return repository.getEntityManager().createQuery("select count(i) from DisclosureItem i "
                        + "where i.category.id = :c and i.status = :s", Long.class)
                .setParameter("c", categoryId).setParameter("s", ItemStatus.PUBLISHED).getSingleResult();
    }

    private Set<Long> usedIds() {
        return new HashSet<>(repository.getEntityManager().createQuery("select c.id from Category c where exists "
                + "(select 1 from DisclosureItem i where i.category = c)", Long.class).getResultList());
    }

    private static CategoryView view(Category c, long published, boolean used) {
        return new CategoryView(c.id, c.code, c.nameZh, c.nameEn, c.scheme, c.sortOrder, c.active, published, used,
                c.version);
    }

    private static Map<String, Object> fields(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code);
        m.put("nameZh", c.nameZh);
        m.put("nameEn", c.nameEn);
        m.put("scheme", c.scheme.name());
        m.put("sortOrder", c.sortOrder);
        m.put("active", c.active);
        return m;
    }
}
