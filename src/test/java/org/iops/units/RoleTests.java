package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iops.shared.ForbiddenException;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Roles are held for a term and reach down the tree, never up or sideways. */
class RoleTests extends UnitsIntegrationTest {

    @Autowired
    RoleBook roles;
    @Autowired
    Permissions permissions;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoleInABranchReachesItsChaptersButNotOtherBranches() {
        UUID inPeru = fixtures.memberIn("PE", UnitFixtures.unique("Lima"));
        UUID inChile = fixtures.memberIn("CL", UnitFixtures.unique("Santiago"));
        UUID moderator = fixtures.memberWithRole(Role.MODERATOR, fixtures.branchOf(inPeru));

        assertThat(permissions.holds(moderator, Role.MODERATOR, new UnitId(fixtures.chapterOf(inPeru)))).isTrue();
        assertThat(permissions.holds(moderator, Role.MODERATOR, new UnitId(fixtures.chapterOf(inChile)))).isFalse();
        assertThat(permissions.holds(moderator, Role.MODERATOR, new UnitId(Unit.INTERNATIONAL))).isFalse();
        assertThat(permissions.holds(moderator, Role.ADMIN, new UnitId(fixtures.chapterOf(inPeru)))).isFalse();
    }

    @Test
    void aTermCountsOnlyBetweenItsStartAndItsEnd() {
        UUID admin = fixtures.internationalAdmin();
        UUID member = fixtures.memberIn("PE", UnitFixtures.unique("Cusco"));
        UUID chapter = fixtures.chapterOf(member);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        roles.assign(admin, chapter, member, Role.MODERATOR, today.plusDays(3), null);
        assertThat(permissions.holds(member, Role.MODERATOR, new UnitId(chapter))).as("not started yet").isFalse();

        UUID term = roles.assign(admin, chapter, member, Role.ADMIN, null, today.plusDays(30));
        assertThat(permissions.holds(member, Role.ADMIN, new UnitId(chapter))).isTrue();
        assertThatThrownBy(() -> roles.assign(admin, chapter, member, Role.ADMIN, null, null))
                .isInstanceOf(UnitRuleException.class);

        roles.end(admin, chapter, term);
        assertThat(permissions.holds(member, Role.ADMIN, new UnitId(chapter))).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM unit_audit WHERE unit_id = ? AND action IN ('ROLE_ASSIGNED', 'ROLE_ENDED')")
                .param(chapter).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aChapterAdminCannotGiveRolesAboveOrBesideTheirChapter() {
        UUID a = fixtures.memberIn("PE", UnitFixtures.unique("Arequipa"));
        UUID b = fixtures.memberIn("PE", UnitFixtures.unique("Trujillo"));
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.chapterOf(a));

        roles.assign(chapterAdmin, fixtures.chapterOf(a), a, Role.MODERATOR, null, null);
        assertThatThrownBy(() -> roles.assign(chapterAdmin, fixtures.chapterOf(b), b, Role.MODERATOR, null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> roles.assign(chapterAdmin, fixtures.branchOf(a), chapterAdmin, Role.ADMIN, null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void administeringAMemberFollowsTheUnitsTheyBelongTo() {
        UUID a = fixtures.memberIn("PE", UnitFixtures.unique("Piura"));
        UUID b = fixtures.memberIn("PE", UnitFixtures.unique("Iquitos"));
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.chapterOf(a));
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.branchOf(a));

        assertThat(permissions.administersMember(chapterAdmin, a)).isTrue();
        assertThat(permissions.administersMember(chapterAdmin, b)).isFalse();
        assertThat(permissions.administersMember(branchAdmin, b)).isTrue();
        assertThat(permissions.administersMember(a, b)).isFalse();
    }

    @Test
    void listFormsAnswerLikeTheSingleChecks() {
        UUID a = fixtures.memberIn("PE", UnitFixtures.unique("Tacna"));
        UUID b = fixtures.memberIn("PE", UnitFixtures.unique("Puno"));
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.chapterOf(a));

        assertThat(permissions.administeredAmong(chapterAdmin, List.of(a, b))).containsExactly(a);
        assertThat(roles.rolesOf(chapterAdmin)).singleElement()
                .satisfies(term -> {
                    assertThat(term.role()).isEqualTo(Role.ADMIN);
                    assertThat(term.unit().id().value()).isEqualTo(fixtures.chapterOf(a));
                    assertThat(term.end()).isNull();
                });
    }

    @Test
    void twoConcurrentClaimsMakeExactlyOneFirstInternationalAdmin() throws Exception {
        // start from an international without admins
        jdbc.sql("UPDATE unit_roles SET ends_at = greatest(now(), starts_at) WHERE unit_id = ? AND role = 'ADMIN'")
                .param(Unit.INTERNATIONAL).update();
        assertThat(roles.internationalHasAdmin()).isFalse();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = List.of(
                    threads.submit(() -> { start.await(); return roles.claimFirstInternationalAdmin(first); }),
                    threads.submit(() -> { start.await(); return roles.claimFirstInternationalAdmin(second); }));
            start.countDown();
            assertThat(List.of(claims.get(0).get(), claims.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdown();
        }
        assertThat(roles.currentHolders(Unit.INTERNATIONAL, Role.ADMIN)).hasSize(1);
        assertThat(roles.claimFirstInternationalAdmin(UUID.randomUUID())).isFalse();

        UUID winner = roles.currentHolders(Unit.INTERNATIONAL, Role.ADMIN).get(0);
        UUID term = roles.termsIn(Unit.INTERNATIONAL).stream().filter(t -> t.memberId().equals(winner)).findFirst()
                .orElseThrow().id();
        assertThatThrownBy(() -> roles.end(winner, Unit.INTERNATIONAL, term))
                .isInstanceOf(UnitRuleException.class)
                .hasMessage("units.error.lastInternationalAdmin");
    }
}
