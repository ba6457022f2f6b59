package org.iops.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.iops.units.UnitsIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A rule set in a unit holds below it until a unit below sets its own; every version stays, numbered, with why. */
class GoverningRulesTests extends UnitsIntegrationTest {

    record Minimum(int members, String label) {
    }

    static final RuleKey<Minimum> MINIMUM = new RuleKey<>("governance.testMinimum", Minimum.class,
            new Minimum(3, "default"));

    @Autowired
    GoverningRules rules;
    @Autowired
    UnitFixtures fixtures;

    UUID member;
    UnitId chapter;
    UnitId branch;

    @BeforeEach
    void world() {
        member = fixtures.memberIn("UY", UnitFixtures.unique("Salto"));
        chapter = new UnitId(fixtures.chapterOf(member));
        branch = new UnitId(fixtures.branchOf(member));
    }

    @Test
    void theDefaultHoldsWhereNoUnitOnTheWayUpSetAVersion() {
        assertThat(rules.current(MINIMUM, chapter)).isEqualTo(new Minimum(3, "default"));
        assertThat(rules.currentVersion(MINIMUM, chapter)).isNull();
        assertThat(rules.history(MINIMUM, chapter)).isEmpty();
    }

    @Test
    void aBranchRuleHoldsInItsChaptersUntilAChapterSetsItsOwn() {
        String key = UnitFixtures.unique("b");
        RuleKey<Minimum> rule = new RuleKey<>("governance.b" + key.replaceAll("[^a-zA-Z0-9]", ""), Minimum.class,
                new Minimum(1, "d"));
        rules.set(rule, branch, new Minimum(10, "branch"), RuleStatus.INTERIM, member, null, "first rules");
        assertThat(rules.current(rule, chapter)).isEqualTo(new Minimum(10, "branch"));
        assertThat(rules.currentVersion(rule, chapter).unit()).isEqualTo(branch);

        ContentRef decision = new ContentRef("polls.poll", UUID.randomUUID());
        rules.set(rule, chapter, new Minimum(5, "chapter"), RuleStatus.RATIFIED, member, decision, "  ours  ");
        RuleVersion<Minimum> own = rules.currentVersion(rule, chapter);
        assertThat(own.value()).isEqualTo(new Minimum(5, "chapter"));
        assertThat(own.status()).isEqualTo(RuleStatus.RATIFIED);
        assertThat(own.decidedBy()).isEqualTo(decision);
        assertThat(own.note()).isEqualTo("ours");
        assertThat(rules.current(rule, branch)).isEqualTo(new Minimum(10, "branch"));
    }

    @Test
    void versionsAreNumberedAndNeverReplacedAndTheNameOfWhoRecordedThemGoesWithTheirAccount() {
        String suffix = UnitFixtures.unique("v").replaceAll("[^a-zA-Z0-9]", "");
        RuleKey<Minimum> rule = new RuleKey<>("governance.v" + suffix, Minimum.class, new Minimum(1, "d"));
        rules.set(rule, chapter, new Minimum(4, "one"), RuleStatus.INTERIM, member, null, "");
        rules.set(rule, chapter, new Minimum(6, "two"), RuleStatus.INTERIM, member, null, "raised");

        List<RuleVersion<Minimum>> history = rules.history(rule, chapter);
        assertThat(history).extracting(RuleVersion::version).containsExactly(2, 1);
        assertThat(history).extracting(v -> v.value().label()).containsExactly("two", "one");
        assertThat(rules.current(rule, chapter).members()).isEqualTo(6);

        ((org.iops.shared.PersonalData) rules).erase(member);
        assertThat(rules.history(rule, chapter)).allSatisfy(v -> assertThat(v.setBy()).isNull())
                .extracting(v -> v.value().label()).containsExactly("two", "one");
    }
}
