package org.iops.search.index;

import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Search has no demo content of its own: the demo's posts, topics, replies and comments (in the four languages,
 * at any size) are written in bulk by their modules, so once the load has committed they are indexed by the
 * rebuild task, a batch per transaction. A replacing load empties the index first.
 */
@Component
@Order(9000)
@ConditionalOnProperty("iops.demo.members")
class DemoSearch implements DemoContribution {

    private final SearchRebuild rebuild;

    DemoSearch(SearchRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void write(DemoLoad load) {
        // nothing to write: the index is built from the other modules' rows after the commit
    }

    @Override
    public void wipe(DemoLoad load) throws java.sql.SQLException {
        try (var statement = load.connection().createStatement()) {
            statement.execute("TRUNCATE search_item");
        }
    }

    @Override
    public void loaded() {
        rebuild.schedule();
    }
}
