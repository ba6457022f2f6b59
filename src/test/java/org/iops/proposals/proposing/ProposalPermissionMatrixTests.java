package org.iops.proposals.proposing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.units.Permissions;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code proposals.setRules} in the style of {@code units/PermissionMatrixTests}: every role × where it is held,
 * seen from the unit whose rules are recorded, at the service, over HTTP and in the record of who set each version.
 */
class ProposalPermissionMatrixTests extends ProposalsIntegrationTest {

    enum Relation { SAME_UNIT, ANCESTOR, DESCENDANT, SIBLING, NONE }

    @Autowired
    Permissions permissions;

    /** The promise of docs/proposals.md: the admins of the unit and of the units above, nobody else. */
    private static boolean promised(Role role, Relation relation) {
        return role.equals(Role.ADMIN) && (relation == Relation.SAME_UNIT || relation == Relation.ANCESTOR);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : List.of(Role.ADMIN, Role.MODERATOR, Role.COMMITTEE_MEMBER)) {
            for (Relation relation : Relation.values()) {
                cases.add(Arguments.of(role, relation, promised(role, relation)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "setRules by {0} held in the {1}: allowed={2}")
    @MethodSource("matrix")
    void recordingTheRulesFollowsTheRoleAndWhereItIsHeld(Role role, Relation relation, boolean allowed)
            throws Exception {
        UUID memberOfA = fixtures.memberIn("EC", UnitFixtures.unique("Cuenca"));
        UUID a = fixtures.chapterOf(memberOfA);
        UUID b = fixtures.chapterOf(fixtures.memberIn("EC", UnitFixtures.unique("Loja")));
        UUID branch = fixtures.branchOf(memberOfA);
        UUID elsewhere = fixtures.chapterOf(fixtures.memberIn("FJ", UnitFixtures.unique("Suva")));
        UUID target = relation == Relation.DESCENDANT ? branch : a;
        UUID heldIn = switch (relation) {
            case SAME_UNIT -> target;
            case ANCESTOR -> branch;
            case DESCENDANT -> a;
            case SIBLING -> b;
            case NONE -> elsewhere;
        };
        UUID actor = fixtures.memberWithRole(role, heldIn);

        assertThat(permissions.may(actor, ProposalActions.SET_RULES, new UnitId(target))).as("service decision")
                .isEqualTo(allowed);
        assertThat(permissions.may(null, ProposalActions.SET_RULES, new UnitId(target))).isFalse();
        assertThat(read("/units/" + target + "/proposal-rules", actor).getStatus()).as("the form")
                .isEqualTo(allowed ? 200 : 403);
        MockHttpServletResponse answer = send(ProposalRulesTests.rulesForm(target, "MEMBERS", "2", "CONSENT"), actor);
        assertThat(answer.getStatus()).as("HTTP status").isEqualTo(allowed ? 302 : 403);
        assertThat(count("SELECT count(*) FROM governing_rule WHERE rule_key = 'proposals.unitRules' AND unit_id = ? "
                + "AND set_by = ?", target, actor)).as("the version recorded, with who set it").isEqualTo(allowed ? 1 : 0);
    }
}
