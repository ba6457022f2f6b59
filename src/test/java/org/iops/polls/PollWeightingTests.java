package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;

/**
 * Proportional say: a branch's chapter-weighted poll counts each chapter's own ballots and weighs its result by its
 * members on the roll, so a large chapter where few voted still speaks for its size, as the results page shows.
 */
@ApplicationTest
class PollWeightingTests extends PollsTestBase {

    @Test
    void aLargeChapterWhereOneVotedOutweighsASmallOneWhereAllVotedAndTheDirectCountSaysTheOpposite() throws Exception {
        // a country of its own: the branch's roll is these six members, whatever other tests add elsewhere
        String country = "IS";
        List<UUID> large = new ArrayList<>();
        String reykjavik = UnitFixtures.unique("Reykjavik");
        for (int i = 0; i < 4; i++) {
            large.add(fixtures.memberIn(country, reykjavik));
        }
        String akureyri = UnitFixtures.unique("Akureyri");
        List<UUID> small = List.of(fixtures.memberIn(country, akureyri), fixtures.memberIn(country, akureyri));
        UUID branch = fixtures.branchOf(large.get(0));
        PollId weighted = open(branch, large.get(0), Weighting.CHAPTER_WEIGHTED);
        PollId direct = open(branch, large.get(0), Weighting.DIRECT);

        for (PollId poll : List.of(weighted, direct)) {
            vote(poll, large.get(0), "0"); // the large chapter: one of four votes for the harbour
            vote(poll, small.get(0), "1"); // the small one: both of two vote for the hills
            vote(poll, small.get(1), "1");
        }
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(weighted.value())).isTrue();
        assertThat(closing.closeIfDue(direct.value())).isTrue();

        String page = page(weighted, small.get(0));
        assertThat(page).contains("Chapter-weighted", "Counts are weighted", "Chosen: Harbour");
        // each chapter's result counts as its members on the roll: 1 ballot of 4 members weighs 4, 2 of 2 weigh 2
        assertThat(row(page, "Harbour")).contains("4.000");
        assertThat(row(page, "Hills")).contains("2.000");
        assertThat(polls.find(weighted).orElseThrow().winners()).containsExactly("Harbour");

