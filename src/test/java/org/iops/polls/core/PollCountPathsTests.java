package org.iops.polls.core;

import org.iops.polls.PollsTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.polls.PollId;
import org.iops.polls.PollSpec;
import org.iops.polls.PollType;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.UnitFixtures;
import org.iops.units.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At the deadline PostgreSQL groups the ballots (each distinct ballot once, with how many) and hashes the board
 * ({@link Closing}, {@link BulletinBoard#hash}); before, every ballot was read and counted one by one and the board
 * hashed in Java ({@link BoardDigest}). Both must publish the same: for every poll type, a chapter-weighted one, a
 * single transferable vote whose surplus moves in fractions, and block reasons full of tabs, line feeds, backslashes
 * and accents, the stored result, outcome, winners and board hash equal a count of each ballot and a hash of the
 * board's text.
 */
@ApplicationTest
class PollCountPathsTests extends PollsTestBase {

    @Autowired
    PollRepository repository;
    @Autowired
    BulletinBoard board;
    @Autowired
    Roll roll;
    @Autowired
    org.iops.units.UnitDirectory units;

    @Test
    void theGroupedCountAndTheDatabasesBoardHashAreThoseOfEveryBallotCountedOneByOne() throws Exception {
        String country = "MT";
        String valletta = UnitFixtures.unique("Valletta");
        String mdina = UnitFixtures.unique("Mdina");
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            members.add(fixtures.memberIn(country, i < 10 ? valletta : mdina));
        }
        UUID chapter = fixtures.chapterOf(members.get(0));
        UUID branch = fixtures.branchOf(members.get(0));
        List<String> three = List.of("Harbour", "Hills", "Coast");
        List<PollId> opened = List.of(
                open(chapter, PollType.YES_NO, List.of(), 1, Weighting.DIRECT),
                open(chapter, PollType.CONSENT, List.of(), 1, Weighting.DIRECT),
                open(chapter, PollType.SINGLE_CHOICE, three, 1, Weighting.DIRECT),
                open(branch, PollType.APPROVAL, three, 1, Weighting.CHAPTER_WEIGHTED),
                open(branch, PollType.CONSENT, List.of(), 1, Weighting.CHAPTER_WEIGHTED),
                open(chapter, PollType.MEETING_TIME, List.of("Monday", "Tuesday"), 1, Weighting.DIRECT),
                open(chapter, PollType.RANKED, three, 1, Weighting.DIRECT),
                open(chapter, PollType.RANKED, three, 2, Weighting.DIRECT),
                open(chapter, PollType.SCHULZE, three, 1, Weighting.DIRECT));
        Random random = new Random(42);
        for (PollId poll : opened) {
            PollType type = repository.find(poll.value()).orElseThrow().type();
            for (UUID member : members) {
                if (voting.onRoll(poll.value(), member)) {
                    voting.cast(poll.value(), member, ballot(type, random));
                }
            }
        }
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        for (PollId id : opened) {
            assertThat(closing.closeIfDue(id.value())).isTrue();
            Poll poll = repository.find(id.value()).orElseThrow();
            Counting.Count each = countEachBallot(poll);
            String what = poll.type() + " " + poll.weighting() + " " + poll.seats() + " seats";
            assertThat(poll.outcome()).as(what).isEqualTo(each.outcome());
            assertThat(poll.winners()).as(what).isEqualTo(each.winners());
            assertThat(Closing.stored(poll)).as(what).isEqualTo(each.result());
            assertThat(poll.boardHash()).as(what).isEqualTo(hashOfTheBoardsText(id.value()));
        }
        Poll stv = repository.find(opened.get(7).value()).orElseThrow();
        assertThat(Closing.stored(stv).rounds().toString()).as("a surplus moved in fractions").contains(".");
    }

    private PollId open(UUID unit, PollType type, List<String> options, int seats, Weighting weighting) {
        Instant now = clock.instant();
        return polls.open(new PollSpec(new UnitId(unit), null, "Paths " + type, "", "en", type, options, seats, now,
                now.plus(Duration.ofDays(1)), Secrecy.SECRET, weighting, Quorum.none(), Threshold.simpleMajority(),
                null));
    }

    private static Choice ballot(PollType type, Random random) {
        return switch (type) {
            case YES_NO -> new Choice(List.of("YES", "YES", "NO", "ABSTAIN").get(random.nextInt(4)), null);
            case CONSENT -> random.nextInt(3) == 0
                    ? new Choice("BLOCK", List.of("too\tsoon", "line\none\r\nline two", "a \\ backslash",
                            "trop tôt, ça coûte", "Grüße").get(random.nextInt(5)))
                    : new Choice(List.of("AGREE", "DISAGREE", "ABSTAIN").get(random.nextInt(3)), null);
            case SINGLE_CHOICE -> new Choice(String.valueOf(random.nextInt(3)), null);
            case APPROVAL -> new Choice(List.of("", "0", "0,1", "1,2", "0,1,2").get(random.nextInt(5)), null);
            case MEETING_TIME -> new Choice(List.of("YY", "YM", "NY", "MN").get(random.nextInt(4)), null);
            // most rank the harbour first, so that in the two-seat count its surplus moves on in fractions
            case RANKED, SCHULZE -> new Choice(List.of("0>1>2", "0>1", "0>2>1", "1>0", "2", "1>2>0", "0>1>2")
                    .get(random.nextInt(7)), null);
        };
    }

    // what closing did before: every ballot read and counted one by one
    private Counting.Count countEachBallot(Poll poll) {
        BallotCount count = new BallotCount(poll);
        long[] ballots = {0};
        jdbc.sql("SELECT choice, reason, chapter_id FROM poll_ballots WHERE poll_id = ?").param(poll.id())
                .query(rs -> {
                    count.add(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class));
                    ballots[0]++;
                });
        return count.count(poll.weighting() == Weighting.CHAPTER_WEIGHTED ? roll.perChapter(poll.id()) : java.util.Map.of(),
                Math.max(poll.rollSize(), ballots[0]), chapter -> units.find(new org.iops.units.UnitId(chapter))
                        .map(org.iops.units.UnitRef::name).orElse(""));
    }

    // the board's text as members download it, and its lines hashed in Java, sorted by code in Java
    private String hashOfTheBoardsText(UUID poll) throws Exception {
        StringBuilder text = new StringBuilder();
        board.write(poll, text);
        BoardDigest digest = new BoardDigest();
        jdbc.sql("SELECT receipt, choice, reason FROM poll_ballots WHERE poll_id = ?").param(poll)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().stream()
                .sorted(java.util.Comparator.comparing((String[] line) -> line[0]))
                .forEach(line -> digest.add(line[0], line[1], line[2]));
        String fromText = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(digest.hex()).isEqualTo(fromText);
        return fromText;
    }
}
