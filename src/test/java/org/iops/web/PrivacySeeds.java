package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.members.Outbox;
import org.iops.members.privacy.Audience;
import org.iops.polls.Polls;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.web.PrivacyWorld.Reader;
import org.iops.web.PrivacyWorld.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Seeds {@link PrivacyWorld} through the site's own forms: chapter X of branch B (Latvia) with a member for each town
 * audience, one hidden from directories and one who deletes their account, all joined through the join form in
 * towns that are other names of X; X's members-only, members' and public posts, topics, a reply, a comment and a
 * proposal, and a public post a moderator hid; a hidden chapter Y in B; and the readers.
 */
final class PrivacySeeds {

    /** Joins through the join form and the confirmation link, as {@code MembersIntegrationTest.verifiedMember}. */
    interface Joining {
        UUID join(String email, String displayName, String country, String town) throws Exception;
    }

    private final MockMvc mvc;
    private final UnitFixtures fixtures;
    private final JdbcClient db;
    private final Joining joining;
    private final Polls polls;
    private final Clock clock;
    private final PrivacyWorld world = new PrivacyWorld();
    private final List<UUID> settled = new ArrayList<>();
    private UUID unitTopic;
    private UUID publicTopic;
    private UUID unitPost;

    PrivacySeeds(MockMvc mvc, UnitFixtures fixtures, JdbcClient db, Joining joining, Polls polls, Clock clock) {
        this.polls = polls;
        this.clock = clock;
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.db = db;
        this.joining = joining;
    }

    /** The readers who must live in their chapter long enough to be chapter mates. */
    List<UUID> settled() {
        return settled;
    }

    PrivacyWorld make(String password) throws Exception {
        String xName = PrivacyWorld.name();
        world.readers.put(Reader.VISITOR, null);
        UUID mate = reader(Reader.CHAPTER_MATE, "LV", xName);
        UUID x = fixtures.chapterOf(mate);
        world.chapterX = x;
        UUID branch = fixtures.branchOf(mate);
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
        reader(Reader.OTHER_BRANCH, "LI", "Vaduz" + PrivacyWorld.sentinel()); // a branch no other test uses
        String yName = PrivacyWorld.name();
        UUID otherChapter = reader(Reader.OTHER_CHAPTER, "LV", yName);
        UUID y = fixtures.chapterOf(otherChapter);
        world.chapterY = y;
        expect(302, as(branchAdmin, post("/units/" + y + "/visibility").param("hidden", "true")));
        world.readers.put(Reader.ADMIN_OF_OTHER_CHAPTER, fixtures.memberWithRole(Role.ADMIN, y));
        world.readers.put(Reader.ADMIN_OF_X, fixtures.memberWithRole(Role.ADMIN, x));
        Set<Reader> ofY = Set.of(Reader.OTHER_CHAPTER, Reader.ADMIN_OF_OTHER_CHAPTER);
        world.add("hidden chapter Y's name", yName, ofY);
        hiddenChapterContent(otherChapter, y, ofY);
        world.item("units", x, null);
        world.item("units", y, null);
        world.item("units", branch, null);

        List<Scope> whereXLives = new ArrayList<>();
        whereXLives.add(new Scope("/members/" + mate + "$", Reader.entitledTo(Audience.CHAPTER)));
        for (Audience town : Audience.values()) {
            UUID member = townMember(branchAdmin, x, town, "listed");
            whereXLives.add(new Scope("/members/" + member + "$", Reader.entitledTo(town)));
        }
        for (String unlisted : List.of("hidden", "suspended")) {
            UUID member = townMember(branchAdmin, x, Audience.EVERYONE, unlisted);
            whereXLives.add(new Scope("/members/" + member + "$", Set.of(Reader.ADMIN_OF_X)));
        }
        UUID author = fixtures.memberIn("Author" + PrivacyWorld.sentinel(), "LV", xName);
        whereXLives.add(new Scope("/members/" + author + "$", Reader.entitledTo(Audience.CHAPTER)));
        world.item("members", author, null);
        world.add("chapter X's name, on profiles", xName, Reader.ALL, whereXLives.toArray(Scope[]::new));

        content(author, x);
        String leaverName = PrivacyWorld.name();
        String leaverMail = PrivacyWorld.sentinel();
        UUID leaver = joining.join(leaverMail + "@example.org", leaverName, "LV", xName);
        world.erased.add(world.add("a deleted member's name", leaverName, Reader.NOBODY));
        world.erased.add(world.add("a deleted member's email", leaverMail, Reader.NOBODY));
        UUID topic = publicTopic;
        String farewell = PrivacyWorld.sentinel();
        expect(302, as(leaver, post("/topics/" + topic + "/replies").param("body", farewell + " before I go.")));
        world.add("a deleted member's public reply", farewell, Reader.ALL);
        // mail leaves on commit (the tests' send-on-commit=caller): what was sent so far went while the account was there
        for (UUID reader : world.readers.values().stream().filter(r -> r != null).toList()) {
            Outbox.to(reader + "@example.org").forEach(mail -> world.sentBeforeDeletion.add(mail.file().toString()));
        }
        expect(302, as(leaver, post("/me/delete").param("password", password)));
        world.item("members", leaver, null);
        return world;
    }

