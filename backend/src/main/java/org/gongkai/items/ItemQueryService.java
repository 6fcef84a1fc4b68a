package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.Roles;
import org.gongkai.items.dto.ItemSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue lists. The public view (no status asked for) is the published items, newest publication first;
 * a staff status view is the items of the caller's agency scope in the given states, most recently changed
 * first. Both are keyset-paged on their sort key plus id, so a deep page costs what the first one costs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemQueryService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AgencyScope scope;

    public Page<ItemSummary> list(ItemFilter f, Set<ItemStatus> statuses, boolean mine, PageRequest page) {
        if (statuses == null || statuses.isEmpty()) {
            if (mine) {
                throw ApiException.invalidField("mine", "“只看我创建的”只能用于按状态查看的工作列表（请同时指定 status）。",
                        "mine applies to staff work lists only: give status as well.");
            }
            return published(f, page);
        }
        return staffView(f, statuses, mine, page);
    }

    private Page<ItemSummary> published(ItemFilter f, PageRequest page) {
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> where = filters(f, p, "i.publicationDate");
        where.add("i.status = :status");
        p.put("status", ItemStatus.PUBLISHED);
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            LocalDate date = c.date(0);
            if (date == null) {
                throw ApiException.invalidField("cursor", "分页游标无效，请从第一页重新开始。",
                        "Invalid paging cursor; start again from the first page.");
            }
            where.add("i.publicationDate <= :cd and (i.publicationDate < :cd or i.id < :cid)");
            p.put("cd", date);
            p.put("cid", c.longValue(1));
        }
        List<DisclosureItem> rows = query(where, "i.publicationDate desc, i.id desc", p, page.size);
        return Page.of(rows, page.size, i -> Cursor.encode(i.publicationDate, i.id), ItemViews::summary);
    }

    private Page<ItemSummary> staffView(ItemFilter f, Set<ItemStatus> statuses, boolean mine, PageRequest page) {
        if (user.isAnonymous()) {
            throw ApiException.unauthorized("查看未发布的信息需要先登录。", "Sign in to see unpublished items.");
        }
        if (!(user.hasRole(Roles.EDITOR) || user.hasRole(Roles.REVIEWER) || user.hasRole(Roles.ADMIN))) {
            throw ApiException.forbidden("FORBIDDEN", "只有编辑、审核人员和管理员可以查看未发布的信息。",
                    "Only editors, reviewers and administrators see unpublished items.");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        List<String> where = filters(f, p, "coalesce(i.publicationDate, i.writtenDate)");
        where.add("i.status in :statuses");
        p.put("statuses", statuses);
        scope.restriction().ifPresent(agencyId -> {
            where.add("i.agency.id = :scope");
            p.put("scope", agencyId);
        });
        if (mine) {
            where.add("i.createdBy = :me");
            p.put("me", user.username());
        }
        Cursor c = page.decodedCursor();
        if (c != null) {
            c.expect(2);
            Instant at = c.instant(0);
            if (at == null) {
                throw ApiException.invalidField("cursor", "分页游标无效，请从第一页重新开始。",
                        "Invalid paging cursor; start again from the first page.");
            }
            where.add("i.updatedAt <= :ca and (i.updatedAt < :ca or i.id < :cid)");
            p.put("ca", at);
            p.put("cid", c.longValue(1));
        }
        List<DisclosureItem> rows = query(where, "i.updatedAt desc, i.id desc", p, page.size);
        return Page.of(rows, page.size, i -> Cursor.encode(i.updatedAt, i.id), ItemViews::summary);
    }

    private static List<String> filters(ItemFilter f, Map<String, Object> p, String yearDate) {
        List<String> where = new ArrayList<>();
        if (f.categoryId() != null) {
            where.add("i.category.id = :category");
            p.put("category", f.categoryId());
        }
        if (!f.agencyIds().isEmpty()) {
            where.add("i.agency.id in :agencies");
            p.put("agencies", f.agencyIds());
        }
        if (f.year() != null) {
            where.add(yearDate + " >= :yearFrom and " + yearDate + " <= :yearTo");
            p.put("yearFrom", LocalDate.of(f.year(), 1, 1));
            p.put("yearTo", LocalDate.of(f.year(), 12, 31));
        }
        if (f.topic() != null) {
            where.add("i.topic = :topic");
            p.put("topic", f.topic());
        }
        if (f.validity() != null) {
            where.add("i.validity = :validity");
            p.put("validity", f.validity());
        }
        return where;
    }

    /** Left joins keep the item table first in H2's plan, so the sort index is read in order and the scan stops early. */
    private List<DisclosureItem> query(List<String> where, String order, Map<String, Object> p, int size) {
        String jpql = "select i from DisclosureItem i left join fetch i.agency left join fetch i.category where "
                + String.join(" and ", where) + " order by " + order;
        TypedQuery<DisclosureItem> q = em.createQuery(jpql, DisclosureItem.class);
        p.forEach(q::setParameter);
        return q.setMaxResults(size + 1).getResultList();
    }
}
