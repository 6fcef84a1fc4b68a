package org.gongkai.reports;

import org.gongkai.common.text.Text;

import java.util.Map;
import java.util.Optional;

/**
 * The life cycle of an annual report: {@code DRAFT → LOCKED → PUBLISHED}. Locking freezes the figures and the
 * year's records; an administrator's unlock (with a reason) returns a locked or published report to DRAFT.
 */
public enum ReportStatus {
    DRAFT(Text.of("草稿", "Draft")),
    LOCKED(Text.of("已锁定", "Locked")),
    PUBLISHED(Text.of("已发布", "Published"));

    private final Text label;

    ReportStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** What can be done to a report. */
    public enum Action {
        EDIT(Text.of("编辑", "edit")),
        LOCK(Text.of("锁定", "lock")),
        UNLOCK(Text.of("解锁", "unlock")),
        PUBLISH(Text.of("发布", "publish"));

        private final Text label;

        Action(Text label) {
            this.label = label;
        }

        public Text label() {
            return label;
        }
    }

    private static final Map<ReportStatus, Map<Action, ReportStatus>> TRANSITIONS = Map.of(
            DRAFT, Map.of(Action.EDIT, DRAFT, Action.LOCK, LOCKED),
            LOCKED, Map.of(Action.UNLOCK, DRAFT, Action.PUBLISH, PUBLISHED),
            PUBLISHED, Map.of(Action.UNLOCK, DRAFT));

    /** The state after {@code action}, or empty when the action is not allowed in this state. */
    public Optional<ReportStatus> after(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    public boolean allows(Action action) {
        return after(action).isPresent();
    }
}
