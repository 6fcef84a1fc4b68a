package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;

import java.util.List;

/** Checks the catalogue's query parameters and resolves codes to ids (400 naming the parameter otherwise). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemFilters {

    @Inject
    CategoryRepository categories;

    @Inject
    AgencyRepository agencies;

    public ItemFilter resolve(String category, Long agencyId, boolean includeSubagencies, Integer year, Topic topic,
                              Validity validity) {
        Category c = null;
        if (category != null && !category.isBlank()) {
            c = categories.findByCode(category.trim()).orElseThrow(() -> ApiException.invalidField("category",
                    "没有代码为“" + category + "”的类别。", "No category with code '" + category + "'."));
        }
        List<Long> agencyIds = List.of();
        if (agencyId != null) {
            if (agencies.findByIdOptional(agencyId).isEmpty()) {
                throw ApiException.invalidField("agencyId", "机关不存在。", "No such agency.");
            }
            agencyIds = includeSubagencies ? agencies.withDescendants(agencyId) : List.of(agencyId);
        }
        if (year != null && (year < 1949 || year > 2100)) {
            throw ApiException.invalidField("year", "年份应在1949至2100之间。", "Year must be between 1949 and 2100.");
        }
        return new ItemFilter(c == null ? null : c.id, c == null ? null : c.code, agencyIds, year, topic, validity);
    }
}
