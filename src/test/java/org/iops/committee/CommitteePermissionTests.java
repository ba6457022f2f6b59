package org.iops.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.committee.queries.CommitteeCatalogs;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.governance.GoverningRules;
import org.iops.units.Action;
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
 * Role × relation × committee action, in the style of {@code units.PermissionMatrixTests}: the committee of a unit is
 * the holders of the committee role in that unit itself, so only they circulate queries, answer them and record the
 * procedures there; admins, moderators, the committee of the unit above or below, and plain members do not. Checked
 * at the service, over HTTP, and in what is recorded (the query's history, the rule's version).
 */
class CommitteePermissionTests extends CommitteeIntegrationTest {

    enum Relation { SAME_UNIT, ANCESTOR, DESCENDANT, SIBLING, NONE }

    enum Act { QUERY, ANSWER, SET_PROCEDURES }

    @Autowired
    CommitteeRoll roll;
    @Autowired
    GoverningRules rules;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : List.of(Role.COMMITTEE_MEMBER, Role.ADMIN, Role.MODERATOR)) {
            for (Relation relation : Relation.values()) {
                for (Act act : Act.values()) {
                    cases.add(Arguments.of(role, relation, act));
                }
            }
        }
        return cases.stream();
    }

    /** The promise (docs/committee.md), written out: the committee role held in the unit itself, and nothing else. */
    private static boolean promised(Role role, Relation relation) {
        return role.equals(Role.COMMITTEE_MEMBER) && relation == Relation.SAME_UNIT;
    }

    /** The Iceland branch, a new chapter in it and a committee member of the branch who circulates; another branch. */
    private record World(UUID branch, UUID chapter, UUID otherBranch, UUID chair) {
    }

    private World world() {
        UUID chair = fixtures.memberIn("IS", UnitFixtures.unique("Vík"));
        UUID branch = fixtures.branchOf(chair);
        fixtures.grant(chair, Role.COMMITTEE_MEMBER, branch);
        UUID other = fixtures.branchOf(fixtures.memberIn("FO", UnitFixtures.unique("Tórshavn")));
        return new World(branch, fixtures.chapterOf(chair), other, chair);
    }

    private @Nullable UUID roleUnit(Relation relation, World world) {
        return switch (relation) {
            case SAME_UNIT -> world.branch();
            case ANCESTOR -> UnitId.INTERNATIONAL.value();
            case DESCENDANT -> world.chapter();
            case SIBLING -> world.otherBranch();
            case NONE -> null;
        };
    }

    @ParameterizedTest(name = "{0} held in {1}: {2}")
    @MethodSource("matrix")
    void onlyTheUnitsOwnCommitteeActsForIt(Role role, Relation relation, Act act) throws Exception {
        World world = world();
        UUID actor = fixtures.memberIn("IS", UnitFixtures.unique("Höfn"));
        UUID unit = roleUnit(relation, world);
        if (unit != null) {
            fixtures.grant(actor, role, unit);
        }
        boolean allowed = promised(role, relation);
        Action action = switch (act) {
            case QUERY -> CommitteeCatalogs.QUERY;
            case ANSWER -> CommitteeCatalogs.ANSWER;
            case SET_PROCEDURES -> CommitteeCatalogs.SET_PROCEDURES;
        };
        assertThat(roll.may(actor, action, new UnitId(world.branch()))).as("service decision").isEqualTo(allowed);

        LocalDate deadline = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(3);
        MockHttpServletResponse response = switch (act) {
            case QUERY -> circulate(actor, world.branch(), "Query by " + actor, "Text", deadline);
            case ANSWER -> {
                MockHttpServletResponse circulated = circulate(world.chair(), world.branch(), "Asked", "Text", deadline);
                UUID query = UUID.fromString(circulated.getRedirectedUrl().substring("/committee/queries/".length()));
                yield answer(actor, query, "consent", "");
            }
            case SET_PROCEDURES -> procedures(actor, world.branch(), "CONSENT", "20", "INTERIM");
        };
        assertThat(response.getStatus()).as("HTTP status").isEqualTo(allowed ? 302 : 403);

        long recorded = switch (act) {
            case QUERY -> count("SELECT count(*) FROM committee_step WHERE kind = 'circulated' AND member_id = ?", actor);
            case ANSWER -> count("SELECT count(*) FROM committee_step WHERE kind = 'answered' AND member_id = ?", actor);
            case SET_PROCEDURES -> rules.history(CommitteeProcedures.RULE, new UnitId(world.branch())).stream()
                    .filter(version -> actor.equals(version.setBy())).count();
        };
        assertThat(recorded).as("recorded with who did it, exactly when allowed").isEqualTo(allowed ? 1 : 0);
    }
}
