package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.MembershipPeriods.PastPlacement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Joining places a member in the branch of their country and the chapter of their locality. */
class PlacementTests extends UnitsIntegrationTest {

    @Autowired
    UnitDirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private Placement place(String country, String locality) {
        return directory.place(UUID.randomUUID(), new Residence(country, locality, null));
    }

    @Test
    void firstMemberFromACountryCreatesItsBranchNamedInEnglishAndAProvisionalChapter() {
        Placement placement = place("is", "Reykjavík");
        assertThat(placement.branch().level()).isEqualTo(UnitLevel.BRANCH);
        assertThat(placement.branch().name()).isEqualTo("Iceland");
        assertThat(placement.chapter().name()).isEqualTo("Reykjavík");
        assertThat(placement.chapter().status()).isEqualTo(UnitStatus.PROVISIONAL);
    }

    @Test
    void localityMatchingIgnoresCaseAccentsAndSurroundingSpaces() {
        Placement first = place("BR", "São Paulo");
        assertThat(place("BR", "sao paulo").chapter()).isEqualTo(first.chapter());
        assertThat(place("br", "  SAO   PAULO ").chapter()).isEqualTo(first.chapter());
        assertThat(place("BR", "São  paulo").branch()).isEqualTo(first.branch());
        assertThat(place("BR", "Santos").chapter()).isNotEqualTo(first.chapter());
    }

    @Test
    void sameLocalityNameInAnotherCountryIsAnotherChapter() {
        assertThat(place("ES", "Córdoba").chapter()).isNotEqualTo(place("AR", "Cordoba").chapter());
    }

    @Test
    void lowerCaseLocalityGivesTheChapterACapitalizedName() {
        assertThat(place("PT", "vila nova de gaia").chapter().name()).isEqualTo("Vila Nova De Gaia");
    }

    @Test
    void aliasesOfTheBranchLeadToTheirChapter() {
        Placement newYork = place("US", "New York");
        UUID chapter = newYork.chapter().id().value();
        jdbc.sql("INSERT INTO unit_aliases (id, branch_id, chapter_id, alias, match_key) VALUES (?, ?, ?, 'NYC', 'nyc')")
                .params(UUID.randomUUID(), newYork.branch().id().value(), chapter).update();
        assertThat(place("US", "nyc").chapter().id().value()).isEqualTo(chapter);
        assertThat(place("US", " NYC ").chapter().id().value()).isEqualTo(chapter);
    }

    @Test
    void residenceChangeMovesTheMemberAndKeepsTheHistory() {
        UUID member = UUID.randomUUID();
        // towns of this test's own: other tests place members in Lyon and Berlin too, in the same database
        String lyonName = UnitFixtures.unique("Lyon");
        String berlinName = UnitFixtures.unique("Berlin");
        Placement lyon = directory.place(member, new Residence("FR", lyonName, null));
        int franceWithTheMember = count(lyon.branch());
        Placement berlin = directory.place(member, new Residence("DE", berlinName, "Kreuzberg"));

        assertThat(directory.placementOf(member)).contains(berlin);
        assertThat(directory.membershipsOf(member)).containsExactly(berlin.branch(), berlin.chapter());
        List<PastPlacement> history = directory.residenceHistory(member);
        assertThat(history).extracting(PastPlacement::chapterName).containsExactly(berlinName, lyonName);
        assertThat(history.get(0).until()).isNull();
        assertThat(history.get(1).until()).isNotNull();
        assertThat(count(lyon.chapter())).isZero();
        assertThat(count(lyon.branch())).isEqualTo(franceWithTheMember - 1);
        assertThat(count(berlin.chapter())).isEqualTo(1);
    }

    @Test
    void chapterMatesAndPlacementHistoryForWholeLists() {
        UUID member = UUID.randomUUID();
        UUID mate = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        directory.place(member, new Residence("FI", "Turku", null));
        directory.place(mate, new Residence("FI", "turku", null));
        directory.place(stranger, new Residence("FI", "Oulu", null));
        assertThat(directory.chapterMatesAmong(member, List.of(mate, stranger), java.time.Instant.now())).containsExactly(mate);

        directory.place(member, new Residence("FI", "Tampere", null));
        assertThat(directory.placementHistoryOf(member)).extracting(p -> p.placement().chapter().name())
                .containsExactly("Turku", "Tampere");
        assertThat(directory.placementHistoryOf(member).get(1).until()).isNull();
        assertThat(directory.chapterMatesAmong(member, List.of(mate), java.time.Instant.now())).isEmpty();
    }