        String directPage = page(direct, small.get(0));
        assertThat(directPage).contains("Chosen: Hills").doesNotContain("Counts are weighted");
        assertThat(polls.find(direct).orElseThrow().winners()).containsExactly("Hills");
    }

    @Test
    void aWeightedConsentWhoseRoundedCountsPassTheElectorateIsStillCounted() throws Exception {
        // a country no other test uses: the branch's roll is exactly this chapter's five members
        String town = UnitFixtures.unique("Esch");
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(fixtures.memberIn("LU", town));
        }
        Instant now = clock.instant();
        PollId poll = polls.open(new PollSpec(new UnitId(fixtures.branchOf(members.get(0))), members.get(0),
                "Adopt the branch charter", "", "en", PollType.CONSENT, List.of(), 1, now, now.plus(Duration.ofDays(1)),
                Secrecy.SECRET, Weighting.CHAPTER_WEIGHTED, Quorum.none(), Threshold.simpleMajority(), null));
        // three ballots weigh 5/3 each: 1.667 three times is 5.001, a thousandth more than the electorate
        for (String[] ballot : List.of(new String[] {"AGREE"}, new String[] {"DISAGREE"}, new String[] {"ABSTAIN"})) {
            assertThat(mvc.perform(post("/polls/" + poll + "/vote").with(csrf())
                    .with(fixtures.as(members.get(List.of("AGREE", "DISAGREE", "ABSTAIN").indexOf(ballot[0]))))
                    .param("answer", ballot[0])).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(poll.value())).isTrue();
        assertThat(polls.find(poll).orElseThrow().outcome()).isEqualTo(PollOutcome.REJECTED);
        assertThat(page(poll, members.get(4))).contains("Rejected", "1.667");
    }

    @Test
    void eachChaptersOwnCountsAreShownAndAddUpToTheDirectCount() throws Exception {
        // a country of its own, two chapters each with enough ballots (five or more) to show their own counts
        String valletta = UnitFixtures.unique("Valletta");
        String mdina = UnitFixtures.unique("Mdina");
        List<UUID> first = new ArrayList<>();
        List<UUID> second = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(fixtures.memberIn("MT", valletta));
        }
        for (int i = 0; i < 8; i++) {
            second.add(fixtures.memberIn("MT", mdina));
        }
        UUID branch = fixtures.branchOf(first.get(0));
        PollId weighted = open(branch, first.get(0), Weighting.CHAPTER_WEIGHTED);
        PollId direct = open(branch, first.get(0), Weighting.DIRECT);
        for (PollId poll : List.of(weighted, direct)) {
            for (int i = 0; i < 5; i++) { // Valletta: 5 of 6 vote, 4 for the harbour
                vote(poll, first.get(i), i < 4 ? "0" : "1");
            }
            for (int i = 0; i < 6; i++) { // Mdina: 6 of 8 vote, 1 for the harbour
                vote(poll, second.get(i), i < 1 ? "0" : "1");
            }
        }
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(weighted.value())).isTrue();
        assertThat(closing.closeIfDue(direct.value())).isTrue();

        String page = page(weighted, first.get(0));
        assertThat(page).contains("id=\"chapter-results\"", "fewer than 5 members voted");
        // ballots of the roll, what each ballot counted for (roll over ballots), then Harbour and Hills
        assertThat(cells(chapterRow(page, valletta))).containsExactly("5 of 6", "1.200", "4", "1");
        assertThat(cells(chapterRow(page, mdina))).containsExactly("6 of 8", "1.333", "1", "5");
        String directPage = page(direct, first.get(0));
        assertThat(row(directPage, "Harbour")).contains(">5<"); // 4 + 1
        assertThat(row(directPage, "Hills")).contains(">6<"); // 1 + 5
        assertThat(directPage).doesNotContain("id=\"chapter-results\"");
        // and weighted: 4 x 6/5 + 1 x 8/6 for the harbour, 1 x 6/5 + 5 x 8/6 for the hills
        assertThat(row(page, "Harbour")).contains("6.133");
        assertThat(row(page, "Hills")).contains("7.867");

        // a result stored before chapters had lines still shows, without the chapters' table
        jdbc.sql("UPDATE polls SET result = result - 'chapters' WHERE id = ?").param(weighted.value()).update();
        String old = page(weighted, first.get(0));
        assertThat(row(old, "Harbour")).contains("6.133");
        assertThat(old).contains("Chosen: Hills").doesNotContain("id=\"chapter-results\"");
    }

    @Test
    void anOpenBallotPollShowsEvenASmallChaptersCounts() throws Exception {
        String town = UnitFixtures.unique("Split");
        UUID first = fixtures.memberIn("HR", town);
        UUID second = fixtures.memberIn("HR", town);
        Instant now = clock.instant();
        PollId poll = polls.open(new PollSpec(new UnitId(fixtures.branchOf(first)), first, "Where do we meet, openly?",
                "", "en", PollType.SINGLE_CHOICE, List.of("Harbour", "Hills"), 1, now, now.plus(Duration.ofDays(1)),
                Secrecy.OPEN, Weighting.CHAPTER_WEIGHTED, Quorum.none(), Threshold.simpleMajority(), null));
        vote(poll, first, "0");
        vote(poll, second, "1");
        // who voted what is on the page already, so the chapter's counts hide nothing, even live
        assertThat(cells(chapterRow(page(poll, first), town))).containsExactly("2 of 2", "1.000", "1", "1");
    }

    private PollId open(UUID branch, UUID by, Weighting weighting) {
        Instant now = clock.instant();
        return polls.open(new PollSpec(new UnitId(branch), by, "Where do we meet? " + weighting, "Our branch meeting.",
                "en", PollType.SINGLE_CHOICE, List.of("Harbour", "Hills"), 1, now, now.plus(Duration.ofDays(1)),
                Secrecy.SECRET, weighting, Quorum.none(), Threshold.simpleMajority(), null));
    }

    private void vote(PollId poll, UUID member, String option) throws Exception {
        assertThat(mvc.perform(post("/polls/" + poll + "/vote").with(csrf()).with(fixtures.as(member))
                .param("option", option)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private String page(PollId poll, UUID member) throws Exception {
        return mvc.perform(get("/polls/" + poll).with(fixtures.as(member))).andReturn().getResponse()
                .getContentAsString();
    }

    /** The result table's row of an option, from its label to the end of the row. */
    private static String row(String page, String option) {
        int table = page.indexOf("Votes per option");
        int start = page.indexOf(option, table);
        assertThat(start).as("a row for " + option).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** The row of a chapter in the table of each chapter's own ballots. */
    static String chapterRow(String page, String chapter) {
        int table = page.indexOf("id=\"chapter-results\"");
        assertThat(table).as("the chapters' table").isPositive();
        int start = page.indexOf(">" + chapter + "<", table);
        assertThat(start).as("a row for " + chapter).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** The text of a row's data cells. */
    static List<String> cells(String row) {
        return java.util.regex.Pattern.compile("<td[^>]*>\\s*([^<]*?)\\s*</td>").matcher(row).results()
                .map(m -> m.group(1)).toList();
    }
}
