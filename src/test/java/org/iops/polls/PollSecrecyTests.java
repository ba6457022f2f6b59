package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.polls.core.Choice;
import org.iops.units.UnitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A secret ballot cannot be traced to its voter: no table holds a voter's id beside anything that names a ballot,
 * the ballots table has no time, no sequence and no member, and the order rows sit in says nothing once mixed; and
 * no vote choice reaches the logs.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class PollSecrecyTests extends PollsTestBase {

    @Test
    void noTableJoinsASecretBallotToItsVoter() {
        String town = UnitFixtures.unique("Aveiro");
        List<UUID> voters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            voters.add(fixtures.memberIn("PT", town));
        }
        PollId poll = polls.open(PollFixtures.spec(fixtures.chapterOf(voters.get(0)), voters.get(0),
                PollType.SINGLE_CHOICE, List.of("North", "South", "East"), Secrecy.SECRET, clock));
        Map<UUID, String> receipts = new HashMap<>();
        for (int i = 0; i < voters.size(); i++) {
            UUID voter = voters.get(i);
            receipts.put(voter, voting.cast(poll.value(), voter, option(i % 3)));
            if (i % 5 == 0) {
                receipts.put(voter, voting.cast(poll.value(), voter, option((i + 1) % 3)));
            }
        }
        clock.advance(Duration.ofDays(2));
        assertThat(closing.closeIfDue(poll.value())).isTrue();

        assertThat(ballotColumns("data_type LIKE 'timestamp%' OR data_type IN ('date', 'time')")).as("times").isEmpty();
        assertThat(ballotColumns("column_default LIKE 'nextval%' OR is_identity = 'YES'")).as("sequences").isEmpty();
        List<String> ballotIds = jdbc.sql("SELECT id::text FROM poll_ballots WHERE poll_id = ?").param(poll.value())
                .query(String.class).list();
        List<String> named = new ArrayList<>(receipts.values());
        named.addAll(ballotIds);
        List<String> voterIds = voters.stream().map(UUID::toString).toList();
        for (String[] column : textColumns()) {
            String table = column[0];
            boolean holdsVoters = anyIn(table, column[1], voterIds);
            if (!holdsVoters) {
                continue;
            }
            for (String[] other : textColumns()) {
                if (other[0].equals(table)) {
                    assertThat(anyIn(table, other[1], named))
                            .as("%s.%s holds voters and %s.%s names ballots", table, column[1], table, other[1]).isFalse();
                }
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM poll_ballots WHERE poll_id = ? AND member_id IS NOT NULL")
                .param(poll.value()).query(Long.class).single()).isZero();

        List<String> ballotOrder = jdbc.sql("SELECT receipt FROM poll_ballots WHERE poll_id = ? ORDER BY ctid")
                .param(poll.value()).query(String.class).list();
        List<UUID> participationOrder = jdbc.sql("SELECT member_id FROM poll_participation WHERE poll_id = ? ORDER BY ctid")
                .param(poll.value()).query(UUID.class).list();
        double[] ballotRank = new double[voters.size()];
        double[] participationRank = new double[voters.size()];
        for (int i = 0; i < participationOrder.size(); i++) {
            participationRank[i] = i;
            ballotRank[i] = ballotOrder.indexOf(receipts.get(participationOrder.get(i)));
        }
        assertThat(Math.abs(spearman(participationRank, ballotRank)))
                .as("the ballots' physical order follows the order members voted in").isLessThan(0.7);
    }

    @Test
    void noVoteChoiceReachesTheLogs(CapturedOutput output) throws Exception {
        String town = UnitFixtures.unique("Viseu");
        UUID member = fixtures.memberIn("PT", town);
        UUID other = fixtures.memberIn("PT", town);
        String secretOption = "Zanzibar-" + UUID.randomUUID();
        String reason = "Because-" + UUID.randomUUID();
        PollId choice = polls.open(PollFixtures.spec(fixtures.chapterOf(member), member, PollType.APPROVAL,
                List.of("Plain", secretOption), Secrecy.SECRET, clock));
        PollId consent = polls.open(PollFixtures.spec(fixtures.chapterOf(member), member, PollType.CONSENT,
                List.of(), Secrecy.SECRET, clock));
        int before = output.length();
        mvc.perform(post("/polls/" + choice + "/vote").with(csrf()).with(fixtures.as(member)).param("option", "1"));
        mvc.perform(post("/polls/" + choice + "/vote").with(csrf()).with(fixtures.as(other)).param("option", "1")
                .param("option", "1"));
        mvc.perform(post("/polls/" + consent + "/vote").with(csrf()).with(fixtures.as(member)).param("answer", "BLOCK")
                .param("reason", reason));
        clock.advance(Duration.ofDays(2));
        closing.closeIfDue(choice.value());
        closing.closeIfDue(consent.value());

        String logged = output.toString().substring(before);
        assertThat(logged).doesNotContain(secretOption).doesNotContain(reason).doesNotContain("BLOCK");
    }

    @Test
    void aChapterWhereFewerThanFiveVotedShowsNoCountsAnywhereAndTheTotalsDoNotGiveThemAway() throws Exception {
        // a branch of its own: Ljubljana 7 members (6 vote), Maribor 5 (all vote), Ptuj 3 (2 vote, both for the hills)
        String ljubljana = UnitFixtures.unique("Ljubljana");
        String maribor = UnitFixtures.unique("Maribor");
        String ptuj = UnitFixtures.unique("Ptuj");
        List<UUID> large = members("SI", ljubljana, 7);
        List<UUID> middle = members("SI", maribor, 5);
        List<UUID> small = members("SI", ptuj, 3);
        java.time.Instant now = clock.instant();
        PollId poll = polls.open(new PollSpec(new org.iops.units.UnitId(fixtures.branchOf(large.get(0))), large.get(0),
                "Where does the branch meet?", "", "en", PollType.SINGLE_CHOICE, List.of("Harbour", "Hills"), 1, now,
                now.plus(Duration.ofDays(1)), Secrecy.SECRET, Weighting.CHAPTER_WEIGHTED,
                org.iops.decisions.counting.methods.Quorum.none(),
                org.iops.decisions.counting.methods.Threshold.simpleMajority(), null));
        for (int i = 0; i < 6; i++) {
            voting.cast(poll.value(), large.get(i), option(i < 4 ? 0 : 1));
        }
        for (int i = 0; i < 5; i++) {
            voting.cast(poll.value(), middle.get(i), option(i < 3 ? 0 : 1));
        }
        voting.cast(poll.value(), small.get(0), option(1));
        voting.cast(poll.value(), small.get(1), option(1));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(poll.value())).isTrue();

        String page = mvc.perform(get("/polls/" + poll).with(fixtures.as(small.get(0)))).andReturn().getResponse()
                .getContentAsString();
        String hidden = "Too few ballots to show";
        assertThat(PollWeightingTests.cells(PollWeightingTests.chapterRow(page, ptuj)))
                .containsExactly("2 of 3", "1.500", hidden);
        // Maribor's five could be shown, but then Ptuj's would be the total minus the others': it is hidden too
        assertThat(PollWeightingTests.cells(PollWeightingTests.chapterRow(page, maribor)))
                .containsExactly("5 of 5", "1.000", hidden);
        assertThat(PollWeightingTests.cells(PollWeightingTests.chapterRow(page, ljubljana)))
                .containsExactly("6 of 7", "1.167", "4", "2");

        // the differencing attack, with everything the page publishes: the weighted total for the harbour, the
        // counts shown, and each hidden chapter's ballots and weight. More than one split of the hidden ballots
        // fits, and Ptuj's two could have gone either way.
        double harbour = Double.parseDouble(total(page, "Harbour"));
        double rest = harbour - 4 * 7.0 / 6;
        Set<Integer> ptujHarbour = new java.util.HashSet<>();
        for (int mariborHarbour = 0; mariborHarbour <= 5; mariborHarbour++) {
            for (int ptujVotes = 0; ptujVotes <= 2; ptujVotes++) {
                if (Math.abs(mariborHarbour * 1.0 + ptujVotes * 1.5 - rest) < 0.002) {
                    ptujHarbour.add(ptujVotes);
                }
            }
        }
        assertThat(ptujHarbour).as("Ptuj's harbour votes that fit what is published").hasSizeGreaterThan(1);

        // the stored result (JSON) and the board's text hold no hidden chapter's counts either
        String stored = jdbc.sql("SELECT result::text FROM polls WHERE id = ?").param(poll.value()).query(String.class)
                .single();
        tools.jackson.databind.JsonNode chapters = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(stored).get("chapters");
        assertThat(chapters).hasSize(3);
        for (tools.jackson.databind.JsonNode chapter : chapters) {
            boolean shown = chapter.get("ballots").asLong() == 6;
            assertThat(chapter.get("suppressed").asBoolean()).isEqualTo(!shown);
            assertThat(chapter.get("votes").isNull()).as(chapter.get("name").asString()).isEqualTo(!shown);
        }
        String board = mvc.perform(get("/polls/" + poll + "/board.txt").with(fixtures.as(small.get(0)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(board.lines()).hasSize(13);
        assertThat(board).doesNotContain(fixtures.chapterOf(small.get(0)).toString());
    }

    private List<UUID> members(String country, String town, int count) {
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(fixtures.memberIn(country, town));
        }
        return members;
    }

    /** The weighted total of an option in the result's table. */
    private static String total(String page, String option) {
        java.util.regex.Matcher found = java.util.regex.Pattern
                .compile(">" + option + "</th><td class=\"num\">([0-9.]+)</td>").matcher(page);
        assertThat(found.find()).as("a total for " + option).isTrue();
        return found.group(1);
    }

    private static Choice option(int position) {
        return Choice.read(PollType.SINGLE_CHOICE, 3, Map.of("option", new String[] {String.valueOf(position)}));
    }

    private List<String> ballotColumns(String condition) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'poll_ballots' AND ("
                + condition + ")").query(String.class).list();
    }

    /** Every text and uuid column of every table in the application's schema. */
    private List<String[]> textColumns() {
        return jdbc.sql("SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
                        + "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                        + "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                        + "AND c.data_type IN ('uuid', 'text', 'character varying', 'jsonb', 'json', 'bytea')")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Whether any value of the column contains one of the values (JSON and text included). */
    private boolean anyIn(String table, String column, List<String> values) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM \"" + table + "\" t, unnest(CAST(? AS text[])) v "
                        + "WHERE strpos(t.\"" + column + "\"::text, v) > 0)")
                .param(values.toArray(String[]::new)).query(Boolean.class).single();
    }

    private static double spearman(double[] a, double[] b) {
        int n = a.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return 1 - 6 * sum / (n * ((double) n * n - 1));
    }
}
