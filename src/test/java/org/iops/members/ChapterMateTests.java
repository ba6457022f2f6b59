package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iops.TestClock;
import org.iops.members.account.Accounts;
import org.iops.units.Residence;
import org.iops.units.TooManyMovesException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.tree.UnitTreeCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * "Members of my chapter" cannot be bought by a click: the attacks of the security review, as a script would make
 * them, against the rule in docs/accounts.md ("Who is a chapter mate"). The application's clock is moved by hand.
 */
class ChapterMateTests extends MembersIntegrationTest {

    @Autowired
    TestClock clock;

    @Autowired
    UnitDirectory units;

    @Autowired
    Accounts accounts;

    @Autowired
    UnitTreeCache tree;

    // twelve letters and digits: six could come within two edits of another test's "Berlin 1995", and the join form
    // then asks whether that chapter was meant instead of starting a new one
    private String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private String emailOf(UUID id) {
        return db.sql("SELECT email FROM member WHERE id = ?").param(id).query(String.class).single();
    }

    private String page(String path, Cookie session) throws Exception {
        MockHttpServletResponse response = perform(get(path).cookie(session));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse move(Cookie session, String country, String town) throws Exception {
        return perform(post("/me/residence").with(csrf()).cookie(session)
                .param("country", country).param("locality", town).param("neighbourhood", ""));
    }

    @Test
    void aBerlinMemberWhoJoinsAnOnlineChapterOfTheUnitedStatesSeesNoTownsOfItsMembers() throws Exception {
        String chicago = "Chicago " + suffix();
        UUID carla = verifiedMember(newEmail("carla"), "Carla Chicago", "US", chicago);
        UUID mate = verifiedMember(newEmail("mate"), "Mateo Chicago", "US", chicago);
        String berlin = "Berlin " + suffix();
        UUID berliner = verifiedMember(newEmail("berliner"), "Bernd", "DE", berlin);
        clock.advance(Duration.ofDays(60)); // everyone has lived where they live for two months
        UnitId online = onlineChapter(units.placementOf(carla).orElseThrow().branch().id(), "United States online " + suffix());
        Cookie carlaSession = login(emailOf(carla), PASSWORD);
        Cookie berndSession = login(emailOf(berliner), PASSWORD);
        for (Cookie session : List.of(carlaSession, berndSession)) {
            assertThat(perform(post("/units/" + online + "/join").with(csrf()).cookie(session)).getStatus()).isEqualTo(302);
        }
        assertThat(units.membershipsOf(berliner)).extracting(u -> u.id()).contains(online);

        // Carla shows her town to "members of my chapter": her residence chapter mate sees it, the Berliner does not
        assertThat(page("/members/" + carla, login(emailOf(mate), PASSWORD))).contains(chicago);
        assertThat(page("/members/" + carla, berndSession)).contains("Carla Chicago").doesNotContain(chicago);
        assertThat(page("/units/" + online, berndSession)).doesNotContain(chicago).doesNotContain("Carla Chicago");
        // nor the other way round: the online chapter does not make Carla the Berliner's chapter mate
        assertThat(page("/members/" + berliner, carlaSession)).contains("Bernd").doesNotContain(berlin);
    }

    @Test
    void fifteenResidenceChangesInARowMakeThreeMovesAndTheRestAreRefusedUntilAWeekHasPassed() throws Exception {
        String home = "Springfield " + suffix();
        UUID mover = verifiedMember(newEmail("mover"), "Max Mover", "US", home);
        Cookie session = login(emailOf(mover), PASSWORD);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(move(session, "US", "Harvest Town " + i + " " + suffix()).getStatus());
        }
        assertThat(statuses.subList(0, UnitDirectory.MOVES_PER_WEEK)).containsOnly(302);
        assertThat(statuses.subList(UnitDirectory.MOVES_PER_WEEK, 15)).containsOnly(429);
        assertThat(residenceChapters(mover)).as("the first placement and three moves").isEqualTo(4);
        assertThat(count("SELECT count(*) FROM unit_audit WHERE subject_member_id = ? AND action = 'MEMBER_MOVED_IN'",
                mover)).as("every move recorded").isEqualTo(3);

        MockHttpServletResponse refused = move(session, "US", "One Too Many " + suffix());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(refused.getContentAsString()).contains("at most 3 times in 7 days").contains("One Too Many");
        assertThat(count("SELECT count(*) FROM units WHERE name LIKE 'One Too Many%'")).as("no chapter made").isZero();
        assertThat(db.sql("SELECT locality FROM member WHERE id = ?").param(mover).query(String.class).single())
                .as("the refused move left the profile as it was").startsWith("Harvest Town 2 ");

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(move(session, "US", home).getStatus()).isEqualTo(302);
    }

