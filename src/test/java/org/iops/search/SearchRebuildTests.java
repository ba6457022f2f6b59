package org.iops.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.content.ContentRef;
import org.iops.search.index.SearchIndexer;
import org.iops.search.index.SearchRebuild;
import org.iops.web.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The rebuild (the start-up task that indexes what was loaded in bulk, such as the demo) writes each item's row
 * exactly as the live path writes it, and reads and writes a page of items in a few statements however many topics,
 * posts and units the page spans. The items are written in bulk, as the demo writes them, without the index.
 */
class SearchRebuildTests extends SearchIntegrationTest {

    @Autowired
    SearchRebuild rebuild;
    @Autowired
    SearchIndexer indexer;

    /** Items of every kind, written straight into their tables, and what belongs where. */
    private record Bulk(List<ContentRef> items, ContentRef orphan, ContentRef draft) {
    }

    @Test
    void theRebuildWritesExactlyTheRowsTheLivePathWrites() throws Exception {
        Bulk bulk = bulk(20, 6);
        List<UUID> ids = bulk.items().stream().map(ContentRef::id).toList();
        assertThat(bulk.items()).hasSizeGreaterThan(300);
        forget(ids);

        rebuild.indexMissing();
        Map<UUID, String> rebuilt = rows(ids);
        // the live path, item by item, as if each had just been written (its row replaced)
        transactions.executeWithoutResult(status -> bulk.items().forEach(ref -> indexer.index(ref, true)));
        Map<UUID, String> live = rows(ids);

        assertThat(rebuilt.keySet()).as("every item but the draft and the comment on a post that is gone")
                .hasSize(bulk.items().size() - 2)
                .doesNotContain(bulk.orphan().id(), bulk.draft().id());
        assertThat(rebuilt).isEqualTo(live);
        assertThat(rebuilt.values()).as("a hidden topic's replies are indexed as hidden with it")
                .anyMatch(row -> row.contains("\"type\": \"forums.reply\"") && row.contains("\"root_state\": \"HIDDEN\""));
        assertThat(rebuilt.values()).as("a translated post is found by both versions' words")
                .anyMatch(row -> row.contains("'traduct") && row.contains("'radio"));
    }

    @Test
    void aPageIsIndexedInAFewStatementsHoweverManyTopicsAndPostsItSpans() throws Exception {
        Bulk bulk = bulk(30, 5);
        forget(bulk.items().stream().map(ContentRef::id).toList());

        List<String> statements = StatementLog.during(() -> assertThat(rebuild.indexMissing())
                .isGreaterThanOrEqualTo(bulk.items().size() - 2));

        // one page of ids per type and 500 ids: the check of which are missing is asked once per page
        long pages = statements.stream().filter(sql -> sql.contains("WHERE NOT EXISTS")).count();
        assertThat(statements.stream().filter(sql -> sql.contains("FROM units")).count())
                .as("the unit chains come from the cached tree (read once, when a test's chapter made it change)")
                .isLessThanOrEqualTo(1);
        assertThat(statements.stream().filter(sql -> sql.startsWith("INSERT INTO search_item")).count())
                .as("one insert per page at most").isLessThanOrEqualTo(pages);
        // per page: its ids, the missing ones, the items (2 or 3 queries), their parents (one per type), the insert
        assertThat(statements).as("%d pages", pages).hasSizeLessThanOrEqualTo((int) (10 * pages));
    }