    private UUID reader(Reader kind, String country, String town) {
        UUID id = fixtures.memberIn("Reader" + PrivacyWorld.sentinel(), country, town);
        world.readers.put(kind, id);
        settled.add(id);
        return id;
    }

    /**
     * A member who joined in a town that is another name of X and shows it to {@code town}; {@code kept} "hidden"
     * hides them from directories, "suspended" has a branch admin suspend them (listed nowhere, as hidden).
     */
    private UUID townMember(UUID branchAdmin, UUID x, Audience town, String kept) throws Exception {
        boolean hidden = kept.equals("hidden");
        boolean unlisted = !kept.equals("listed");
        String name = PrivacyWorld.name();
        String place = PrivacyWorld.name();
        String local = PrivacyWorld.sentinel();
        expect(302, as(branchAdmin, post("/units/" + x + "/aliases").param("name", place)));
        UUID member = joining.join(local + "@example.org", name, "LV", place);
        assertThat(fixtures.chapterOf(member)).as("placed in X by the other name").isEqualTo(x);
        expect(302, as(member, post("/me/privacy").param("locality", town.name()).param("neighbourhood", town.name())
                .param("realName", "ADMINS").param("bio", "MEMBERS").param("email", "ADMINS")
                .param("hidden", String.valueOf(hidden))));
        String neighbourhood = PrivacyWorld.name();
        expect(302, as(member, post("/me/residence").param("country", "LV").param("locality", place)
                .param("neighbourhood", neighbourhood)));
        String realName = PrivacyWorld.name();
        String bio = PrivacyWorld.sentinel();
        expect(302, as(member, post("/me/profile").param("displayName", name).param("realName", realName)
                .param("bio", bio + " likes long walks.")));
        if (kept.equals("suspended")) {
            expect(302, as(branchAdmin, post("/members/" + member + "/suspend")));
        }
        String who = unlisted ? kept + " member" : "member showing the town to " + town;
        world.add(who + "'s real name", realName, Set.of(Reader.ADMIN_OF_X)); // shown to admins only, as chosen
        world.add(who + "'s bio", bio, unlisted ? Set.of(Reader.ADMIN_OF_X) : Reader.SIGNED_IN);
        Set<Reader> canFind = unlisted ? Set.of(Reader.ADMIN_OF_X) : Reader.ALL;
        Set<Reader> seesTown = unlisted ? Set.of(Reader.ADMIN_OF_X) : Reader.entitledTo(town);
        // a unit page's member list tells where a member lives: only those who may see the town see them listed
        world.add(who + "'s name", name, canFind, new Scope("/units/", seesTown), new Scope("/branches", seesTown));
        world.add(who + "'s town", place, seesTown);
        world.add(who + "'s neighbourhood", neighbourhood, seesTown); // shown to no more readers than the town
        world.add(who + "'s email", local, Set.of(Reader.ADMIN_OF_X)); // the default: admins only
        world.item("members", member, null);
        return member;
    }

