package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.members.account.Accounts;
import org.iops.notifications.Audience;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The audience {@code units.members}, which notifications expand a page at a time: a unit's members and those of
 * every unit below it, now, each once, in the id order the cursor follows; nobody whose account is gone.
 */
@ApplicationTest
class UnitMembersAudienceTests {

    private static final Comparator<UUID> POSTGRESQL_ORDER = Comparator.comparing(UUID::toString);

    @Autowired
    @Qualifier("units.members")
    Audience audience;

    @Autowired
    UnitFixtures fixtures;

    @Autowired
    Accounts accounts;

    /** Every member of the audience, walked a page of {@code size} at a time as the expansion walks it. */
    private List<UUID> walk(String key, int size) {
        List<UUID> all = new ArrayList<>();
        @Nullable UUID after = null;
        while (true) {
            List<UUID> page = audience.members(key, after, size);
            all.addAll(page);
            if (page.size() < size) {
                return all;
            }
            after = page.get(page.size() - 1);
        }
    }

    @Test
    void aBranchsAudienceIsEveryMemberOfItsChaptersOnceInIdOrder() {
        UUID first = fixtures.memberIn("EC", UnitFixtures.unique("Cuenca"));
        UUID second = fixtures.memberIn("EC", UnitFixtures.unique("Loja"));
        UUID third = fixtures.memberIn("EC", UnitFixtures.unique("Ambato"));
        UUID elsewhere = fixtures.memberIn("PE", UnitFixtures.unique("Piura"));
        UUID branch = fixtures.branchOf(first);
        UUID chapter = fixtures.chapterOf(first);

        List<UUID> members = audience.members(branch.toString(), null, 10_000);
        assertThat(members).contains(first, second, third).doesNotContain(elsewhere).doesNotHaveDuplicates()
                .isSortedAccordingTo(POSTGRESQL_ORDER);
        assertThat(walk(branch.toString(), 1)).as("page by page, nobody twice, nobody left out")
                .containsExactlyElementsOf(members);
        assertThat(audience.members(chapter.toString(), null, 10)).containsExactly(first);
        assertThat(audience.members(UnitId.INTERNATIONAL.toString(), null, Integer.MAX_VALUE))
                .contains(first, second, third, elsewhere);

        accounts.delete(second);
        assertThat(audience.members(branch.toString(), null, 10_000)).contains(first, third).doesNotContain(second);
    }

    @Test
    void aKeyThatIsNoUnitIsNobody() {
        assertThat(audience.members("not-a-unit", null, 10)).isEmpty();
        assertThat(audience.members(UUID.randomUUID().toString(), null, 10)).isEmpty();
    }
}