    @Test
    void fifteenResidenceChangesSentAtOnceStillMakeOnlyThreeMoves() throws Exception {
        UUID mover = verifiedMember(newEmail("racer"), "Rae Racer", "US", "Shelbyville " + suffix());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 15; i++) {
                Residence residence = new Residence("US", "Race Town " + i + " " + suffix(), null);
                Callable<Boolean> change = () -> {
                    try {
                        accounts.changeResidence(mover, residence);
                        return true;
                    } catch (TooManyMovesException refused) {
                        return false;
                    }
                };
                answers.add(pool.submit(change));
            }
            int moved = 0;
            for (Future<Boolean> answer : answers) {
                moved += answer.get() ? 1 : 0;
            }
            assertThat(moved).isEqualTo(UnitDirectory.MOVES_PER_WEEK);
        } finally {
            pool.shutdown();
        }
        assertThat(residenceChapters(mover)).isEqualTo(1 + UnitDirectory.MOVES_PER_WEEK);
    }

    private long residenceChapters(UUID member) {
        return count("SELECT count(*) FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                + "WHERE m.member_id = ? AND m.kind = 'RESIDENCE' AND u.level = 'CHAPTER'", member);
    }

    @Test
    void movingToChicagoShowsNothingChapterOnlyUntilThirtyDaysHavePassed() throws Exception {
        String chicago = "Chicago " + suffix();
        UUID resident = verifiedMember(newEmail("resident"), "Rita Resident", "US", chicago);
        db.sql("UPDATE member SET neighbourhood = 'Pilsen' WHERE id = ?").param(resident).update();
        UUID newcomer = verifiedMember(newEmail("newcomer"), "Nico Newcomer", "DE", "Hamburg " + suffix());
        clock.advance(Duration.ofDays(90));
        Cookie session = login(emailOf(newcomer), PASSWORD);
        String chapter = units.placementOf(resident).orElseThrow().chapter().path();

        assertThat(move(session, "US", chicago).getStatus()).isEqualTo(302);
        assertThat(units.placementOf(newcomer).orElseThrow().chapter().path()).isEqualTo(chapter);
        assertThat(page("/members/" + resident, session)).contains("Rita Resident").doesNotContain(chicago)
                .doesNotContain("Pilsen");
        assertThat(page(chapter, session)).doesNotContain("Rita Resident");

        clock.advance(Duration.ofDays(29));
        assertThat(page("/members/" + resident, session)).doesNotContain(chicago);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(page("/members/" + resident, session)).contains(chicago).contains("Pilsen");
        assertThat(page(chapter, session)).contains("Rita Resident");
        // the long-time resident saw the newcomer at once: it is the reader who waits, not the one who is read
    }

    private UnitId onlineChapter(UnitId branch, String name) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO units (id, parent_id, level, chapter_kind, status, name, branch_id, country_code, path) "
                        + "SELECT ?, b.id, 'CHAPTER', 'ONLINE', 'ACTIVE', ?, b.id, b.country_code, b.path || ?::uuid "
                        + "FROM units b WHERE b.id = ?")
                .params(id, name, id, branch.value()).update();
        tree.invalidate(); // written around the units module, which keeps the tree in memory
        return new UnitId(id);
    }
}
