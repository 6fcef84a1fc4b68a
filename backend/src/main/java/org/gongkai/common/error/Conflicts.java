package org.gongkai.common.error;

import org.gongkai.common.text.Text;

import java.util.Objects;

/** Conflicts shared by every feature: stale writes and illegal state transitions (both 409). */
public final class Conflicts {

    private Conflicts() {
    }

    public static ApiException staleWrite() {
        return ApiException.conflict("STALE_WRITE", "该记录已被他人修改，请刷新后重试。",
                "Someone else changed this record; reload it and try again.");
    }

    /**
     * Optimistic locking across requests: the client sends back the version it read, and a write based on an
     * older version is refused instead of silently overwriting someone else's change.
     */
    public static void requireVersion(Long current, Long sentByClient) {
        if (sentByClient == null) {
            throw ApiException.invalidField("version", "缺少版本号（请使用读取时得到的 version）。",
                    "version is required (send the version you read).");
        }
        if (!Objects.equals(current, sentByClient)) {
            throw staleWrite();
        }
    }

    public static ApiException illegalTransition(String from, String action) {
        return ApiException.conflict("ILLEGAL_TRANSITION", Text.of(
                "当前状态（" + from + "）下不能执行“" + action + "”。",
                "Action '" + action + "' is not allowed in state " + from + "."));
    }
}
