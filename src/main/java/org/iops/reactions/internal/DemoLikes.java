package org.iops.reactions.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.demo.AfterLoad;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.units.UnitId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo likes on whatever public items the content modules loaded, once the load has committed (as the demo
 * comments): up to {@code iops.demo.likes-per-item} distinct members on each of the newest
 * {@code iops.demo.commented-items} items.
 */
@Component
@Order(1910)
@ConditionalOnProperty("iops.demo.members")
class DemoLikes implements DemoContribution {

    private final Contents contents;
    private final DataSource dataSource;
    private final int items;
    private int commented;
    private final int perItem;
    private long seed;
    private List<UUID> units = List.of();
    private List<UUID> likers = List.of();

    DemoLikes(Contents contents, DataSource dataSource, @Value("${iops.demo.commented-items:-1}") int items,
            @Value("${iops.demo.likes-per-item:8}") int perItem) {
        this.contents = contents;
        this.dataSource = dataSource;
        this.items = items;
        this.perItem = perItem;
    }

    @Override
    public void write(DemoLoad load) {
        seed = load.random().nextLong();
        units = AfterLoad.livingUnits(load);
        commented = AfterLoad.commentedItems(items, load);
        likers = AfterLoad.confirmedMembers(load);
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE reaction, reaction_notice");
        }
    }

    @Override
    public void loaded() {
        if (likers.isEmpty() || commented <= 0) {
            return;
        }
        List<ContentItem> found = contents.recentIn(units.stream().map(UnitId::new).toList(), null,
                DemoLoad.LOADED_AT.plus(Duration.ofDays(3650)), commented);
        Random random = new Random(seed);
        AfterLoad.copy(dataSource, "reaction", "item_ref, member_id, created_at", rows -> {
            for (ContentItem item : found) {
                Set<UUID> liked = new HashSet<>();
                int count = Math.min(likers.size(), random.nextInt(perItem + 1));
                while (liked.size() < count) {
                    UUID member = likers.get(random.nextInt(likers.size()));
                    if (liked.add(member)) {
                        rows.row(item.ref().toString(), member, item.created().plusSeconds(random.nextInt(604_800)));
                    }
                }
            }
        });
    }
}
