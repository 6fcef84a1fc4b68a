package org.gongkai.items.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.items.ItemsConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The Lucene index of published items under {@code gongkai.items.search-dir}. It follows the database: changes
 * are applied right after their transaction commits and are searchable when the request returns; at start-up an
 * index that is missing or empty while published items exist is rebuilt from the database. One writer, one
 * lock for every change, so a rebuild and a concurrent publication cannot interleave.
 */
@ApplicationScoped
public class ItemSearchIndex {

    private static final Logger LOG = Logger.getLogger(ItemSearchIndex.class);
    private static final int REBUILD_BATCH = 2000;
    private static final int PARALLEL_FROM = 5000;

    @Inject
    ItemsConfig config;

    @Inject
    IndexSource source;

    private final ReentrantLock writeLock = new ReentrantLock();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean rebuilding;
    private volatile RebuildResult lastRebuild;

    public record RebuildResult(int documents, long millis, Instant finishedAt) {
    }

    /** After Flyway and after the demo data (priority 30), so that a fresh demo database is indexed once. */
    void onStart(@Observes @Priority(40) StartupEvent ignored) {
        open();
        if (documentCount() == 0 && source.anyPublished()) {
            LOG.info("The search index is missing or empty while published items exist; rebuilding it");
            rebuild();
        }
    }

    void onStop(@Observes ShutdownEvent ignored) {
        close();
    }

    /** Applies a committed change (see {@link ItemIndexChange}); a failure is logged, the rebuild repairs it. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemIndexChange change) {
        try {
            apply(change);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Search index update failed (%d upserts, %d deletes); POST /api/v1/items/search-index/rebuild "
                    + "repairs the index", change.upserts().size(), change.deletes().size());
        }
    }

    public void apply(ItemIndexChange change) {
        ensureOpen();
        writeLock.lock();
        long start = System.nanoTime();
        try {
            for (Long id : change.deletes()) {
                writer.deleteDocuments(new Term(ItemFields.ID, String.valueOf(id)));
            }
            if (change.fresh()) {
                // One document at a time (addDocuments() would make the whole load one atomic block), on every core:
                // Chinese segmentation is most of the cost, and the writer takes documents from several threads.
                Stream<IndexedItem> items = change.upserts().size() >= PARALLEL_FROM
                        ? change.upserts().parallelStream() : change.upserts().stream();
                items.forEach(item -> {
                    try {
                        writer.addDocument(document(item));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } else {
                for (IndexedItem item : change.upserts()) {
                    writer.updateDocument(new Term(ItemFields.ID, String.valueOf(item.id())), document(item));
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            if (change.upserts().size() >= 1000) {
                LOG.infof("Indexed %d items in %d ms", change.upserts().size(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Replaces the whole index with the published items of the database; searches see the old index meanwhile. */
    public RebuildResult rebuild() {
        ensureOpen();
        writeLock.lock();
        rebuilding = true;
        long start = System.nanoTime();
        try {
            writer.deleteAll();
            int count = 0;
            long after = 0;
            List<IndexedItem> batch;
            do {
                batch = source.publishedAfter(after, REBUILD_BATCH);
                for (IndexedItem item : batch) {
                    writer.addDocument(document(item));
                    after = item.id();
                }
                count += batch.size();
            } while (batch.size() == REBUILD_BATCH);
            writer.commit();
            searchers.maybeRefreshBlocking();
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.infof("Search index rebuilt: %d published items in %d ms", count, millis);
            lastRebuild = new RebuildResult(count, millis, Instant.now());
            return lastRebuild;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException ignored) {
                // the writer is closed by rollback; reopened below
            }
            reopenAfterRollback();
            throw e;
        } finally {
            rebuilding = false;
            writeLock.unlock();
        }
    }

    /** The last completed rebuild since start-up, or null. */
    public RebuildResult lastRebuild() {
        return lastRebuild;
    }

    public boolean isRebuilding() {
        return rebuilding;
    }

    public int documentCount() {
        ensureOpen();
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    public IndexSearcher acquire() {
        ensureOpen();
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document document(IndexedItem item) {
        Document d = new Document();
        d.add(new StringField(ItemFields.ID, String.valueOf(item.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ItemFields.ID_SORT, item.id()));
        addText(d, ItemFields.TITLE, item.title(), true);
        d.add(new TextField(ItemFields.TITLE + ItemAnalyzers.BIGRAM_SUFFIX, item.title(), Field.Store.NO));
        addText(d, ItemFields.DOCUMENT_NUMBER, item.documentNumber(), true);
        addText(d, ItemFields.KEYWORDS, item.keywords(), false);
        addText(d, ItemFields.SUMMARY, item.summary(), true);
        addText(d, ItemFields.BODY, item.bodyText(), true);
        for (String value : new String[]{item.title(), item.documentNumber(), item.keywords(), item.summary(), item.bodyText()}) {
            if (value != null && !value.isBlank()) {
                d.add(new TextField(ItemFields.ALL + ItemAnalyzers.BIGRAM_SUFFIX, value, Field.Store.NO));
            }
        }
        d.add(new StringField(ItemFields.CATEGORY, item.categoryCode(), Field.Store.NO));
        d.add(new LongPoint(ItemFields.AGENCY, item.agencyId()));
        if (item.topic() != null) {
            d.add(new StringField(ItemFields.TOPIC, item.topic(), Field.Store.NO));
        }
        if (item.validity() != null) {
            d.add(new StringField(ItemFields.VALIDITY, item.validity(), Field.Store.NO));
        }
        if (item.publicationDate() != null) {
            d.add(new LongPoint(ItemFields.PUBLICATION_DAY, item.publicationDate().toEpochDay()));
        }
        return d;
    }

    private static void addText(Document d, String field, String value, boolean stored) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private synchronized void ensureOpen() {
        if (writer == null) {
            open();
        }
    }

    private synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Path path = Path.of(config.searchDir());
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(ItemAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + config.searchDir(), e);
        }
    }

    private synchronized void reopenAfterRollback() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException ignored) {
            // replaced below
        }
        writer = null;
        open();
    }

    private synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the search index failed", e);
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }
}
