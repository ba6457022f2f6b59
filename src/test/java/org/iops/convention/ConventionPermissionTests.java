package org.iops.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.ApplicationTest;
import org.iops.governance.GoverningRules;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Role × action for the convention's actions, in the style of {@code units.PermissionMatrixTests}: the service's
 * decision, the HTTP answer, and the record (the meeting with its recorder, the rule's new version with its setter)
 * exactly when allowed. Chapters A and B are in the same branch.
 */
@ApplicationTest
class ConventionPermissionTests {

    enum Actor { INTERNATIONAL_ADMIN, BRANCH_ADMIN, CHAPTER_ADMIN_OF_A, ADMIN_OF_B, MODERATOR, COMMITTEE_MEMBER, MEMBER, VISITOR }

    enum Act { RECORD_MEETING_IN_A, OPEN_MEETINGS_OF_A, SET_PRECONDITIONS }

    private static final boolean Y = true, N = false;
    private static final boolean[][] ALLOWED = {
        /* international admin */ {Y, Y, Y},
        /* branch admin        */ {Y, Y, N},
        /* chapter admin of A  */ {Y, Y, N},
        /* admin of B          */ {N, N, N},
        /* moderator           */ {N, N, N},
        /* committee member    */ {N, N, N},
        /* member of A         */ {N, N, N},
        /* visitor             */ {N, N, N},
    };

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Permissions permissions;
    @Autowired
    GoverningRules rules;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Act act : Act.values()) {
                cases.add(Arguments.of(actor, act, ALLOWED[actor.ordinal()][act.ordinal()]));
            }
        }
        return cases.stream();
    }

    private record World(UUID branch, UUID a, UUID b, UUID memberOfA) {
    }

    private @Nullable UUID actor(Actor actor, World world) {
        return switch (actor) {
            case INTERNATIONAL_ADMIN -> fixtures.internationalAdmin();
            case BRANCH_ADMIN -> fixtures.memberWithRole(Role.ADMIN, world.branch());
            case CHAPTER_ADMIN_OF_A -> fixtures.memberWithRole(Role.ADMIN, world.a());
            case ADMIN_OF_B -> fixtures.memberWithRole(Role.ADMIN, world.b());
            case MODERATOR -> fixtures.memberWithRole(Role.MODERATOR, world.branch());
            case COMMITTEE_MEMBER -> fixtures.memberWithRole(Role.COMMITTEE_MEMBER, UnitId.INTERNATIONAL.value());
            case MEMBER -> world.memberOfA();
            case VISITOR -> null;
        };
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsUnitAllows(Actor who, Act act, boolean allowed) throws Exception {
        UUID memberOfA = fixtures.memberIn("UY", UnitFixtures.unique("Rocha"));
        UUID memberOfB = fixtures.memberIn("UY", UnitFixtures.unique("Melo"));
        World world = new World(fixtures.branchOf(memberOfA), fixtures.chapterOf(memberOfA),
                fixtures.chapterOf(memberOfB), memberOfA);
        UUID actor = actor(who, world);
        Action action = act == Act.SET_PRECONDITIONS ? new Action("convention.setPreconditions")
                : new Action("convention.recordMeeting");
        UnitId unit = act == Act.SET_PRECONDITIONS ? UnitId.INTERNATIONAL : new UnitId(world.a());
        assertThat(permissions.may(actor, action, unit)).as("service decision").isEqualTo(allowed);

        int versionsBefore = rules.history(ConventionPreconditions.KEY, UnitId.INTERNATIONAL).size();
        ConventionPreconditions current = rules.current(ConventionPreconditions.KEY, UnitId.INTERNATIONAL);
        MockHttpServletResponse response = (switch (act) {
            case RECORD_MEETING_IN_A -> mvc.perform(post("/units/" + world.a() + "/meetings").with(fixtures.as(actor))
                    .with(csrf()).param("metOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
            case OPEN_MEETINGS_OF_A -> mvc.perform(get("/units/" + world.a() + "/meetings").with(fixtures.as(actor)));
            case SET_PRECONDITIONS -> mvc.perform(post("/convention/preconditions").with(fixtures.as(actor)).with(csrf())
                    .param("members", String.valueOf(current.members()))
                    .param("minChapters", String.valueOf(current.minChapters()))
                    .param("maxChapters", String.valueOf(current.maxChapters()))
                    .param("chapterMembers", String.valueOf(current.chapterMembers()))
                    .param("meetingDays", String.valueOf(current.meetingDays()))
                    .param("womenPercent", String.valueOf(current.womenPercent()))
                    .param("countries", String.valueOf(current.countries()))
                    .param("continents", String.valueOf(current.continents()))
                    .param("note", "The matrix confirms the same numbers"));
        }).andReturn().getResponse();

        if (allowed) {
            assertThat(response.getStatus()).as("HTTP status").isIn(200, 302);
        } else if (who == Actor.VISITOR) {
            assertThat(response.getStatus()).as("a visitor is sent to sign in").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("HTTP status").isEqualTo(403);
        }

        switch (act) {
            case RECORD_MEETING_IN_A -> assertThat(fixtures.count(
                    "SELECT count(*) FROM convention_meeting WHERE chapter_id = ? AND recorded_by IS NOT DISTINCT FROM ?",
                    world.a(), actor)).as("the record names its recorder").isEqualTo(allowed ? 1 : 0);
            case SET_PRECONDITIONS -> {
                var history = rules.history(ConventionPreconditions.KEY, UnitId.INTERNATIONAL);
                assertThat(history.size()).isEqualTo(versionsBefore + (allowed ? 1 : 0));
                if (allowed) {
                    assertThat(history.get(0).setBy()).isEqualTo(actor);
                    assertThat(history.get(0).note()).isEqualTo("The matrix confirms the same numbers");
                    assertThat(history.get(0).value()).isEqualTo(current);
                }
            }
            default -> { }
        }
    }
}
