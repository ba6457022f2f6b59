package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.iops.units.tree.ChosenMemberships;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Was this member in this unit at that time" and "which units does this member belong to", answered by the one
 * {@link Memberships} every module asks: what a frozen electorate is built from.
 */
class MembershipsTests extends UnitsIntegrationTest {

    @Autowired
    Memberships memberships;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Structure structure;
    @Autowired
    ChosenMemberships chosen;

    String country = "PY";
    UUID admin;

    @BeforeEach
    void world() {
        admin = fixtures.internationalAdmin();
    }

    @Test
    void aMemberWhoMovedWasInTheOldChapterBeforeAndInTheNewOneAfter() {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique("Encarnación"));
        UnitId before = new UnitId(fixtures.chapterOf(member));
        UnitId branch = new UnitId(fixtures.branchOf(member));
        Instant whileThere = Instant.now();
        directory.place(member, new Residence(country, UnitFixtures.unique("Asunción"), null));
        UnitId after = new UnitId(fixtures.chapterOf(member));
        Instant afterMove = Instant.now();

        assertThat(memberships.wasMemberAt(member, before, whileThere)).isTrue();
        assertThat(memberships.wasMemberAt(member, before, afterMove)).isFalse();
        assertThat(memberships.wasMemberAt(member, after, whileThere)).isFalse();
        assertThat(memberships.wasMemberAt(member, after, afterMove)).isTrue();
        assertThat(memberships.wasMemberAt(member, branch, whileThere)).isTrue();
        assertThat(memberships.wasMemberAt(member, branch, afterMove)).isTrue();
        assertThat(memberships.wasMemberAt(member, before, Instant.parse("2000-01-01T00:00:00Z")))
                .as("not before they joined").isFalse();
        assertThat(memberships.membersAt(before, whileThere)).containsExactly(member);
        assertThat(memberships.membersAt(before, afterMove)).isEmpty();
        assertThat(memberships.belongsTo(member, after)).isTrue();
        assertThat(memberships.belongsTo(member, before)).isFalse();
    }

    @Test
    void aRegionsMembersAreThoseOfItsChaptersAndTheInternationalHasEveryone() {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique("Luque"));
        UUID chapter = fixtures.chapterOf(member);
        UUID branch = fixtures.branchOf(member);
        Unit region = structure.addRegion(admin, branch, UnitFixtures.unique("Central"));
        structure.moveChapter(admin, chapter, region.id());

        assertThat(memberships.belongsTo(member, new UnitId(region.id()))).isTrue();
        assertThat(memberships.wasMemberAt(member, new UnitId(region.id()), Instant.now())).isTrue();
        assertThat(memberships.membersAt(new UnitId(region.id()), Instant.now())).containsExactly(member);
        assertThat(memberships.belongsTo(member, new UnitId(Unit.INTERNATIONAL))).isTrue();
        assertThat(memberships.unitsOf(member)).extracting(UnitRef::id)
                .containsExactly(new UnitId(branch), new UnitId(region.id()), new UnitId(chapter));
        assertThat(directory.membershipsOf(member)).as("the directory answers from the same place")
                .isEqualTo(memberships.unitsOf(member));
    }

    @Test
    void chosenChaptersCountWhileJoined() {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique("Itauguá"));
        UUID branch = fixtures.branchOf(member);
        Unit online = structure.addChapter(admin, branch, UnitFixtures.unique("Online Paraguay"), ChapterKind.ONLINE);
        Instant beforeJoining = Instant.now();
        chosen.join(member, online.id());
        Instant joined = Instant.now();
        assertThat(memberships.unitsOf(member)).extracting(UnitRef::id).contains(new UnitId(online.id()));
        chosen.leave(member, online.id());
        Instant left = Instant.now();

        UnitId onlineId = new UnitId(online.id());
        assertThat(memberships.wasMemberAt(member, onlineId, beforeJoining)).isFalse();
        assertThat(memberships.wasMemberAt(member, onlineId, joined)).isTrue();
        assertThat(memberships.wasMemberAt(member, onlineId, left)).isFalse();
        assertThat(memberships.unitsOf(member)).extracting(UnitRef::id).doesNotContain(onlineId);
    }

    @Test
    void membersOfAMergedChapterCountInTheSurvivorFromWhenTheyJoined() {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique("San Lorenzo"));
        UUID duplicate = fixtures.chapterOf(member);
        UUID survivor = fixtures.chapterOf(fixtures.memberIn(country, UnitFixtures.unique("Lambaré")));
        Instant beforeMerge = Instant.now();
        structure.merge(admin, duplicate, survivor);

        assertThat(memberships.wasMemberAt(member, new UnitId(survivor), beforeMerge))
                .as("the electorate of the survivor frozen before the merge includes them").isTrue();
        assertThat(memberships.wasMemberAt(member, new UnitId(duplicate), beforeMerge)).isTrue();
        assertThat(memberships.belongsTo(member, new UnitId(duplicate))).isFalse();
        assertThat(memberships.belongsTo(member, new UnitId(survivor))).isTrue();
    }

    @Test
    void aDeletedAccountBelongsNowhere() {
        UUID member = fixtures.memberIn(country, UnitFixtures.unique("Pilar"));
        UnitId chapter = new UnitId(fixtures.chapterOf(member));
        directory.forget(member);

        assertThat(memberships.unitsOf(member)).isEmpty();
        assertThat(memberships.wasMemberAt(member, chapter, Instant.now())).isFalse();
    }
}