    @Test
    void aForgottenMemberLeavesOnlyCounts() {
        UUID member = UUID.randomUUID();
        Placement placement = directory.place(member, new Residence("LT", "Vilnius", null));
        directory.place(UUID.randomUUID(), new Residence("LT", "vilnius", null));
        directory.forget(member);

        assertThat(directory.placementOf(member)).isEmpty();
        assertThat(directory.membershipsOf(member)).isEmpty();
        assertThat(directory.residenceHistory(member)).isEmpty();
        assertThat(count(placement.chapter())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM unit_audit WHERE subject_member_id = ? OR actor_id = ?")
                .params(member, member).query(Long.class).single()).isZero();
    }

    @Test
    void placingAgainInTheSameLocalityChangesNothing() {
        UUID member = UUID.randomUUID();
        Placement first = directory.place(member, new Residence("NO", "Oslo", null));
        directory.place(member, new Residence("NO", "oslo", null));
        assertThat(directory.residenceHistory(member)).hasSize(1);
        assertThat(count(first.chapter())).isEqualTo(1);
    }

    @Test
    void unknownCountryCodeIsRejectedWithAFieldError() {
        assertThatThrownBy(() -> place("XX", "Nowhere")).isInstanceOf(UnknownCountryException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((InvalidResidenceException) e).field()).isEqualTo("country"));
        assertThatThrownBy(() -> place("", "Nowhere")).isInstanceOf(UnknownCountryException.class);
        assertThatThrownBy(() -> place("FRA", "Paris")).isInstanceOf(UnknownCountryException.class);
    }

    @Test
    void emptyOrHugeLocalityIsRejectedAndNothingIsCreated() {
        long before = jdbc.sql("SELECT count(*) FROM units").query(Long.class).single();
        assertThatThrownBy(() -> place("CL", "   ")).isInstanceOf(InvalidResidenceException.class)
                .satisfies(e -> assertThat(((InvalidResidenceException) e).field()).isEqualTo("locality"));
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> place("CL", "x".repeat(10_000))))
                .isInstanceOf(InvalidResidenceException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM units").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void twoMembersJoiningFromANewCityAtTheSameTimeEndInOneChapter() throws Exception {
        for (int round = 0; round < 5; round++) {
            String city = "Concurrent City " + round;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Placement>> placements = List.of(
                        threads.submit(() -> { start.await(); return transactions.execute(s -> place("KE", city)); }),
                        threads.submit(() -> { start.await(); return transactions.execute(s -> place("KE", city.toUpperCase())); }));
                start.countDown();
                Placement a = placements.get(0).get();
                Placement b = placements.get(1).get();
                assertThat(a.chapter().id()).isEqualTo(b.chapter().id());
                assertThat(count(a.chapter())).isEqualTo(2);
            } finally {
                threads.shutdown();
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM units WHERE level = 'BRANCH' AND country_code = 'KE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoMembersFromANewCountryAtTheSameTimeEndInOneBranch() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Placement> a = threads.submit(() -> { start.await(); return transactions.execute(s -> place("UY", "Montevideo")); });
            Future<Placement> b = threads.submit(() -> { start.await(); return transactions.execute(s -> place("UY", "Salto")); });
            start.countDown();
            assertThat(a.get().branch().id()).isEqualTo(b.get().branch().id());
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void recountingGivesTheSameCountsAsPlacement() {
        // a town of its own: other tests in the shared context place members in Ghana too
        String town = UnitFixtures.unique("Accra");
        Placement placement = place("GH", town);
        place("GH", town.toLowerCase(java.util.Locale.ROOT));
        int branchAsPlaced = count(placement.branch());
        directory.recountMembers();
        assertThat(count(placement.chapter())).isEqualTo(2);
        assertThat(count(placement.branch())).isEqualTo(branchAsPlaced).isGreaterThanOrEqualTo(2);
    }

    private int count(UnitRef unit) {
        return jdbc.sql("SELECT member_count FROM units WHERE id = ?").param(unit.id().value()).query(Integer.class).single();
    }
}
