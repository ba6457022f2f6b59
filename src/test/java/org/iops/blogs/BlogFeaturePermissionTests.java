package org.iops.blogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.units.Action;
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
 * Role × relation for {@code blogs.feature}, in the style of {@code PermissionMatrixTests}: who may feature a post of
 * chapter A on A's page and promote it to A's branch, decided by the permissions, enforced over HTTP, and seen in the
 * featuring log. Chapters A and B are in the same branch.
 */
class BlogFeaturePermissionTests extends BlogsIntegrationTest {

    static final Action FEATURE = new Action("blogs.feature");

    enum Actor { INTERNATIONAL_ADMIN, BRANCH_ADMIN, ADMIN_OF_A, ADMIN_OF_B, MODERATOR_OF_A, MEMBER_OF_A, AUTHOR, VISITOR }

    enum Where { ON_A, ON_THE_BRANCH }

    private static final boolean Y = true, N = false;
    /** Rows in the order of {@link Actor}: may feature on A, may promote to the branch. */
    private static final boolean[][] ALLOWED = {
        /* international admin */ {Y, Y},
        /* branch admin        */ {Y, Y},
        /* admin of A          */ {Y, N},
        /* admin of B (sibling)*/ {N, N},
        /* moderator of A      */ {N, N},
        /* member of A         */ {N, N},
        /* the author          */ {N, N},
        /* visitor             */ {N, N},
    };

    @Autowired
    Permissions permissions;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Where where : Where.values()) {
                cases.add(Arguments.of(actor, where, ALLOWED[actor.ordinal()][where.ordinal()]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("matrix")
    void onlyTheAdminsOfTheUnitAndAboveFeature(Actor actor, Where where, boolean allowed) throws Exception {
        UUID author = fixtures.memberIn("CL", UnitFixtures.unique("Valparaíso"));
        UUID a = fixtures.chapterOf(author);
        UUID b = fixtures.chapterOf(fixtures.memberIn("CL", UnitFixtures.unique("Temuco")));
        UUID branch = fixtures.branchOf(author);
        PostId post = publish(author, UnitFixtures.unique("Matrix post"), "PUBLIC");
        UUID reader = switch (actor) {
            case INTERNATIONAL_ADMIN -> fixtures.internationalAdmin();
            case BRANCH_ADMIN -> fixtures.memberWithRole(Role.ADMIN, branch);
            case ADMIN_OF_A -> fixtures.memberWithRole(Role.ADMIN, a);
            case ADMIN_OF_B -> fixtures.memberWithRole(Role.ADMIN, b);
            case MODERATOR_OF_A -> fixtures.memberWithRole(Role.MODERATOR, a);
            case MEMBER_OF_A -> fixtures.memberIn("CL", jdbc.sql("SELECT name FROM units WHERE id = ?").param(a)
                    .query(String.class).single());
            case AUTHOR -> author;
            case VISITOR -> null;
        };
        UUID unit = where == Where.ON_A ? a : branch;

        assertThat(reader != null && permissions.may(reader, FEATURE, new UnitId(unit))).as("service").isEqualTo(allowed);
        MockHttpServletResponse answer = attempt(post, unit, reader);
        if (allowed) {
            assertThat(answer.getStatus()).as("HTTP").isEqualTo(302);
            assertThat(answer.getRedirectedUrl()).isEqualTo(post.path());
        } else if (reader == null) {
            assertThat(answer.getRedirectedUrl()).as("a visitor is sent to sign in").endsWith("/login");
        } else {
            assertThat(answer.getStatus()).as("HTTP").isEqualTo(403);
        }
        assertThat(count("SELECT count(*) FROM blog_feature_log WHERE unit_id = ? AND post_id = ? AND action = ?", unit,
                post.value(), where == Where.ON_A ? "FEATURED" : "PROMOTED")).as("log").isEqualTo(allowed ? 1 : 0);
        assertThat(count("SELECT count(*) FROM blog_featured WHERE unit_id = ? AND post_id = ?", unit, post.value()))
                .isEqualTo(allowed ? 1 : 0);
    }

    private MockHttpServletResponse attempt(PostId post, UUID unit, @Nullable UUID reader) throws Exception {
        return mvc.perform(post(post.path() + "/feature").param("unit", unit.toString()).with(fixtures.as(reader))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
    }
}
