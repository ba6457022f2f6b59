package org.iops.search.index;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the items that are missing from the index: those written before search existed, or loaded in bulk (the
 * demo). Each module lists its ids in pages ({@link ContentSource#ids}); a page's missing ids are found in one query,
 * read in bulk ({@link ContentSource#documents}, their parents by {@code Contents.findAll}) in a read-only
 * transaction and written in one multi-row insert in a transaction of its own. Runs as a db-scheduler one-time task (on one node, resumed after a crash, since
 * what is indexed is no longer missing), scheduled when the application starts and after the demo is loaded.
 */
@Component
public class SearchRebuild {

    /** How many ids are asked for, checked and indexed at once. */
    static final int BATCH = 500;

    static final String TASK = "search-index-missing";

    private static final Logger LOG = LoggerFactory.getLogger(SearchRebuild.class);

    private final List<ContentSource> sources;
    private final SearchIndexer indexer;
    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    SearchRebuild(List<ContentSource> sources, SearchIndexer indexer, JdbcClient db, TransactionTemplate transactions,
            ObjectProvider<SchedulerClient> scheduler, Clock clock) {
        this.sources = sources;
        this.indexer = indexer;
        this.db = db;
        this.transactions = transactions;
        this.reading = new TransactionTemplate(java.util.Objects.requireNonNull(transactions.getTransactionManager()));
        this.reading.setReadOnly(true);
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Asks for the missing items to be indexed soon, on whichever node takes the task. */
    @EventListener(ApplicationReadyEvent.class)
    public void schedule() {
        scheduler.ifAvailable(client -> client.scheduleIfNotExists(new TaskInstance<Void>(TASK, "all"), clock.instant()));
    }

    /** Indexes every item missing from the index, a batch per transaction. @return how many were indexed */
    public long indexMissing() {
        long indexed = 0;
        long started = System.nanoTime();
        for (ContentSource source : new LinkedHashSet<>(sources)) {
            for (String type : source.types()) {
                indexed += indexMissing(source, type);
            }
        }
        if (indexed > 0) {
            double seconds = Math.max(1, System.nanoTime() - started) / 1e9;
            LOG.info("Search index: {} items were missing and are indexed now, in {} s ({} items a second)", indexed,
                    String.format(java.util.Locale.ROOT, "%.1f", seconds), Math.round(indexed / seconds));
        }
        return indexed;
    }

    private long indexMissing(ContentSource source, String type) {
        long indexed = 0;
        @Nullable UUID after = null;
        while (true) {
            List<UUID> ids = source.ids(type, after, BATCH);
            if (ids.isEmpty()) {
                return indexed;
            }
            after = ids.get(ids.size() - 1);
            List<UUID> missing = db.sql("SELECT x FROM unnest(?::uuid[]) AS x WHERE NOT EXISTS "
                            + "(SELECT 1 FROM search_item s WHERE s.type = ? AND s.id = x)")
                    .params(ids.toArray(UUID[]::new), type).query(UUID.class).list();
            if (!missing.isEmpty()) {
                // read in a read-only transaction, so that the unit chains come from the cached tree, and written in
                // one of its own: a few statements for the page, whatever the number of parents and units it spans
                SearchIndexer.Batch batch = reading.execute(status -> indexer.prepare(source.documents(type, missing)));
                Integer done = batch == null ? null : transactions.execute(status -> indexer.write(batch));
                indexed += done == null ? 0 : done;
            }
        }
    }
}
