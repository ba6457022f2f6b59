package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.iops.units.tree.ChapterModeration;
import org.iops.units.tree.ChosenMemberships;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitDirectoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.modulith.test.Scenario;

/**
 * Every structural change publishes exactly its event, from the transaction that makes it: what a module that keeps
 * data per unit (or a cache of the tree) listens to.
 */
@EnableScenarios
@ExtendWith(PublishedEventsExtension.class)
class UnitEventsTests extends UnitsIntegrationTest {

    @Autowired
    UnitFixtures fixtures;
    @Autowired
    TestMembers members;
    @Autowired
    Structure structure;
    @Autowired
    ChosenMemberships chosen;
    @Autowired
    ChapterModeration moderation;
    @Autowired
    RoleBook roles;
    @Autowired
    Permissions permissions;
    @Autowired
    UnitDirectoryService directory;

    String country = "UY";
    UUID admin;
    UUID member;
    UUID chapter;
    UUID branch;

    @BeforeEach
    void world() {
        admin = fixtures.internationalAdmin();
        member = fixtures.memberIn(country, UnitFixtures.unique("Salto"));
        chapter = fixtures.chapterOf(member);
        branch = fixtures.branchOf(member);
    }

    @Test
    void foundingPublishesChapterFounded(Scenario scenario, PublishedEvents events) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        ChapterFounded founded = only(scenario, events, ChapterFounded.class, () -> structure.found(admin, chapter, day));
        assertThat(founded).isEqualTo(new ChapterFounded(new UnitId(chapter), day, admin));
    }

    @Test
    void dormancyPublishesUnitStatusChanged(Scenario scenario, PublishedEvents events) {
        structure.found(admin, chapter, LocalDate.now(ZoneOffset.UTC));
        UnitStatusChanged changed = only(scenario, events, UnitStatusChanged.class,
                () -> structure.changeStatus(admin, chapter, UnitStatus.DORMANT));
        assertThat(changed).isEqualTo(new UnitStatusChanged(new UnitId(chapter), UnitStatus.ACTIVE, UnitStatus.DORMANT, admin));
    }

    @Test
    void archivingPublishesUnitArchivedAndReopeningUnitStatusChanged(Scenario scenario, PublishedEvents events) {
        String town = directory.find(new UnitId(chapter)).orElseThrow().name();
        directory.place(member, new Residence(country, UnitFixtures.unique("Rivera"), null));
        UnitArchived archived = only(scenario, events, UnitArchived.class,
                () -> structure.changeStatus(admin, chapter, UnitStatus.ARCHIVED));
        assertThat(archived).isEqualTo(new UnitArchived(new UnitId(chapter), UnitLevel.CHAPTER, admin));

        UUID returning = members.add(UnitFixtures.unique("Returning"));
        UnitStatusChanged reopened = onlyOf(scenario, events, UnitStatusChanged.class,
                () -> directory.place(returning, new Residence(country, town, null)), UnitStatusChanged.class,
                MemberPlaced.class);
        assertThat(reopened).isEqualTo(new UnitStatusChanged(new UnitId(chapter), UnitStatus.ARCHIVED,
                UnitStatus.PROVISIONAL, null));
    }

    @Test
    void archivingAChapterEndsTheRolesHeldInItButNotAbove(Scenario scenario) {
        UUID chapterAdmin = fixtures.memberWithRole(Role.ADMIN, chapter);
        UUID branchAdmin = fixtures.memberWithRole(Role.ADMIN, branch);
        directory.place(member, new Residence(country, UnitFixtures.unique("Rivera"), null));

        scenario.stimulate(() -> structure.changeStatus(branchAdmin, chapter, UnitStatus.ARCHIVED))
                .andWaitForStateChange(() -> permissions.holds(chapterAdmin, Role.ADMIN, new UnitId(chapter)), held -> !held)
                .andVerify(held -> assertThat(fixtures.count("SELECT count(*) FROM unit_audit WHERE unit_id = ? "
                        + "AND action = 'ROLE_ENDED' AND subject_member_id = ? AND actor_id = ?", chapter, chapterAdmin,
                        branchAdmin)).isEqualTo(1));
        assertThat(permissions.holds(branchAdmin, Role.ADMIN, new UnitId(branch))).isTrue();
        // the publication went through the durable registry: stored with the archiving (one per listener), and every
        // one completed once handled
        String published = "SELECT count(*) FROM event_publication WHERE event_type = ? AND serialized_event LIKE ?";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(fixtures.count(published, UnitArchived.class.getName(), "%" + chapter + "%")).isPositive();
            assertThat(fixtures.count(published + " AND completion_date IS NULL", UnitArchived.class.getName(),
                    "%" + chapter + "%")).as("publications not completed").isZero();
        });
    }

    @Test
    void mergingPublishesChapterMergedWithTheSurvivor(Scenario scenario, PublishedEvents events) {
        UUID other = fixtures.memberIn(country, UnitFixtures.unique("Paysandú"));
        UUID survivor = fixtures.chapterOf(other);
        ChapterMerged merged = only(scenario, events, ChapterMerged.class, () -> structure.merge(admin, chapter, survivor));
        assertThat(merged).isEqualTo(new ChapterMerged(new UnitId(chapter), new UnitId(survivor), 1, admin));
    }

    @Test
    void movingAChapterIntoARegionPublishesUnitMoved(Scenario scenario, PublishedEvents events) {
        Unit region = only(scenario, events, UnitAdded.class, () -> structure.addRegion(admin, branch, UnitFixtures.unique("Norte")),
                added -> assertThat(added.level()).isEqualTo(UnitLevel.REGION));
        UnitMoved moved = only(scenario, events, UnitMoved.class, () -> structure.moveChapter(admin, chapter, region.id()));
        assertThat(moved).isEqualTo(new UnitMoved(new UnitId(chapter), new UnitId(branch), new UnitId(region.id()), admin));
        structure.moveChapter(admin, chapter, branch);
        UnitArchived removed = only(scenario, events, UnitArchived.class, () -> structure.removeRegion(admin, region.id()));
        assertThat(removed.level()).isEqualTo(UnitLevel.REGION);
    }

    @Test
    void renamingPublishesUnitRenamed(Scenario scenario, PublishedEvents events) {
        String name = UnitFixtures.unique("Tacuarembó");
        String old = directory.find(new UnitId(chapter)).orElseThrow().name();
        UnitRenamed renamed = only(scenario, events, UnitRenamed.class, () -> structure.rename(admin, chapter, name));
        assertThat(renamed).isEqualTo(new UnitRenamed(new UnitId(chapter), old, name));
    }

    @Test
    void placingAndMovingAMemberPublishesMemberPlaced(Scenario scenario, PublishedEvents events) {
        UUID newcomer = members.add(UnitFixtures.unique("Newcomer"));
        String town = UnitFixtures.unique("Salto");
        MemberPlaced first = onlyOf(scenario, events, MemberPlaced.class,
                () -> directory.place(newcomer, new Residence(country, town, null)), MemberPlaced.class, UnitAdded.class,
                ChapterAppeared.class);
        assertThat(first.previousChapter()).isNull();
        assertThat(first.branch()).isEqualTo(new UnitId(branch));

        MemberPlaced moved = onlyOf(scenario, events, MemberPlaced.class,
                () -> directory.place(newcomer, new Residence(country, directory.find(new UnitId(chapter)).orElseThrow().name(), null)),
                MemberPlaced.class);
        assertThat(moved).isEqualTo(new MemberPlaced(newcomer, new UnitId(branch), new UnitId(chapter), first.chapter()));

        assertThat(publishedDuring(events, () -> directory.place(newcomer, new Residence(country,
                directory.find(new UnitId(chapter)).orElseThrow().name(), null))))
                .as("a placement that changes nothing publishes nothing").isEmpty();
    }

    @Test
    void givingAndEndingARolePublishRoleAssignedAndRoleEnded(Scenario scenario, PublishedEvents events) {
        UUID term = only(scenario, events, RoleAssigned.class,
                () -> roles.assign(admin, chapter, member, Role.MODERATOR, null, null),
                assigned -> assertThat(assigned.role()).isEqualTo(Role.MODERATOR));
        RoleEnded ended = only(scenario, events, RoleEnded.class, () -> roles.end(admin, chapter, term));
        assertThat(ended).isEqualTo(new RoleEnded(member, new UnitId(chapter), Role.MODERATOR, false));
    }

    @Test
    void joiningAndLeavingByChoicePublishChapterJoinedAndChapterLeft(Scenario scenario, PublishedEvents events) {
        Unit online = structure.addChapter(admin, branch, UnitFixtures.unique("Online"), ChapterKind.ONLINE);
        ChapterJoined joined = only(scenario, events, ChapterJoined.class, () -> chosen.join(member, online.id()));
        assertThat(joined).isEqualTo(new ChapterJoined(member, new UnitId(online.id())));
        assertThat(publishedDuring(events, () -> chosen.join(member, online.id()))).as("joining twice").isEmpty();
        ChapterLeft left = only(scenario, events, ChapterLeft.class, () -> chosen.leave(member, online.id()));
        assertThat(left).isEqualTo(new ChapterLeft(member, new UnitId(online.id())));
    }

    @Test
    void hidingAndDeletingASpamChapterPublishChapterHiddenAndChapterDeleted(Scenario scenario, PublishedEvents events) {
        UUID spammer = fixtures.memberIn(country, UnitFixtures.unique("Buy pills"));
        UUID spam = fixtures.chapterOf(spammer);
        ChapterHidden hidden = only(scenario, events, ChapterHidden.class, () -> moderation.setHidden(admin, spam, true));
        assertThat(hidden).isEqualTo(new ChapterHidden(new UnitId(spam), true));
        directory.place(spammer, new Residence(country, directory.find(new UnitId(chapter)).orElseThrow().name(), null));
        ChapterDeleted deleted = only(scenario, events, ChapterDeleted.class, () -> moderation.delete(admin, spam));
        assertThat(deleted).isEqualTo(new ChapterDeleted(new UnitId(spam), new UnitId(branch)));
    }

    /** Runs the change through the scenario, waits for its event and checks it was the only event of this module. */
    private <E> E only(Scenario scenario, PublishedEvents events, Class<E> type, Runnable change) {
        return onlyOf(scenario, events, type, () -> {
            change.run();
            return null;
        }, type);
    }

    private <E, S> S only(Scenario scenario, PublishedEvents events, Class<E> type, Supplier<S> change,
            java.util.function.Consumer<E> check) {
        List<Object> before = all(events);
        List<S> result = new ArrayList<>();
        scenario.stimulate(() -> {
            S value = change.get();
            result.add(value);
            return value;
        }).andWaitForEventOfType(type).toArriveAndVerify(check);
        assertThat(unitEvents(all(events).subList(before.size(), all(events).size()))).singleElement().isInstanceOf(type);
        return result.get(0);
    }

    /** The change's event of {@code type}, when the change publishes only events of the {@code allowed} types, once each. */
    private <E> E onlyOf(Scenario scenario, PublishedEvents events, Class<E> type, Supplier<?> change, Class<?>... allowed) {
        List<Object> before = all(events);
        scenario.stimulate(change::get).andWaitForEventOfType(type).toArrive();
        List<Object> published = unitEvents(all(events).subList(before.size(), all(events).size()));
        assertThat(published).extracting(Object::getClass).doesNotHaveDuplicates().allMatch(c -> List.of(allowed).contains(c));
        return type.cast(published.stream().filter(type::isInstance).findFirst().orElseThrow());
    }

    private List<Object> publishedDuring(PublishedEvents events, Runnable change) {
        List<Object> before = all(events);
        change.run();
        return unitEvents(all(events).subList(before.size(), all(events).size()));
    }

    private static List<Object> all(PublishedEvents events) {
        List<Object> all = new ArrayList<>();
        events.ofType(Object.class).forEach(all::add);
        return all;
    }

    /** This module's events, without the framework's own. */
    private static List<Object> unitEvents(List<Object> events) {
        return events.stream().filter(e -> e.getClass().getPackageName().equals("org.iops.units")).toList();
    }
}
