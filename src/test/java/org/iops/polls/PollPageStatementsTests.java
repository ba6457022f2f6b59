package org.iops.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.iops.TestClock;
import org.iops.members.MembersIntegrationTest;
import org.iops.polls.core.Closing;
import org.iops.web.StatementLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A poll's page for a signed-in member of its unit (the benchmark's "poll page" rows, docs/benchmarks.md) sends a
 * fixed, small number of SQL statements, the same for a chapter of two as for one of twenty.
 */
class PollPageStatementsTests extends MembersIntegrationTest {

    @Autowired
    Polls polls;
    @Autowired
    Closing closing;
    @Autowired
    TestClock clock;

    @Test
    void anOpenPollsPageAndAClosedOnesResultsSendAFixedNumberOfStatements() throws Exception {
        String email = newEmail("poll-reader");
        String town = "Pärnu " + UUID.randomUUID().toString().substring(0, 8);
        UUID reader = verifiedMember(email, "Poll Reader", "EE", town);
        UUID chapter = db.sql("SELECT m.unit_id FROM unit_memberships m JOIN units u ON u.id = m.unit_id "
                        + "WHERE m.member_id = ? AND m.until IS NULL AND u.level = 'CHAPTER'")
                .param(reader).query(UUID.class).single();
        Cookie session = login(email, PASSWORD);
        PollId closed = polls.open(PollFixtures.spec(chapter, reader, PollType.SINGLE_CHOICE, List.of("Tea", "Coffee"),
                Secrecy.SECRET, clock));
        perform(post("/polls/" + closed + "/vote").with(csrf()).cookie(session).param("option", "1"));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(closing.closeIfDue(closed.value())).isTrue();
        PollId open = polls.open(PollFixtures.spec(chapter, reader, PollType.SINGLE_CHOICE, List.of("Tea", "Coffee"),
                Secrecy.SECRET, clock));

        List<String> openPage = statements("/polls/" + open, session, "/polls/" + open + "/vote");
        List<String> results = statements("/polls/" + closed, session, "class=\"poll-result\"");
        // the session; the poll; whether the reader belongs to its unit; whether they are on its roll and have voted
        // (one statement); the roll's log; its turnout is kept two seconds (polls/core/Turnouts), so the page read
        // again at once asks nothing for it (a closed poll keeps its ballots cast)
        assertThat(tables(openPage)).as("the open poll's page").containsExactly("spring_session", "polls",
                "unit_memberships", "poll_roll", "poll_roll_changes");
        assertThat(tables(results)).as("the closed poll's results").containsExactly("spring_session", "polls",
                "unit_memberships", "poll_roll", "poll_roll_changes");

        assertThat(perform(get("/polls/" + open).cookie(session)).getContentAsString()).contains("0 ballots of 1 member");
        perform(post("/polls/" + open + "/vote").with(csrf()).cookie(session).param("option", "0"));
        assertThat(perform(get("/polls/" + open).cookie(session)).getContentAsString())
                .as("the reader's own ballot is counted at once, kept turnout or not").contains("1 ballot of 1 member");
    }

    /** The table each statement reads from (outside any subquery, else the first it names), in the order sent. */
    private static List<String> tables(List<String> statements) {
        return statements.stream().map(PollPageStatementsTests::table).toList();
    }

    private static String table(String sql) {
        java.util.regex.Matcher from = java.util.regex.Pattern.compile("(?i)\\bFROM\\s+(\\w+)").matcher(sql);
        String first = null;
        while (from.find()) {
            String name = from.group(1).toLowerCase(java.util.Locale.ROOT);
            String before = sql.substring(0, from.start());
            if (before.chars().filter(c -> c == '(').count() == before.chars().filter(c -> c == ')').count()) {
                return name;
            }
            first = first == null ? name : first;
        }
        return first == null ? sql : first;
    }

    /** The statements of the page read a second time (what the first reading fills is not counted). */
    private List<String> statements(String path, Cookie session, String expected) throws Exception {
        perform(get(path).cookie(session));
        return StatementLog.during(() -> {
            var response = perform(get(path).cookie(session));
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(expected, "/logout");
        });
    }
}
