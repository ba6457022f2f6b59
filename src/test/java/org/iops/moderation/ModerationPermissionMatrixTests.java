package org.iops.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.TestContent;
import org.iops.content.ContentItem;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.internal.ModerationActionCatalog;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Role × moderation action on chapter A (chapters A and B in one branch): decided by the service, enforced over
 * HTTP, and in the moderation log exactly when allowed. A chapter's moderators cannot moderate another chapter; the
 * branch's can; only the international's exclude.
 */
class ModerationPermissionMatrixTests extends ModerationIntegrationTest {

    enum Actor { INTERNATIONAL_ADMIN, INTERNATIONAL_MODERATOR, BRANCH_ADMIN, BRANCH_MODERATOR, CHAPTER_ADMIN_OF_A,
        MODERATOR_OF_A, MODERATOR_OF_B, COMMITTEE_MEMBER, MEMBER_OF_A, VISITOR }

    enum Action { SEE_QUEUE_OF_A, HIDE_ITEM_OF_A, SEE_LOG_OF_A, EXCLUDE_EVERYWHERE }

    private static final boolean Y = true, N = false;
    private static final boolean[][] ALLOWED = {
        /* international admin     */ {Y, Y, Y, Y},
        /* international moderator */ {Y, Y, Y, Y},
        /* branch admin            */ {Y, Y, Y, N},
        /* branch moderator        */ {Y, Y, Y, N},
        /* chapter admin of A      */ {Y, Y, Y, N},
        /* moderator of A          */ {Y, Y, Y, N},
        /* moderator of B          */ {N, N, N, N},
        /* committee member        */ {N, N, N, N},
        /* member of A             */ {N, N, N, N},
        /* visitor                 */ {N, N, N, N},
    };

    @Autowired
    Permissions permissions;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(actor, action, ALLOWED[actor.ordinal()][action.ordinal()]));
            }
        }
        return cases.stream();
    }

    private @Nullable UUID actor(Actor actor, ModerationWorld world) {
        return switch (actor) {
            case INTERNATIONAL_ADMIN -> fixtures.internationalAdmin();
            case INTERNATIONAL_MODERATOR -> fixtures.memberWithRole(Role.MODERATOR, UnitId.INTERNATIONAL.value());
            case BRANCH_ADMIN -> fixtures.memberWithRole(Role.ADMIN, world.branch().value());
            case BRANCH_MODERATOR -> world.moderatorOfBranch();
            case CHAPTER_ADMIN_OF_A -> fixtures.memberWithRole(Role.ADMIN, world.a().value());
            case MODERATOR_OF_A -> world.moderatorOfA();
            case MODERATOR_OF_B -> world.moderatorOfB();
            case COMMITTEE_MEMBER -> fixtures.memberWithRole(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL.value());
            case MEMBER_OF_A -> world.memberOfA();
            case VISITOR -> null;
        };
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("matrix")
    void eachRoleModeratesExactlyWhereItsUnitAllows(Actor who, Action action, boolean allowed) throws Exception {
        UUID actor = actor(who, world);
        ContentItem post = world.newPost();
        world.flag(world.memberOfA(), post, "SPAM", "");

        boolean decided = switch (action) {
            case SEE_QUEUE_OF_A, HIDE_ITEM_OF_A, SEE_LOG_OF_A -> contents.mayModerate(actor, world.a());
            case EXCLUDE_EVERYWHERE -> actor != null && contents.mayModerate(actor, UnitId.INTERNATIONAL)
                    && permissions.may(actor, ModerationActionCatalog.EXCLUDE, UnitId.INTERNATIONAL);
        };
        assertThat(decided).as("service decision").isEqualTo(allowed);

        MockHttpServletResponse response = switch (action) {
            case SEE_QUEUE_OF_A -> world.page(actor, "/units/" + world.a() + "/moderation");
            case SEE_LOG_OF_A -> world.page(actor, "/units/" + world.a() + "/moderation/log");
            case HIDE_ITEM_OF_A -> world.act(actor, world.a(), post, "hide", "Matrix");
            case EXCLUDE_EVERYWHERE -> world.act(actor, UnitId.INTERNATIONAL, post, "suspend", "Matrix", "period", "DAY");
        };
        if (allowed) {
            assertThat(response.getStatus()).as("HTTP status").isIn(200, 302);
        } else if (who == Actor.VISITOR) {
            assertThat(response.getRedirectedUrl()).as("a visitor is sent to sign in").endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("HTTP status").isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain(post.title());
        }

        long logged = world.count("SELECT count(*) FROM moderation_log WHERE content_ref = ?", post.ref().toString());
        switch (action) {
            case SEE_QUEUE_OF_A -> {
                if (allowed) {
                    assertThat(response.getContentAsString()).contains(post.title());
                }
            }
            case HIDE_ITEM_OF_A -> {
                assertThat(items.state(post.ref())).isEqualTo(allowed ? ContentState.HIDDEN : ContentState.PUBLISHED);
                assertThat(logged).as("in the log exactly when allowed").isEqualTo(allowed ? 1 : 0);
                if (allowed) {
                    assertThat(world.count("SELECT count(*) FROM moderation_log WHERE content_ref = ? AND actor_id = ?",
                            post.ref().toString(), actor)).isEqualTo(1);
                }
            }
            case EXCLUDE_EVERYWHERE -> {
                assertThat(world.count("SELECT count(*) FROM moderation_log WHERE content_ref = ? AND action = 'EXCLUDED'",
                        post.ref().toString())).isEqualTo(allowed ? 1 : 0);
                assertThat(world.count("SELECT count(*) FROM moderation_suspension WHERE member_id = ?", world.author()))
                        .isEqualTo(allowed ? 1 : 0);
            }
            default -> { }
        }
    }
}
