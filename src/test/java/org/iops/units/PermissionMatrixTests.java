package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitRepository;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Role × action: who may do what to chapter A (and see chapter B's private pages), decided by the service and
 * enforced on every HTTP endpoint. Chapters A and B are in the same branch; the chapter admin administers A only.
 */
class PermissionMatrixTests extends UnitsIntegrationTest {

    enum Actor { INTERNATIONAL_ADMIN, BRANCH_ADMIN, CHAPTER_ADMIN_OF_A, MODERATOR, COMMITTEE_MEMBER, MEMBER, VISITOR }

    enum Action { VIEW_AUDIT_LOG_OF_A, ASSIGN_ROLE_IN_A, MARK_A_FOUNDED, MERGE_A_INTO_B, ADD_ALIAS_IN_BRANCH, SEE_PRIVATE_DATA_OF_B }

    /** The expected answers, row by row in the order of {@link Action}. */
    private static final boolean Y = true, N = false;
    private static final boolean[][] ALLOWED = {
        /* international admin */ {Y, Y, Y, Y, Y, Y},
        /* branch admin        */ {Y, Y, Y, Y, Y, Y},
        /* chapter admin of A  */ {Y, Y, Y, N, N, N},
        /* moderator           */ {N, N, N, N, N, N},
        /* committee member    */ {N, N, N, N, N, N},
        /* member              */ {N, N, N, N, N, N},
        /* visitor             */ {N, N, N, N, N, N},
    };

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    UnitAccess access;
    @Autowired
    UnitRepository units;
    @Autowired
    TestMembers members;
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

    /** A fresh branch-mate pair of chapters for each case, so allowed changes do not leak between cases. */
    private record World(UUID branch, UUID a, UUID b, UUID memberOfA, UUID memberOfB) {
    }

    private World world() {
        UUID memberOfA = fixtures.memberIn("NZ", UnitFixtures.unique("Alpha"));
        UUID memberOfB = fixtures.memberIn("NZ", UnitFixtures.unique("Beta"));
        return new World(fixtures.branchOf(memberOfA), fixtures.chapterOf(memberOfA), fixtures.chapterOf(memberOfB),
                memberOfA, memberOfB);
    }

    private @Nullable UUID actor(Actor actor, World world) {
        return switch (actor) {
            case INTERNATIONAL_ADMIN -> fixtures.internationalAdmin();
            case BRANCH_ADMIN -> fixtures.memberWithRole(Role.ADMIN, world.branch());
            case CHAPTER_ADMIN_OF_A -> fixtures.memberWithRole(Role.ADMIN, world.a());
            case MODERATOR -> fixtures.memberWithRole(Role.MODERATOR, world.branch());
            case COMMITTEE_MEMBER -> fixtures.memberWithRole(Role.COMMITTEE_MEMBER, Unit.INTERNATIONAL);
            case MEMBER -> world.memberOfA();
            case VISITOR -> null;
        };
    }

    @ParameterizedTest(name = "{0} {1}: allowed={2}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsUnitAllows(Actor who, Action action, boolean allowed) throws Exception {
        World world = world();
        UUID actor = actor(who, world);
        Unit a = units.get(world.a());
        Unit b = units.get(world.b());

        boolean decided = switch (action) {
            case VIEW_AUDIT_LOG_OF_A, ASSIGN_ROLE_IN_A, MARK_A_FOUNDED -> access.mayAdminister(actor, a);
            case MERGE_A_INTO_B, ADD_ALIAS_IN_BRANCH -> access.mayRestructure(actor, a);
            case SEE_PRIVATE_DATA_OF_B -> access.mayAdminister(actor, b)
                    && actor != null && permissions.administersMember(actor, world.memberOfB());
        };
        assertThat(decided).as("service decision").isEqualTo(allowed);

        String alias = UnitFixtures.unique("Other name");
        MockHttpServletResponse response = (switch (action) {
            case VIEW_AUDIT_LOG_OF_A -> mvc.perform(get("/units/" + world.a() + "/audit").with(fixtures.as(actor)));
            case ASSIGN_ROLE_IN_A -> mvc.perform(post("/units/" + world.a() + "/roles").with(fixtures.as(actor)).with(csrf())
                    .param("member", world.memberOfA().toString()).param("role", "MODERATOR"));
            case MARK_A_FOUNDED -> mvc.perform(post("/units/" + world.a() + "/found").with(fixtures.as(actor)).with(csrf())
                    .param("foundedOn", "2026-03-01"));
            case MERGE_A_INTO_B -> mvc.perform(post("/units/" + world.a() + "/merge").with(fixtures.as(actor)).with(csrf())
                    .param("target", world.b().toString()).param("confirmed", "yes"));
            case ADD_ALIAS_IN_BRANCH -> mvc.perform(post("/units/" + world.a() + "/aliases").with(fixtures.as(actor))
                    .with(csrf()).param("name", alias));
            case SEE_PRIVATE_DATA_OF_B -> mvc.perform(get("/units/" + world.b() + "/admin").with(fixtures.as(actor)));
        }).andReturn().getResponse();

        if (allowed) {
            assertThat(response.getStatus()).as("HTTP status").isIn(200, 302);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).endsWith("/admin");
            }
        } else if (who == Actor.VISITOR) {
            assertThat(response.getStatus()).as("a visitor is sent to sign in").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).as("HTTP status").isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain(units.get(world.a()).name() + " ");
        }

        // the change happened exactly when it was allowed
        switch (action) {
            case ASSIGN_ROLE_IN_A -> assertThat(permissions.holds(world.memberOfA(), Role.MODERATOR, new UnitId(world.a())))
                    .isEqualTo(allowed);
            case MARK_A_FOUNDED -> assertThat(fixtures.status(world.a())).isEqualTo(allowed ? "ACTIVE" : "PROVISIONAL");
            case MERGE_A_INTO_B -> assertThat(fixtures.status(world.a())).isEqualTo(allowed ? "MERGED" : "PROVISIONAL");
            case ADD_ALIAS_IN_BRANCH -> assertThat(fixtures.count("SELECT count(*) FROM unit_aliases WHERE alias = ?", alias))
                    .isEqualTo(allowed ? 1 : 0);
            default -> { }
        }
        if (allowed && action != Action.VIEW_AUDIT_LOG_OF_A && action != Action.SEE_PRIVATE_DATA_OF_B) {
            assertThat(fixtures.count("SELECT count(*) FROM unit_audit WHERE actor_id = ?", actor))
                    .as("the change is in the audit log").isPositive();
        }
    }

    /** Where the actor's role is held, seen from the unit the action is asked for. */
    enum Relation { SAME_UNIT, ANCESTOR, DESCENDANT, SIBLING, NONE }

    /** Every declared action, with what the docs promise (docs/units.md, "Roles and permissions"). */
    enum Declared { ADMINISTER, RESTRUCTURE, MODERATE_MEMBERS, EDIT_PAGES }

    /**
     * The promise, written out rather than computed by the code under test: only admins hold any of these actions;
     * administering reaches down from where the role is held; restructuring and moderating members take a role held
     * in the branch or above; editing pages takes the international's own admins.
     */
    private static boolean promised(Declared action, Role role, Relation relation) {
        if (!role.equals(Role.ADMIN)) {
            return false;
        }
        return switch (action) {
            case ADMINISTER -> relation == Relation.SAME_UNIT || relation == Relation.ANCESTOR;
            case RESTRUCTURE, MODERATE_MEMBERS -> relation == Relation.ANCESTOR;
            case EDIT_PAGES -> relation == Relation.SAME_UNIT;
        };
    }

    static Stream<Arguments> actionMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Declared action : Declared.values()) {
            for (Role role : List.of(Role.ADMIN, Role.MODERATOR, Role.COMMITTEE_MEMBER)) {
                for (Relation relation : Relation.values()) {
                    // the international has nothing above it and no siblings
                    if (action != Declared.EDIT_PAGES || relation == Relation.SAME_UNIT || relation == Relation.DESCENDANT
                            || relation == Relation.NONE) {
                        cases.add(Arguments.of(action, role, relation, promised(action, role, relation)));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} held in the {2}: allowed={3}")
    @MethodSource("actionMatrix")
    void everyActionFollowsTheRoleAndWhereItIsHeld(Declared action, Role role, Relation relation, boolean allowed)
            throws Exception {
        World world = world();
        UUID elsewhere = fixtures.chapterOf(fixtures.memberIn("FJ", UnitFixtures.unique("Suva")));
        // the unit asked about: chapter A, or the international for the pages
        UUID target = action == Declared.EDIT_PAGES ? Unit.INTERNATIONAL
                : relation == Relation.DESCENDANT ? world.branch() : world.a();
        UUID heldIn = switch (relation) {
            case SAME_UNIT -> target;
            case ANCESTOR -> world.branch();
            case DESCENDANT -> action == Declared.EDIT_PAGES ? world.branch() : world.a();
            case SIBLING -> world.b();
            case NONE -> elsewhere;
        };
        UUID actor = fixtures.memberWithRole(role, heldIn);
        org.iops.units.Action checked = switch (action) {
            case ADMINISTER -> UnitActions.ADMINISTER;
            case RESTRUCTURE -> UnitActions.RESTRUCTURE;
            case MODERATE_MEMBERS -> UnitActions.MODERATE_MEMBERS;
            case EDIT_PAGES -> new org.iops.units.Action("pages.edit");
        };

        assertThat(permissions.may(actor, checked, new UnitId(target))).as("service decision").isEqualTo(allowed);
        assertThat(permissions.may(null, checked, new UnitId(target))).as("a visitor may nothing").isFalse();

        String alias = UnitFixtures.unique("Also known as");
        MockHttpServletResponse response = (switch (action) {
            case ADMINISTER -> mvc.perform(get("/units/" + target + "/audit").with(fixtures.as(actor)));
            case RESTRUCTURE -> mvc.perform(post("/units/" + target + "/aliases").with(fixtures.as(actor)).with(csrf())
                    .param("name", alias));
            case MODERATE_MEMBERS -> mvc.perform(post("/members/" + world.memberOfA() + "/suspend")
                    .with(fixtures.as(actor)).with(csrf()));
            case EDIT_PAGES -> mvc.perform(get("/admin/pages").with(fixtures.as(actor)));
        }).andReturn().getResponse();
        if (action == Declared.MODERATE_MEMBERS && !allowed) {
            // a member the actor may not moderate is not theirs to see either
            assertThat(response.getStatus()).as("HTTP status").isIn(403, 404);
        } else if (allowed) {
            assertThat(response.getStatus()).as("HTTP status").isIn(200, 302);
        } else {
            assertThat(response.getStatus()).as("HTTP status").isEqualTo(403);
        }

        long audited = fixtures.count("SELECT count(*) FROM unit_audit WHERE actor_id = ?", actor);
        switch (action) {
            case RESTRUCTURE -> {
                assertThat(fixtures.count("SELECT count(*) FROM unit_aliases WHERE alias = ?", alias))
                        .isEqualTo(allowed ? 1 : 0);
                assertThat(audited).as("the audit log").isEqualTo(allowed ? 1 : 0);
            }
            case MODERATE_MEMBERS -> {
                assertThat(fixtures.count("SELECT count(*) FROM member WHERE id = ? AND suspended_at IS NOT NULL",
                        world.memberOfA())).as("suspended").isEqualTo(allowed ? 1 : 0);
                assertThat(audited).as("the audit log").isEqualTo(allowed ? 1 : 0);
            }
            default -> assertThat(audited).as("reading changes nothing, and writes nothing in the audit log").isZero();
        }
    }
}
