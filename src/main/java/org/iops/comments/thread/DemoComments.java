package org.iops.comments.thread;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.content.ContentItem;
import org.iops.content.Contents;
import org.iops.demo.AfterLoad;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.units.UnitId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo comments, in the four languages, on whatever public items the content modules loaded: since those are
 * written in the load's own transaction, the comments come once it has committed ({@link #loaded()}), on the
 * newest {@code iops.demo.commented-items} items found through {@link Contents#recentIn}, with up to
 * {@code iops.demo.comments-per-item} comments each, a third of them replies (20,000 items × 50 gives a million).
 */
@Component
@Order(1900)
@ConditionalOnProperty("iops.demo.members")
class DemoComments implements DemoContribution {

    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("Thanks for writing this up.", "We tried the same in our chapter and it worked.",
                    "Could we talk about this at the next meeting?", "I disagree with the second point, and here is why."),
            "es", List.of("Gracias por escribir esto.", "Probamos lo mismo en nuestra sección y funcionó.",
                    "¿Podemos hablarlo en la próxima reunión?", "No estoy de acuerdo con el segundo punto."),
            "fr", List.of("Merci d'avoir écrit ceci.", "Nous avons essayé la même chose dans notre section, ça a marché.",
                    "Pouvons-nous en parler à la prochaine réunion ?", "Je ne suis pas d'accord avec le deuxième point."),
            "de", List.of("Danke, dass du das aufgeschrieben hast.", "Wir haben das in unserer Ortsgruppe auch versucht.",
                    "Können wir das beim nächsten Treffen besprechen?", "Dem zweiten Punkt widerspreche ich."));
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");

    private final Contents contents;
    private final DataSource dataSource;
    private final int items;
    private int commented;
    private final int perItem;
    private long seed;
    private List<UUID> units = List.of();
    private List<UUID> writers = List.of();

    DemoComments(Contents contents, DataSource dataSource, @Value("${iops.demo.commented-items:-1}") int items,
            @Value("${iops.demo.comments-per-item:6}") int perItem) {
        this.contents = contents;
        this.dataSource = dataSource;
        this.items = items;
        this.perItem = perItem;
    }

    @Override
    public void write(DemoLoad load) {
        // what is needed after the commit, drawn now so that the same seed gives the same comments
        seed = load.random().nextLong();
        units = AfterLoad.livingUnits(load);
        commented = AfterLoad.commentedItems(items, load);
        writers = AfterLoad.confirmedMembers(load);
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE comment");
        }
    }

    @Override
    public void loaded() {
        if (writers.isEmpty() || commented <= 0) {
            return;
        }
        List<ContentItem> found = contents.recentIn(units.stream().map(UnitId::new).toList(), null,
                DemoLoad.LOADED_AT.plus(Duration.ofDays(3650)), commented);
        Random random = new Random(seed);
        AfterLoad.copy(dataSource, "comment", "id, item_ref, thread_id, replying_to, author_id, body, state, created_at",
                rows -> {
                    for (ContentItem item : found) {
                        write(rows, random, item);
                    }
                });
    }

    private void write(BulkCopy rows, Random random, ContentItem item) throws SQLException {
        List<String> words = WORDS.getOrDefault(item.language(), WORDS.get(LANGUAGES.get(random.nextInt(4))));
        Instant at = item.created();
        UUID thread = null;
        int count = random.nextInt(perItem + 1);
        for (int i = 0; i < count; i++) {
            at = at.plusSeconds(60 + random.nextInt(86_400));
            UUID id = new UUID(random.nextLong(), random.nextLong());
            boolean reply = thread != null && random.nextInt(3) == 0;
            rows.row(id, item.ref().toString(), reply ? thread : null, reply ? thread : null,
                    writers.get(random.nextInt(writers.size())), words.get(random.nextInt(words.size())), "PUBLISHED",
                    at);
            if (!reply) {
                thread = id;
            }
        }
    }
}