    /**
     * Topics in two chapters (one hidden, with its replies), {@code replies} replies in each (ids in random order, so
     * a page of replies spans every topic), blog posts in the chapters and a branch (one a draft, some translated),
     * two proposals written through the form, comments on the posts and the proposals, and a comment on a post that
     * is gone.
     */
    private Bulk bulk(int topicsPerChapter, int replies) throws Exception {
        Place braga = place("PT", "Braga");
        Place vigo = place("ES", "Vigo");
        List<ContentRef> items = new ArrayList<>();
        List<UUID> topics = new ArrayList<>();
        for (Place place : List.of(braga, vigo)) {
            topics.addAll(db.sql("INSERT INTO forum_topic (id, category_id, unit_id, author_id, title, body, language, "
                            + "visibility, state, state_reason, last_number, created_at, last_activity_at) "
                            + "SELECT gen_random_uuid(), ?, ?, ?, 'Topic ' || n || ' on gardens', 'Opening **words** '"
                            + " || n || ' about [libraries](https://example.org/' || n || ') and bicycles', "
                            + "(ARRAY['en', 'es', 'fr', 'de', 'pt'])[1 + n % 5], (ARRAY['PUBLIC', 'MEMBERS', 'UNIT'])[1 + n % 3], "
                            + "CASE WHEN n = 1 THEN 'HIDDEN' ELSE 'PUBLISHED' END, CASE WHEN n = 1 THEN 'Off topic' END, "
                            + "?, now() - n * interval '1 hour', now() FROM generate_series(1, ?) n RETURNING id")
                    .params(place.category(), place.chapter(), place.member(), replies, topicsPerChapter)
                    .query(UUID.class).list());
        }
        topics.forEach(id -> items.add(new ContentRef("forums.topic", id)));
        db.sql("INSERT INTO forum_reply (id, topic_id, unit_id, number, author_id, body, state, created_at) "
                        + "SELECT gen_random_uuid(), t.id, t.unit_id, n, t.author_id, 'Reply ' || n || ' on '"
                        + " || t.title || ': the _gardeners_ share watering cans', "
                        + "CASE WHEN n = 2 THEN 'HIDDEN' ELSE 'PUBLISHED' END, t.created_at + n * interval '1 minute' "
                        + "FROM forum_topic t, generate_series(1, ?) n WHERE t.id = ANY(?) RETURNING id")
                .params(replies, topics.toArray(UUID[]::new)).query(UUID.class).list()
                .forEach(id -> items.add(new ContentRef("forums.reply", id)));

        UUID branch = db.sql("SELECT parent_id FROM units WHERE id = ?").param(braga.chapter()).query(UUID.class).single();
        List<UUID> posts = db.sql("INSERT INTO blog_post (id, author_id, unit_id, visibility, state, language, title, "
                        + "body, created_at, published_at, version) SELECT gen_random_uuid(), ?, "
                        + "CASE WHEN n % 3 = 0 THEN ? ELSE ? END, (ARRAY['PUBLIC', 'MEMBERS', 'UNIT'])[1 + n % 3], "
                        + "CASE WHEN n = 1 THEN 'DRAFT' WHEN n = 2 THEN 'HIDDEN' ELSE 'PUBLISHED' END, "
                        + "(ARRAY['en', 'es', 'fr', 'de'])[1 + n % 4], 'Post ' || n || ' on repair cafés', "
                        + "'# Repairing\n\nWe *repair* radios ' || n || ' <b>on Sundays</b>', now() - n * interval '1 day', "
                        + "now() - n * interval '1 day', 1 FROM generate_series(1, 24) n ORDER BY n RETURNING id")
                .params(braga.member(), branch, braga.chapter()).query(UUID.class).list();
        ContentRef draft = new ContentRef("blogs.post", posts.get(0));
        posts.forEach(id -> items.add(new ContentRef("blogs.post", id)));
        db.sql("INSERT INTO content_translation (id, original_type, original_id, language, translator_id, state, title, "
                        + "body, created_at, updated_at) SELECT gen_random_uuid(), 'blogs.post', p.id, 'fr', p.author_id, "
                        + "'PUBLISHED', 'Traduction', 'Une traduction des réparations', now(), now() "
                        + "FROM blog_post p WHERE p.id = ANY(?) AND p.language <> 'fr'")
                .param(posts.subList(2, 8).toArray(UUID[]::new)).update();

        List<String> commented = new ArrayList<>();
        posts.subList(1, posts.size()).forEach(id -> commented.add("blogs.post:" + id));
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse proposed = as(braga.member(), post("/units/" + braga.chapter() + "/proposals/new")
                    .param("title", "Seed swap " + i).param("body", "Bring seeds from your garden, translation " + i)
                    .param("language", i == 0 ? "en" : "de").param("visibility", i == 0 ? "PUBLIC" : "MEMBERS")
                    .param("discussionDays", "7").param("votingDays", "3"));
            assertThat(proposed.getStatus()).as(proposed.getContentAsString()).isEqualTo(302);
            UUID proposal = UUID.fromString(proposed.getRedirectedUrl().substring("/proposals/".length()));
            items.add(new ContentRef("proposals.proposal", proposal));
            commented.add("proposals.proposal:" + proposal);
        }
        ContentRef orphan = new ContentRef("comments.comment", UUID.randomUUID());
        db.sql("INSERT INTO comment (id, item_ref, author_id, body, state, created_at) VALUES (?, ?, ?, 'Gone', "
                + "'PUBLISHED', now())").params(orphan.id(), "blogs.post:" + UUID.randomUUID(), vigo.member()).update();
        items.add(orphan);
        db.sql("INSERT INTO comment (id, item_ref, author_id, body, state, created_at) SELECT gen_random_uuid(), r, ?, "
                        + "'Comment ' || n || ' on ' || r, CASE WHEN n = 3 THEN 'REMOVED' ELSE 'PUBLISHED' END, "
                        + "now() - n * interval '1 minute' FROM unnest(?::text[]) AS r, generate_series(1, 3) n RETURNING id")
                .params(vigo.member(), commented.toArray(String[]::new)).query(UUID.class).list()
                .forEach(id -> items.add(new ContentRef("comments.comment", id)));
        return new Bulk(items, orphan, draft);
    }

    /** Takes the items out of the index, as if they had been loaded in bulk. */
    private void forget(List<UUID> ids) {
        db.sql("DELETE FROM search_item WHERE id = ANY(?)").param(ids.toArray(UUID[]::new)).update();
    }

    /** Each item's whole row, every column (the tsvector included) as JSON text. */
    private Map<UUID, String> rows(List<UUID> ids) {
        return db.sql("SELECT id, to_jsonb(s)::text AS row FROM search_item s WHERE id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("row"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
