package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Polls;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The world {@link BadInputCrawlTests} crawls: chapter B with its own members-of-the-unit-only topic, reply, blog
 * post, comment and proposal, written through the real forms by B's author, and an open poll; and the readers who
 * must not be able to break any of it: a visitor, a plain member and an admin of chapter A, and B's own unit admin.
 */
record BadInputWorld(UUID chapterA, UUID chapterB, UUID member, UUID adminOfA, UUID adminOfB, UUID authorB,
        Map<String, UUID> itemsByKind, MockMvc mvc, UnitFixtures fixtures) {

    /** The readers, by the name a failure report gives them; the visitor is null. */
    Map<String, @Nullable UUID> readers() {
        Map<String, @Nullable UUID> readers = new LinkedHashMap<>();
        readers.put("visitor", null);
        readers.put("member", member);
        readers.put("admin of another chapter", adminOfA);
        readers.put("unit admin", adminOfB);
        return readers;
    }

    /** A real id of the kind an address names by its first segment ({@code /topics/{id}}: a topic), else B. */
    UUID realId(String pattern) {
        String[] segments = pattern.split("/");
        return segments.length < 2 ? chapterB : itemsByKind.getOrDefault(segments[1], chapterB);
    }

    static BadInputWorld make(MockMvc mvc, UnitFixtures fixtures, JdbcClient db, Polls polls, Clock clock)
            throws Exception {
        UUID member = fixtures.memberIn("CL", UnitFixtures.unique("Temuco"));
        UUID chapterA = fixtures.chapterOf(member);
        UUID adminOfA = fixtures.memberWithRole(Role.ADMIN, chapterA);
        UUID authorB = fixtures.memberIn("CL", UnitFixtures.unique("Valdivia"));
        UUID chapterB = fixtures.chapterOf(authorB);
        UUID adminOfB = fixtures.memberWithRole(Role.ADMIN, chapterB);
        Map<String, UUID> items = new LinkedHashMap<>();
        items.put("units", chapterB);
        items.put("members", authorB);
        BadInputWorld world = new BadInputWorld(chapterA, chapterB, member, adminOfA, adminOfB, authorB, items, mvc,
                fixtures);

        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, chapterB);
        items.put("categories", category);
        UUID topic = world.created(post("/forums/categories/" + category + "/new").param("title", "Our own plans")
                .param("body", "For the chapter only.").param("language", "en").param("visibility", "UNIT"),
                "/topics/");
        items.put("topics", topic);
        assertThat(world.as(authorB, post("/topics/" + topic + "/replies").param("body", "And a reply.")).getStatus())
                .isEqualTo(302);
        items.put("replies", db.sql("SELECT id FROM forum_reply WHERE topic_id = ? ORDER BY number DESC LIMIT 1")
                .param(topic).query(UUID.class).single());
        UUID blogPost = world.created(post("/posts/new").param("title", "Chapter notes").param("body", "Notes.")
                .param("language", "en").param("visibility", "UNIT").param("unit", chapterB.toString())
                .param("publish", "1"), "/posts/");
        items.put("posts", blogPost);
        assertThat(world.as(authorB, post("/comments").param("item", "blogs.post:" + blogPost)
                .param("body", "A comment.")).getStatus()).isEqualTo(302);
        items.put("comments", db.sql("SELECT id FROM comment WHERE author_id = ? LIMIT 1").param(authorB)
                .query(UUID.class).single());
        items.put("proposals", world.created(post("/units/" + chapterB + "/proposals/new").param("title", "A rule")
                .param("body", "We propose a rule.").param("language", "en").param("visibility", "UNIT")
                .param("discussionDays", "7").param("votingDays", "3"), "/proposals/"));
        Instant now = clock.instant();
        items.put("polls", polls.open(new PollSpec(new UnitId(chapterB), authorB, "Shall we?", "A question.", "en",
                PollType.SINGLE_CHOICE, List.of("Tea", "Coffee"), 1, now, now.plus(Duration.ofDays(1)), Secrecy.SECRET,
                Weighting.DIRECT, Quorum.none(), Threshold.simpleMajority(), null)).value());
        // kinds no form here makes quickly: any real one of another member's, or a random id when none exists yet
        for (Map.Entry<String, String> kind : Map.of(
                "amendments", "SELECT id FROM proposal_amendment LIMIT 1",
                "notifications", "SELECT id FROM notification LIMIT 1").entrySet()) {
            List<UUID> found = db.sql(kind.getValue()).query(UUID.class).list();
            items.put(kind.getKey(), found.isEmpty() ? UUID.randomUUID() : found.get(0));
        }
        return world;
    }

    MockHttpServletResponse as(@Nullable UUID reader, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(reader))).andReturn().getResponse();
    }

    private UUID created(MockHttpServletRequestBuilder form, String prefix) throws Exception {
        MockHttpServletResponse answer = as(authorB, form);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        String location = String.valueOf(answer.getRedirectedUrl());
        assertThat(location).startsWith(prefix);
        return UUID.fromString(location.substring(prefix.length()).split("[/?#]")[0]);
    }
}
