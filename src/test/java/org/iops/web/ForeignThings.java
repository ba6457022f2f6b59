package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.TestContent;
import org.iops.content.Visibility;
import org.iops.members.account.Tokens;
import org.iops.notifications.mail.SignedTokens;
import org.iops.units.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@link ForeignIdsTests} attacks: chapter B's things from {@link BadInputWorld} (a members-of-the-unit topic,
 * reply, blog post, comment, proposal and poll), with translations of the post and the topic, B's admin's role term,
 * B's alias and forum category, a notification and the one-time links of B's author; and how to name each of them
 * in an address or a form. Every row that mentions one of these ids is fingerprinted before and after a request.
 */
record ForeignThings(BadInputWorld world, Map<String, String> ids, Map<String, String> tokens, UUID attacker) {

    /**
     * The tables a request is not expected to leave alone, whoever sends it: sessions, rate limits, scheduled and
     * event work, the search index and what listeners write later (notification fan-out and digests, read marks).
     */
    static final Set<String> NOT_FINGERPRINTED = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "persistent_logins", "rate_limit_bucket", "scheduled_tasks",
            "event_publication", "event_publication_archive", "search_item", "notification_fanout",
            "notification_digest", "member_notification", "reaction_notice", "inbound_reply", "forum_read");

    /** Every table of the schema but those above: a module's new table is fingerprinted without anyone listing it. */
    static List<String> tables(JdbcClient db) {
        return db.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list().stream()
                .filter(table -> !NOT_FINGERPRINTED.contains(table)).toList();
    }

    static ForeignThings make(BadInputWorld world, JdbcClient db, Tokens memberTokens, SignedTokens signed,
            TestContent testItems)
            throws Exception {
        Map<String, UUID> items = world.itemsByKind();
        UUID author = world.authorB();
        assertThat(world.as(author, post("/posts/" + items.get("posts") + "/translate").param("language", "de")
                .param("title", "Notizen").param("body", "Notizen des Ortsverbands.")).getStatus()).isEqualTo(302);
        assertThat(world.as(author, post("/topics/" + items.get("topics") + "/translate").param("language", "de")
                .param("title", "Unsere Pläne").param("body", "Nur für den Ortsverband.")).getStatus())
                .isEqualTo(302);
        world.as(author, post("/topics/" + items.get("topics") + "/follow").param("follow", "true"));
        // B's poll opens by a scheduled task, which writes the poll and tells B's members: done before the walk
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "OPEN".equals(db
                .sql("SELECT state FROM polls WHERE id = ?").param(items.get("polls")).query(String.class).single()));
        // and it closes within a day, so the minutely sweep would remind its voters during the walk: as if it had
        db.sql("UPDATE polls SET reminded = true WHERE id = ?").param(items.get("polls")).update();
        Map<String, String> ids = new LinkedHashMap<>();
        items.forEach((kind, id) -> ids.put(kind, id.toString()));
        ids.put("queries", any(db, "SELECT id FROM committee_query LIMIT 1"));
        ids.put("termId", any(db, "SELECT id FROM unit_roles WHERE member_id = ? LIMIT 1", world.adminOfB()));
        ids.put("aliasId", any(db, "SELECT id FROM unit_aliases LIMIT 1"));
        ids.put("notifications", any(db, "SELECT id FROM notification WHERE member_id <> ? LIMIT 1", world.member()));
        ids.put("test-items", testItems.add(new UnitId(world.chapterB()), author, Visibility.UNIT).ref().id().toString());
        ids.put("version", "1");
        ids.put("language", "de");
        ids.put("slug", "vision");
        Map<String, String> tokens = new LinkedHashMap<>();
        // each token address is given a real, valid link of B's author that was made for something else
        tokens.put("/verify/{token}", memberTokens.issue(author, Tokens.Purpose.RESET_PASSWORD, null));
        tokens.put("/verify/email/{token}", memberTokens.issue(author, Tokens.Purpose.VERIFY_EMAIL, null));
        tokens.put("/password/reset/{token}", memberTokens.issue(author, Tokens.Purpose.SIGN_IN, null));
        tokens.put("/login/link/{token}", memberTokens.issue(author, Tokens.Purpose.RESET_PASSWORD, null));
        tokens.put("/setup/{token}", memberTokens.issue(author, Tokens.Purpose.SIGN_IN, null));
        tokens.put("/committee/answer/{token}", memberTokens.issue(author, Tokens.Purpose.VERIFY_EMAIL, null));
        tokens.put("/unsubscribe/{token}", signed.unsubscribe(author, "no.such.kind"));
        return new ForeignThings(world, ids, tokens, world.member());
    }

    private static String any(JdbcClient db, String sql, Object... params) {
        List<UUID> found = db.sql(sql).params(params).query(UUID.class).list();
        return (found.isEmpty() ? UUID.randomUUID() : found.get(0)).toString();
    }

    /** The id an address's variable stands for: {@code {id}} by the segment before it, the rest by name; or null. */
    String variable(String pattern, String name) {
        if (name.equals("token")) {
            return tokens.get(pattern);
        }
        if (!name.equals("id")) {
            return ids.get(name);
        }
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return ids.get(segments[i - 1]);
            }
        }
        return null;
    }

    /** A plausible value for a form field (so the form itself is valid and only the refusal stands); null if unknown. */
    String field(String name) {
        String item = "blogs.post:" + ids.get("posts");
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "item", "ref" -> item;
            case "unit", "unitid", "target", "into", "parent", "parentid", "survivor" -> world.chapterB().toString();
            case "member", "memberid", "author" -> world.authorB().toString();
            case "category", "categoryid" -> ids.get("categories");
            case "topic" -> ids.get("topics");
            case "title", "name", "subject", "question" -> "Ours now";
            case "body", "text", "message", "note", "words", "description", "answer", "summary", "markdown",
                    "reason", "bio", "comment" -> "Taken over by someone else.";
            case "language", "lang" -> "en";
            case "visibility" -> "PUBLIC";
            case "role" -> "ADMIN";
            case "action" -> "HIDE";
            case "kind" -> "HIDE";
            case "days", "discussiondays", "votingdays", "hours" -> "7";
            case "follow", "publish", "pinned", "closed", "confirm", "featured", "hidden", "newplace" -> "true";
            case "status" -> "ACTIVE";
            case "back" -> "queue";
            default -> null;
        };
    }

    /** A regular expression that matches a row's text when it mentions one of B's things. */
    String mentions() {
        List<String> all = new ArrayList<>(List.of(world.chapterB().toString(), world.authorB().toString(),
                world.adminOfB().toString()));
        ids.values().stream().filter(id -> id.length() == 36).forEach(all::add);
        return all.stream().distinct().collect(Collectors.joining("|"));
    }
}
