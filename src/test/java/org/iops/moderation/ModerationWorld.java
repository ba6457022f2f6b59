package org.iops.moderation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.Visibility;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A small organization for the moderation tests: chapters A and B in one branch, an author and a member in A, a
 * moderator of each chapter and of the branch. Each test makes its own.
 */
record ModerationWorld(UnitId branch, UnitId a, UnitId b, UUID author, UUID memberOfA, UUID moderatorOfA,
        UUID moderatorOfB, UUID moderatorOfBranch, UnitFixtures fixtures, TestContent items, MockMvc mvc,
        JdbcClient db) {

    /** Branches of their own for most worlds, so that a branch's queue holds few other tests' items. */
    private static final java.util.List<String> COUNTRIES = org.iops.shared.Countries.INHABITED.stream().sorted().toList();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger();

    static ModerationWorld make(UnitFixtures fixtures, TestContent items, MockMvc mvc, JdbcClient db) {
        String country = COUNTRIES.get(Math.floorMod(NEXT.getAndIncrement(), COUNTRIES.size()));
        UUID author = fixtures.memberIn(country, UnitFixtures.unique("Alpha"));
        UUID memberOfB = fixtures.memberIn(country, UnitFixtures.unique("Beta"));
        UnitId a = new UnitId(fixtures.chapterOf(author));
        UnitId b = new UnitId(fixtures.chapterOf(memberOfB));
        UnitId branch = new UnitId(fixtures.branchOf(author));
        String nameOfA = db.sql("SELECT name FROM units WHERE id = ?").param(a.value()).query(String.class).single();
        UUID memberOfA = fixtures.memberIn(country, nameOfA);
        return new ModerationWorld(branch, a, b, author, memberOfA, fixtures.memberWithRole(Role.MODERATOR, a.value()),
                fixtures.memberWithRole(Role.MODERATOR, b.value()), fixtures.memberWithRole(Role.MODERATOR, branch.value()),
                fixtures, items, mvc, db);
    }

    ContentItem newPost() {
        return items.add(a, author, Visibility.PUBLIC);
    }

    /** A member whose address was confirmed that long ago. */
    UUID memberConfirmed(Duration ago) {
        UUID member = fixtures.memberIn("NZ", UnitFixtures.unique("Gamma"));
        // flaggers live anywhere: they see the public items they flag
        confirmed(member, ago);
        return member;
    }

    void confirmed(UUID member, Duration ago) {
        db.sql("UPDATE member SET email_verified_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minus(ago)), member).update();
    }

    MockHttpServletResponse flag(@Nullable UUID member, ContentItem item, String reason, String note) throws Exception {
        return mvc.perform(post("/moderation/flag").with(fixtures.as(member)).with(csrf())
                .param("item", item.ref().toString()).param("reason", reason).param("note", note)).andReturn().getResponse();
    }

    MockHttpServletResponse act(@Nullable UUID moderator, UnitId unit, ContentItem item, String action, String reason,
            String... more) throws Exception {
        var request = post("/units/" + unit + "/moderation/act").with(fixtures.as(moderator)).with(csrf())
                .param("item", item.ref().toString()).param("action", action).param("reason", reason);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse page(@Nullable UUID reader, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(reader))).andReturn().getResponse();
    }

    long count(String sql, Object... params) {
        return db.sql(sql).params(params).query(Long.class).single();
    }

    long notices(UUID member, String kind) {
        return count("SELECT count(*) FROM notification WHERE member_id = ? AND kind = ?", member, kind);
    }
}
