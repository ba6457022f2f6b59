package org.iops.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.content.Visibility;
import org.iops.forums.store.ForumCatalogs;
import org.iops.forums.store.ForumModeration;
import org.iops.forums.store.ForumPosting;
import org.iops.shared.ForbiddenException;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Role × forum action on chapter A's forum, in the style of {@code PermissionMatrixTests}: decided by the service,
 * enforced over HTTP, and recorded on the topic. A and B are chapters of one branch.
 */
class ForumPermissionTests extends ForumsIntegrationTest {

    enum Actor { INTERNATIONAL_ADMIN, BRANCH_MODERATOR, MODERATOR_OF_A, ADMIN_OF_A, MODERATOR_OF_B, MEMBER_OF_A, VISITOR }

    enum Action { PIN_IN_A, CLOSE_IN_A, MOVE_WITHIN_A, MANAGE_CATEGORIES_OF_A }

    private static final boolean Y = true, N = false;
    private static final boolean[][] ALLOWED = {
        /* international admin */ {Y, Y, Y, Y},
        /* branch moderator    */ {Y, Y, Y, N},
        /* moderator of A      */ {Y, Y, Y, N},
        /* admin of A          */ {Y, Y, Y, Y},
        /* moderator of B      */ {N, N, N, N},
        /* member of A         */ {N, N, N, N},
        /* visitor             */ {N, N, N, N},
    };

    @Autowired
    ForumModeration moderation;
    @Autowired
    ForumPosting posting;
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

    private record World(UUID branch, UUID a, UUID b, UUID memberOfA, UUID categoryOfA, UUID otherCategoryOfA, UUID topic) {
    }

    private World world() throws Exception {
        UUID memberOfA = fixtures.memberIn("CL", UnitFixtures.unique("Arica"));
        UUID memberOfB = fixtures.memberIn("CL", UnitFixtures.unique("Temuco"));
        UUID a = fixtures.chapterOf(memberOfA);
        UUID category = defaultCategory(a);
        UUID other = db.sql("INSERT INTO forum_category (id, unit_id, name, position, created_at) VALUES (?, ?, 'Events', 1, now())"
                + " RETURNING id").params(UUID.randomUUID(), a).query(UUID.class).single();
        UUID topic = posting.startTopic(memberOfA, category, "Matrix topic", "Text", "en", Visibility.MEMBERS).id();
        return new World(fixtures.branchOf(memberOfA), a, fixtures.chapterOf(memberOfB), memberOfA, category, other, topic);
    }

    private @Nullable UUID actor(Actor actor, World world) {
        return switch (actor) {
            case INTERNATIONAL_ADMIN -> fixtures.internationalAdmin();
            case BRANCH_MODERATOR -> fixtures.memberWithRole(Role.MODERATOR, world.branch());
            case MODERATOR_OF_A -> fixtures.memberWithRole(Role.MODERATOR, world.a());
            case ADMIN_OF_A -> fixtures.memberWithRole(Role.ADMIN, world.a());
            case MODERATOR_OF_B -> fixtures.memberWithRole(Role.MODERATOR, world.b());
            case MEMBER_OF_A -> world.memberOfA();
            case VISITOR -> null;
        };
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void theServiceTheHttpLayerAndTheRecordAgree(Actor actor, Action action, boolean allowed) throws Exception {
        World world = world();
        UUID reader = actor(actor, world);

        // the service
        if (reader != null && action != Action.MANAGE_CATEGORIES_OF_A) {
            if (allowed) {
                moderation.moderated(reader, world.topic());
            } else {
                assertThatThrownBy(() -> moderation.moderated(reader, world.topic())).isInstanceOf(ForbiddenException.class);
            }
        }
        if (action == Action.MANAGE_CATEGORIES_OF_A) {
            assertThat(permissions.may(reader, ForumCatalogs.MANAGE, new UnitId(world.a()))).isEqualTo(allowed);
        }

        // over HTTP
        long records = count("SELECT count(*) FROM forum_moderation WHERE topic_id = ?", world.topic());
        MockHttpServletResponse answer = as(reader, switch (action) {
            case PIN_IN_A -> post("/topics/" + world.topic() + "/pin").param("pinned", "true");
            case CLOSE_IN_A -> post("/topics/" + world.topic() + "/close").param("closed", "true");
            case MOVE_WITHIN_A -> post("/topics/" + world.topic() + "/move").param("category", world.otherCategoryOfA().toString());
            case MANAGE_CATEGORIES_OF_A -> post("/units/" + world.a() + "/forum/categories").param("name", "Campaigns");
        });
        if (allowed) {
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(302);
            assertThat(answer.getRedirectedUrl()).doesNotEndWith("/login");
        } else if (reader == null) {
            assertThat(answer.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(answer.getStatus()).isEqualTo(403);
        }

        // what is recorded and shown
        long recordedNow = count("SELECT count(*) FROM forum_moderation WHERE topic_id = ?", world.topic());
        if (action == Action.MANAGE_CATEGORIES_OF_A) {
            assertThat(count("SELECT count(*) FROM forum_category WHERE unit_id = ? AND name = 'Campaigns'", world.a()))
                    .isEqualTo(allowed ? 1 : 0);
        } else {
            assertThat(recordedNow).isEqualTo(records + (allowed ? 1 : 0));
            String topicPage = page(world.memberOfA(), "/topics/" + world.topic() + "?page=1");
            String shown = switch (action) {
                case PIN_IN_A -> "Pinned by a moderator";
                case CLOSE_IN_A -> "Closed by a moderator";
                default -> "Moved from General";
            };
            if (allowed) {
                assertThat(topicPage).contains(shown);
            } else {
                assertThat(topicPage).doesNotContain(shown);
            }
        }
    }
}