    /** A public topic and post in the hidden chapter: as unknown as the chapter's page to all but its members and admins. */
    private void hiddenChapterContent(UUID author, UUID y, Set<Reader> ofY) throws Exception {
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, y);
        world.item("forums", category, null);
        String topicTitle = PrivacyWorld.sentinel();
        UUID topic = created(author, post("/forums/categories/" + category + "/new").param("title", topicTitle)
                .param("body", "Hello from a new place.").param("language", "en").param("visibility", "PUBLIC"),
                "/topics/");
        world.item("topics", topic, "forums.topic:" + topic);
        world.add("public topic in hidden chapter Y", topicTitle, ofY);
        String postTitle = PrivacyWorld.sentinel();
        UUID post = created(author, post("/posts/new").param("title", postTitle).param("body", "Our first notes.")
                .param("language", "en").param("visibility", "PUBLIC").param("unit", y.toString())
                .param("publish", "1"), "/posts/");
        world.item("posts", post, "blogs.post:" + post);
        world.add("public post in hidden chapter Y", postTitle, ofY);
    }

    private void content(UUID author, UUID x) throws Exception {
        UUID category = org.iops.forums.ForumSeeds.defaultCategory(db, x);
        world.item("forums", category, null);
        String mentions = String.join(" ", world.readers.values().stream().filter(r -> r != null)
                .map(r -> "@" + nameOf(r)).toList());
        // every reader follows X's forum and wants each kind of news at once: mail must still tell only the entitled
        for (UUID reader : world.readers.values().stream().filter(r -> r != null).toList()) {
            expect(302, as(reader, post("/units/" + x + "/forum/follow").param("mode", "1")));
            expect(302, as(reader, post("/me/notifications").param("forums.newTopic", "IMMEDIATELY")
                    .param("forums.reply", "IMMEDIATELY").param("proposals.proposed", "IMMEDIATELY")));
        }
        for (String visibility : List.of("UNIT", "PUBLIC")) {
            String title = PrivacyWorld.sentinel();
            String body = PrivacyWorld.sentinel();
            UUID topic = created(author, post("/forums/categories/" + category + "/new").param("title", title)
                    .param("body", body + " for you " + mentions + " \n").param("language", "en")
                    .param("visibility", visibility), "/topics/");
            world.item("topics", topic, "forums.topic:" + topic);
            if (visibility.equals("UNIT")) {
                unitTopic = topic;
            } else {
                publicTopic = topic;
            }
            Set<Reader> readers = visibility.equals("UNIT") ? Reader.X_UNIT : Reader.ALL;
            world.add(visibility + " topic's title", title, readers);
            world.add(visibility + " topic's text", body, readers);
        }
        String reply = PrivacyWorld.sentinel();
        expect(302, as(author, post("/topics/" + unitTopic + "/replies").param("body", reply + " agreed.")));
        UUID replyId = db.sql("SELECT id FROM forum_reply WHERE topic_id = ? ORDER BY number DESC LIMIT 1")
                .param(unitTopic).query(UUID.class).single();
        world.item("replies", replyId, "forums.reply:" + replyId);
        world.add("UNIT topic's reply", reply, Reader.X_UNIT);
        for (String visibility : List.of("UNIT", "MEMBERS", "PUBLIC", "HIDDEN")) {
            String title = PrivacyWorld.sentinel();
            String body = PrivacyWorld.sentinel();
            UUID post = created(author, post("/posts/new").param("title", title).param("body", body + " notes.")
                    .param("language", "en").param("visibility", visibility.equals("HIDDEN") ? "PUBLIC" : visibility)
                    .param("unit", x.toString()).param("publish", "1"), "/posts/");
            world.item("posts", post, "blogs.post:" + post);
            if (visibility.equals("UNIT")) {
                unitPost = post;
            }
            Set<Reader> readers = switch (visibility) {
                case "UNIT" -> Reader.X_UNIT;
                case "MEMBERS" -> Reader.SIGNED_IN;
                case "PUBLIC" -> Reader.ALL;
                default -> Set.of(Reader.ADMIN_OF_X); // its moderators (and its author) only
            };
            world.add(visibility + " post's title", title, readers);
            world.add(visibility + " post's text", body, readers);
            if (visibility.equals("HIDDEN")) {
                expect(302, as(world.reader(Reader.ADMIN_OF_X), post("/units/" + x + "/moderation/act")
                        .param("item", "blogs.post:" + post).param("action", "hide").param("reason", "Off topic")));
            }
        }
        String comment = PrivacyWorld.sentinel();
        expect(302, as(author, post("/comments").param("item", "blogs.post:" + unitPost)
                .param("body", comment + " well said.")));
        UUID commentId = db.sql("SELECT id FROM comment WHERE author_id = ? LIMIT 1").param(author)
                .query(UUID.class).single();
        world.item("comments", commentId, "comments.comment:" + commentId);
        world.add("comment on the UNIT post", comment, Reader.X_UNIT);
        String title = PrivacyWorld.sentinel();
        String body = PrivacyWorld.sentinel();
        UUID proposal = created(author, post("/units/" + x + "/proposals/new").param("title", title)
                .param("body", body + " we propose.").param("language", "en").param("visibility", "UNIT")
                .param("discussionDays", "7").param("votingDays", "3"), "/proposals/");
        world.item("proposals", proposal, "proposals.proposal:" + proposal);
        world.add("UNIT proposal's title", title, Reader.X_UNIT);
        world.add("UNIT proposal's text", body, Reader.X_UNIT);
        PrivacyDecisions.seed(this, world, fixtures, polls, clock, author, x);
    }

    private String nameOf(UUID member) {
        return db.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
    }

    private MockHttpServletResponse as(@Nullable UUID member, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(fixtures.as(member))).andReturn().getResponse();
    }

    private static void expect(int status, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    }

    UUID created(UUID author, MockHttpServletRequestBuilder form, String prefix) throws Exception {
        MockHttpServletResponse answer = as(author, form);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
        String location = String.valueOf(answer.getRedirectedUrl());
        assertThat(location).startsWith(prefix);
        return UUID.fromString(location.substring(prefix.length()).split("[/?#]")[0]);
    }
}
