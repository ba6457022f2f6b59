package org.iops.members.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iops.members.privacy.Audience.ADMINS;
import static org.iops.members.privacy.Audience.CHAPTER;
import static org.iops.members.privacy.Audience.EVERYONE;
import static org.iops.members.privacy.Audience.MEMBERS;
import static org.iops.members.privacy.Relation.ADMIN;
import static org.iops.members.privacy.Relation.CHAPTER_MATE;
import static org.iops.members.privacy.Relation.MEMBER;
import static org.iops.members.privacy.Relation.SELF;
import static org.iops.members.privacy.Relation.VISITOR;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who sees what: every audience a member can choose against every way a reader can stand to them. */
class PrivacyPolicyTests {

    static Stream<Arguments> everySettingAndReader() {
        return Stream.of(
                Arguments.of(EVERYONE, VISITOR, true), Arguments.of(EVERYONE, MEMBER, true),
                Arguments.of(EVERYONE, CHAPTER_MATE, true), Arguments.of(EVERYONE, ADMIN, true),
                Arguments.of(EVERYONE, SELF, true),
                Arguments.of(MEMBERS, VISITOR, false), Arguments.of(MEMBERS, MEMBER, true),
                Arguments.of(MEMBERS, CHAPTER_MATE, true), Arguments.of(MEMBERS, ADMIN, true),
                Arguments.of(MEMBERS, SELF, true),
                Arguments.of(CHAPTER, VISITOR, false), Arguments.of(CHAPTER, MEMBER, false),
                Arguments.of(CHAPTER, CHAPTER_MATE, true), Arguments.of(CHAPTER, ADMIN, true),
                Arguments.of(CHAPTER, SELF, true),
                Arguments.of(ADMINS, VISITOR, false), Arguments.of(ADMINS, MEMBER, false),
                Arguments.of(ADMINS, CHAPTER_MATE, false), Arguments.of(ADMINS, ADMIN, true),
                Arguments.of(ADMINS, SELF, true));
    }

    @ParameterizedTest(name = "shown to {0}, read as {1}: visible = {2}")
    @MethodSource("everySettingAndReader")
    void readerSeesOnlyWhatTheMemberShowsThem(Audience audience, Relation relation, boolean visible) {
        assertThat(PrivacyPolicy.canSee(audience, relation)).isEqualTo(visible);
    }

    @Test
    void theTableAboveCoversEveryCombination() {
        assertThat(everySettingAndReader().count())
                .isEqualTo((long) Audience.values().length * Relation.values().length);
    }

    @Test
    void aMemberAlwaysSeesTheirOwnProfile() {
        assertThat(Arrays.stream(Audience.values())).allMatch(a -> PrivacyPolicy.canSee(a, SELF));
    }

    @Test
    void defaultsShowTheLocalityToTheChapterAndTheEmailToNoOneButAdmins() {
        PrivacySettings defaults = PrivacySettings.DEFAULTS;
        assertThat(defaults.locality()).isEqualTo(CHAPTER);
        assertThat(defaults.neighbourhood()).isEqualTo(CHAPTER);
        assertThat(defaults.realName()).isEqualTo(ADMINS);
        assertThat(defaults.bio()).isEqualTo(MEMBERS);
        assertThat(defaults.email()).isEqualTo(ADMINS);
        assertThat(defaults.hidden()).isFalse();
        for (Relation stranger : List.of(VISITOR, MEMBER, CHAPTER_MATE)) {
            assertThat(PrivacyPolicy.canSee(defaults.email(), stranger)).as(stranger.name()).isFalse();
        }
    }

    @Test
    void aHiddenMemberIsFoundOnlyByThemselfAndTheirAdmins() {
        assertThat(PrivacyPolicy.canFind(true, VISITOR)).isFalse();
        assertThat(PrivacyPolicy.canFind(true, MEMBER)).isFalse();
        assertThat(PrivacyPolicy.canFind(true, CHAPTER_MATE)).isFalse();
        assertThat(PrivacyPolicy.canFind(true, ADMIN)).isTrue();
        assertThat(PrivacyPolicy.canFind(true, SELF)).isTrue();
        assertThat(Arrays.stream(Relation.values())).allMatch(r -> PrivacyPolicy.canFind(false, r));
    }

    @Test
    void theNeighbourhoodIsNeverSeenByMoreReadersThanTheTown() {
        for (Audience town : Audience.values()) {
            for (Audience neighbourhood : Audience.values()) {
                PrivacySettings effective = PrivacyPolicy.effective(
                        new PrivacySettings(town, neighbourhood, ADMINS, MEMBERS, ADMINS, false));
                for (Relation reader : Relation.values()) {
                    if (PrivacyPolicy.canSee(effective.neighbourhood(), reader)) {
                        assertThat(PrivacyPolicy.canSee(effective.locality(), reader))
                                .as("town %s, neighbourhood %s, reader %s", town, neighbourhood, reader).isTrue();
                    }
                }
                assertThat(effective.locality()).isEqualTo(town);
            }
        }
        assertThat(PrivacyPolicy.effective(new PrivacySettings(CHAPTER, EVERYONE, ADMINS, MEMBERS, ADMINS, false))
                .neighbourhood()).isEqualTo(CHAPTER);
        assertThat(PrivacyPolicy.effective(new PrivacySettings(EVERYONE, ADMINS, ADMINS, MEMBERS, ADMINS, false))
                .neighbourhood()).as("a narrower choice stays").isEqualTo(ADMINS);
    }
}
