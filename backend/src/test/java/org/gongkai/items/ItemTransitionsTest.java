package org.gongkai.items;

import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life-cycle table, without a container. */
class ItemTransitionsTest {

    @Test
    void theTableIsTheIssue() {
        assertThat(ItemTransitions.next(ItemStatus.DRAFT, ItemAction.SUBMIT)).contains(ItemStatus.PENDING_REVIEW);
        assertThat(ItemTransitions.next(ItemStatus.PENDING_REVIEW, ItemAction.APPROVE)).contains(ItemStatus.PUBLISHED);
        assertThat(ItemTransitions.next(ItemStatus.PENDING_REVIEW, ItemAction.REJECT)).contains(ItemStatus.DRAFT);
        assertThat(ItemTransitions.next(ItemStatus.PUBLISHED, ItemAction.WITHDRAW)).contains(ItemStatus.WITHDRAWN);
        assertThat(ItemTransitions.next(ItemStatus.DRAFT, ItemAction.EDIT)).contains(ItemStatus.DRAFT);
        assertThat(ItemTransitions.next(ItemStatus.PUBLISHED, ItemAction.CHANGE_VALIDITY)).contains(ItemStatus.PUBLISHED);
    }

    @Test
    void everythingElseIsIllegal() {
        Set<String> allowed = Set.of("DRAFT/EDIT", "DRAFT/ATTACH", "DRAFT/DELETE", "DRAFT/SUBMIT",
                "PENDING_REVIEW/APPROVE", "PENDING_REVIEW/REJECT", "PUBLISHED/WITHDRAW", "PUBLISHED/CHANGE_VALIDITY");
        for (ItemStatus s : ItemStatus.values()) {
            for (ItemAction a : ItemAction.values()) {
                assertThat(ItemTransitions.next(s, a).isPresent()).as(s + "/" + a).isEqualTo(allowed.contains(s + "/" + a));
            }
        }
        assertThat(ItemTransitions.allowed(ItemStatus.WITHDRAWN, r -> true)).isEmpty();
    }

    @Test
    void rolesDecideWhoMoves() {
        assertThat(ItemTransitions.allowed(ItemStatus.DRAFT, Roles.EDITOR::equals))
                .containsExactly(ItemAction.EDIT, ItemAction.DELETE, ItemAction.ATTACH, ItemAction.SUBMIT);
        assertThat(ItemTransitions.allowed(ItemStatus.DRAFT, Roles.REVIEWER::equals)).isEmpty();
        assertThat(ItemTransitions.allowed(ItemStatus.PENDING_REVIEW, Roles.REVIEWER::equals))
                .containsExactly(ItemAction.APPROVE, ItemAction.REJECT);
        assertThat(ItemTransitions.allowed(ItemStatus.PUBLISHED, Roles.EDITOR::equals))
                .containsExactly(ItemAction.WITHDRAW, ItemAction.CHANGE_VALIDITY);
        assertThat(ItemTransitions.allowed(ItemStatus.PUBLISHED, Roles.ADMIN::equals)).isEmpty();
        assertThat(ItemTransitions.require(ItemStatus.PUBLISHED, ItemAction.WITHDRAW, Roles.REVIEWER::equals))
                .isEqualTo(ItemStatus.WITHDRAWN);
    }

    @Test
    void refusalsAre409ForTheStateAnd403ForTheRole() {
        assertThatThrownBy(() -> ItemTransitions.require(ItemStatus.PUBLISHED, ItemAction.EDIT, r -> true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.detail().zh()).contains("已发布").contains("修改");
                    assertThat(e.detail().en()).contains("published").contains("edit");
                });
        assertThatThrownBy(() -> ItemTransitions.require(ItemStatus.PENDING_REVIEW, ItemAction.APPROVE, Roles.EDITOR::equals))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(EnumSet.allOf(ItemStatus.class)).allSatisfy(s -> assertThat(s.label().zh()).isNotBlank());
    }
}
