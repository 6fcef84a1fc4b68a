package org.gongkai.items.search;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/** Administrators' rebuild of the search index: started in the background, one at a time, audited. */
@ApplicationScoped
public class SearchIndexMaintenance {

    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class);

    @Inject
    ItemSearchIndex index;

    /** One background thread that carries no context of the request (above all not its transaction). */
    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    @Inject
    AuditService audit;

    private final AtomicBoolean running = new AtomicBoolean();

    void onStop(@Observes ShutdownEvent ignored) {
        executor.shutdownNow();
    }

    public SearchIndexStatus status() {
        return status(running.get() || index.isRebuilding());
    }

    @Transactional
    public SearchIndexStatus startRebuild() {
        if (!running.compareAndSet(false, true)) {
            throw ApiException.conflict("REBUILD_RUNNING", "检索索引正在重建，请稍后查看进度。",
                    "The search index is already being rebuilt; check its progress later.");
        }
        try {
            audit.record("SearchIndex", "items", "REBUILD", null,
                    ChangeSet.empty().note("documentsBefore", index.documentCount()));
            executor.runAsync(() -> {
                try {
                    index.rebuild();
                } catch (RuntimeException e) {
                    LOG.error("Search index rebuild failed", e);
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return status(true);
    }

    private SearchIndexStatus status(boolean rebuilding) {
        ItemSearchIndex.RebuildResult r = index.lastRebuild();
        return new SearchIndexStatus(index.documentCount(), rebuilding, r == null ? null : r.finishedAt(),
                r == null ? null : r.documents(), r == null ? null : r.millis());
    }
}
