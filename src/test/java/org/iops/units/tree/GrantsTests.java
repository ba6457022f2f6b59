package org.iops.units.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.iops.units.Standing;
import org.iops.units.Standing.HeldRole;
import org.iops.units.UnitActions;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.junit.jupiter.api.Test;

/**
 * A later module adds its own role and action without touching the units module: a treasurer declared by a finance
 * catalog approves expenses in their chapter and below, and administers nothing.
 */
class GrantsTests {

    static final Role TREASURER = new Role("TREASURER");
    static final Action APPROVE_EXPENSE = new Action("finance.approveExpense");

    static final ActionCatalog FINANCE = new ActionCatalog() {
        @Override
        public List<Grant> grants() {
            return List.of(Grant.of(APPROVE_EXPENSE, TREASURER), new Grant(APPROVE_EXPENSE, Role.ADMIN, UnitLevel.BRANCH));
        }

        @Override
        public List<Role> roles() {
            return List.of(TREASURER);
        }
    };

    private final UUID international = UnitId.INTERNATIONAL.value();
    private final UUID branch = UUID.randomUUID();
    private final UUID chapter = UUID.randomUUID();
    private final UUID otherChapter = UUID.randomUUID();
    private final List<UUID> chapterPath = List.of(international, branch, chapter);

    private static Standing holding(Role role, UUID unit, UnitLevel level) {
        return new Standing(UUID.randomUUID(), List.of(new HeldRole(role, new UnitId(unit), level,
                Instant.now().minus(1, ChronoUnit.DAYS), null)), List.of());
    }

    @Test
    void aModulesOwnRoleGrantsItsOwnActionAndNothingElse() {
        // the finance catalog listed first: the units module's roles still come first on the role form
        Grants grants = new Grants(List.of(FINANCE, new UnitActionCatalog()), java.time.Clock.systemUTC());
        assertThat(grants.roles()).containsExactly(Role.ADMIN, Role.MODERATOR, Role.COMMITTEE_MEMBER, TREASURER);
        assertThat(grants.declares(TREASURER)).isTrue();

        Standing treasurer = holding(TREASURER, chapter, UnitLevel.CHAPTER);
        assertThat(grants.allow(treasurer, APPROVE_EXPENSE, chapterPath)).isTrue();
        assertThat(grants.allow(treasurer, APPROVE_EXPENSE, List.of(international, branch, otherChapter))).isFalse();
        assertThat(grants.allow(treasurer, APPROVE_EXPENSE, List.of(international, branch))).as("not upwards").isFalse();
        assertThat(grants.allow(treasurer, UnitActions.ADMINISTER, chapterPath)).isFalse();

        assertThat(grants.allow(holding(Role.ADMIN, chapter, UnitLevel.CHAPTER), APPROVE_EXPENSE, chapterPath))
                .as("a chapter admin is below the branch level the grant asks for").isFalse();
        assertThat(grants.allow(holding(Role.ADMIN, branch, UnitLevel.BRANCH), APPROVE_EXPENSE, chapterPath)).isTrue();
    }

    @Test
    void withoutTheModuleItsRoleIsUnknownAndItsActionGrantedToNobody() {
        Grants grants = new Grants(List.of(new UnitActionCatalog()), java.time.Clock.systemUTC());
        assertThat(grants.declares(TREASURER)).isFalse();
        assertThat(grants.allow(holding(TREASURER, chapter, UnitLevel.CHAPTER), APPROVE_EXPENSE, chapterPath)).isFalse();
        assertThat(grants.allow(holding(Role.ADMIN, international, UnitLevel.INTERNATIONAL), APPROVE_EXPENSE,
                chapterPath)).as("not even the international's admins").isFalse();
    }

    @Test
    void aTermCountsOnlyBetweenItsStartAndItsEnd() {
        Grants grants = new Grants(List.of(new UnitActionCatalog()), java.time.Clock.systemUTC());
        Instant now = Instant.now();
        Standing later = new Standing(UUID.randomUUID(), List.of(new HeldRole(Role.ADMIN, new UnitId(chapter),
                UnitLevel.CHAPTER, now.plus(1, ChronoUnit.DAYS), null)), List.of());
        Standing over = new Standing(UUID.randomUUID(), List.of(new HeldRole(Role.ADMIN, new UnitId(chapter),
                UnitLevel.CHAPTER, now.minus(2, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS))), List.of());
        assertThat(grants.allow(later, UnitActions.ADMINISTER, chapterPath)).isFalse();
        assertThat(grants.allow(over, UnitActions.ADMINISTER, chapterPath)).isFalse();
        assertThat(grants.allow(Standing.visitor(), UnitActions.ADMINISTER, chapterPath)).isFalse();
    }

    @Test
    void namesThatCannotBeRolesOrActionsAreRefused() {
        assertThatThrownBy(() -> Role.valueOf("admin; DROP TABLE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Action("administer")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.valueOf("ADMIN")).isEqualTo(Role.ADMIN);
        assertThat(Role.ADMIN.messageKey()).isEqualTo("units.role.ADMIN");
    }
}
