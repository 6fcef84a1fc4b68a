package org.gongkai.items;

import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.Roles;
import org.gongkai.common.text.Text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The life cycle of a disclosure item as one explicit table: from which state an action is allowed, which
 * state it leads to and which roles may take it. Everything else is an illegal move (409).
 *
 * <pre>
 * DRAFT --submit (EDITOR)--> PENDING_REVIEW --approve (REVIEWER)--> PUBLISHED --withdraw (EDITOR|REVIEWER)--> WITHDRAWN
 *   ^                              |
 *   +------reject (REVIEWER)-------+
 * </pre>
 */
public final class ItemTransitions {

    /** One allowed move: {@code action} in state {@code from} leads to {@code to}, taken by any of {@code roles}. */
    public record Rule(ItemStatus from, ItemAction action, ItemStatus to, Set<String> roles) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(ItemStatus.DRAFT, ItemAction.EDIT, ItemStatus.DRAFT, Set.of(Roles.EDITOR)),
            new Rule(ItemStatus.DRAFT, ItemAction.ATTACH, ItemStatus.DRAFT, Set.of(Roles.EDITOR)),
            new Rule(ItemStatus.DRAFT, ItemAction.DELETE, ItemStatus.DRAFT, Set.of(Roles.EDITOR)),
            new Rule(ItemStatus.DRAFT, ItemAction.SUBMIT, ItemStatus.PENDING_REVIEW, Set.of(Roles.EDITOR)),
            new Rule(ItemStatus.PENDING_REVIEW, ItemAction.APPROVE, ItemStatus.PUBLISHED, Set.of(Roles.REVIEWER)),
            new Rule(ItemStatus.PENDING_REVIEW, ItemAction.REJECT, ItemStatus.DRAFT, Set.of(Roles.REVIEWER)),
            new Rule(ItemStatus.PUBLISHED, ItemAction.WITHDRAW, ItemStatus.WITHDRAWN, Set.of(Roles.EDITOR, Roles.REVIEWER)),
            new Rule(ItemStatus.PUBLISHED, ItemAction.CHANGE_VALIDITY, ItemStatus.PUBLISHED,
                    Set.of(Roles.EDITOR, Roles.REVIEWER)));

    private ItemTransitions() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The state {@code action} leads to from {@code from}, or empty when the move is not allowed. */
    public static Optional<ItemStatus> next(ItemStatus from, ItemAction action) {
        return rule(from, action).map(Rule::to);
    }

    public static Optional<Rule> rule(ItemStatus from, ItemAction action) {
        return RULES.stream().filter(r -> r.from() == from && r.action() == action).findFirst();
    }

    /**
     * Checks the move and the caller's roles; answers the next state. An action not allowed in this state is
     * 409 ILLEGAL_TRANSITION; a caller without any of the rule's roles is 403.
     */
    public static ItemStatus require(ItemStatus from, ItemAction action, Predicate<String> hasRole) {
        Rule r = rule(from, action).orElseThrow(() -> illegal(from, action));
        if (r.roles().stream().noneMatch(hasRole)) {
            throw ApiException.forbidden("FORBIDDEN", "您的账号没有执行“" + action.label().zh() + "”的权限（需要角色："
                    + String.join("、", r.roles()) + "）。", "Your account may not " + action.label().en()
                    + " (needs role " + String.join(" or ", r.roles()) + ").");
        }
        return r.to();
    }

    /** The actions a caller with these roles may take on an item in state {@code from} (the console's buttons). */
    public static List<ItemAction> allowed(ItemStatus from, Predicate<String> hasRole) {
        List<ItemAction> actions = new ArrayList<>();
        EnumSet.allOf(ItemAction.class).forEach(a -> rule(from, a)
                .filter(r -> r.roles().stream().anyMatch(hasRole))
                .ifPresent(r -> actions.add(a)));
        return actions;
    }

    static ApiException illegal(ItemStatus from, ItemAction action) {
        return ApiException.conflict("ILLEGAL_TRANSITION", Text.of(
                "信息当前状态为“" + from.label().zh() + "”，不能" + action.label().zh() + "。",
                "The item is " + from.label().en().toLowerCase() + "; it cannot " + action.label().en() + "."));
    }
}
