package org.iops.polls.core;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.decisions.counting.methods.Fraction;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.iops.demo.DemoUnit;
import org.iops.polls.PollType;
import org.iops.polls.Secrecy;
import org.iops.polls.Weighting;
import org.iops.units.UnitId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's polls: in every living chapter and branch with members, {@code iops.demo.polls-per-unit} polls (default
 * 3) of the seven types in turn, in the branch's language (one in five in another of the four): the first open (its
 * deadline days after the load) with ballots from part of its roll, the others closed with their results counted by
 * the polls' own count ({@link BallotCount}: the same code that counts at a deadline) and their boards' hashes. A
 * fifth have open ballots; half of the branches' choice polls are chapter-weighted. Rolls are the unit's confirmed
 * members, as frozen when voting opened; ballots are written shuffled, with keys from {@link VoterKeys}. Open polls
 * close through the ordinary sweep when their deadline comes.
 */
@Component
@Order(1450)
@ConditionalOnProperty("iops.demo.members")
class DemoPolls implements DemoContribution {

    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");
    private static final PollType[] TYPES = PollType.values();

    private final VoterKeys keys;
    private final Clock clock;
    private final int perUnit;

    DemoPolls(VoterKeys keys, Clock clock, @Value("${iops.demo.polls-per-unit:3}") int perUnit) {
        this.keys = keys;
        this.clock = clock;
        this.perUnit = perUnit;
    }

    /** The COPY streams of the polls' tables, open together (each flush is a COPY of its own). */
    private record Tables(BulkCopy polls, BulkCopy options, BulkCopy roll, BulkCopy participation, BulkCopy ballots) {
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        Map<DemoUnit, List<DemoMember>> byChapter = new LinkedHashMap<>();
        Map<DemoUnit, List<DemoMember>> byBranch = new LinkedHashMap<>();
        for (DemoMember member : load.members()) {
            if (member.confirmed() && member.chapter().living()) {
                byChapter.computeIfAbsent(member.chapter(), c -> new ArrayList<>()).add(member);
                byBranch.computeIfAbsent(member.chapter().branch(), b -> new ArrayList<>()).add(member);
            }
        }
        if (perUnit <= 0 || byChapter.isEmpty()) {
            return;
        }
        Random random = load.random();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try (BulkCopy polls = load.copy("polls", "id, unit_id, created_by, title, description, language, type, seats, "
                        + "opens_at, closes_at, secrecy, weighting, quorum_ballots, quorum_numerator, quorum_denominator, "
                        + "threshold_comparison, threshold_numerator, threshold_denominator, threshold_base, state, "
                        + "roll_size, roll_hash, outcome, winners, ballots_cast, result, board_hash, closed_at, counted_at, "
                        + "created_at");
                BulkCopy options = load.copy("poll_options", "poll_id, position, label");
                BulkCopy roll = load.copy("poll_roll", "poll_id, member_id, chapter_id");
                BulkCopy participation = load.copy("poll_participation", "poll_id, member_id, chapter_id");
                BulkCopy ballots = load.copy("poll_ballots", "id, poll_id, voter_key, receipt, choice, reason, chapter_id, "
                        + "member_id, mixed")) {
            Tables tables = new Tables(polls, options, roll, participation, ballots);
            int turn = 0;
            for (Map<DemoUnit, List<DemoMember>> units : List.of(byChapter, byBranch)) {
                for (Map.Entry<DemoUnit, List<DemoMember>> unit : units.entrySet()) {
                    for (int i = 0; i < perUnit; i++) {
                        poll(load, random, tables, unit.getKey(), unit.getValue(), TYPES[turn++ % TYPES.length], i == 0,
                                units == byBranch, now);
                    }
                }
            }
        }
    }

    private void poll(DemoLoad load, Random random, Tables tables, DemoUnit unit, List<DemoMember> members, PollType type,
            boolean open, boolean branch, Instant now) throws SQLException {
        String language = random.nextInt(5) == 0 ? LANGUAGES.get(random.nextInt(4))
                : DemoPollTexts.languageOf(unit.branch().countryCode());
        DemoPollTexts.Text text = DemoPollTexts.of(language, type);
        boolean question = type == PollType.CONSENT || type == PollType.YES_NO;
        boolean ranked = type == PollType.RANKED || type == PollType.SCHULZE;
        Weighting weighting = branch && !ranked && random.nextBoolean() ? Weighting.CHAPTER_WEIGHTED : Weighting.DIRECT;
        Secrecy secrecy = random.nextInt(5) == 0 ? Secrecy.OPEN : Secrecy.SECRET;
        int seats = branch && type == PollType.RANKED ? 2 : 1;
        Quorum quorum = question ? Quorum.fractionOfElectorate(Fraction.of(20, 100)) : Quorum.none();
        Threshold threshold = type == PollType.CONSENT ? Threshold.twoThirds() : Threshold.simpleMajority();
        Instant closes = open ? now.plus(Duration.ofHours(72 + random.nextInt(240)))
                : now.minus(Duration.ofDays(7 + random.nextInt(400)));
        Instant opens = closes.minus(Duration.ofDays(14));
        UUID id = load.uuid();
        DemoMember author = members.get(random.nextInt(members.size()));
        List<UUID> rollIds = members.stream().map(DemoMember::id).toList();
        Map<Optional<UUID>, Long> rollByChapter = members.stream()
                .collect(Collectors.groupingBy(m -> Optional.of(m.chapter().id()), Collectors.counting()));
        Poll poll = new Poll(id, new UnitId(unit.id()), author.id(), text.title(), text.description(), language, type,
                text.options(), seats, opens, closes, secrecy, weighting, quorum, threshold, null, Poll.State.OPEN,
                (long) members.size(), Roll.hash(rollIds), null, List.of(), null, null, null, null, null);
        for (int i = 0; i < text.options().size(); i++) {
            tables.options().row(id, i, text.options().get(i));
        }
        BallotCount count = new BallotCount(poll);
        BoardDigest board = new BoardDigest();
        List<Object[]> cast = new ArrayList<>();
        double turnout = 0.3 + random.nextDouble() * 0.5;
        for (DemoMember member : members) {
            tables.roll().row(id, member.id(), member.chapter().id());
            if (random.nextDouble() >= turnout) {
                continue;
            }
            tables.participation().row(id, member.id(), member.chapter().id());
            String choice = choice(random, type, text.options().size());
            String reason = choice.equals("BLOCK") ? DemoPollTexts.BLOCK_REASONS.get(language) : null;
            UUID chapter = weighting == Weighting.CHAPTER_WEIGHTED ? member.chapter().id() : null;
            count.add(choice, reason, chapter);
            cast.add(new Object[] {load.uuid(), id, "\\x" + HexFormat.of().formatHex(keys.of(id, member.id())),
                    Voting.receipt(random), choice, reason, chapter, secrecy == Secrecy.OPEN ? member.id() : null, true});
        }
        // nothing in the table's order may follow the participation rows' order
        Collections.shuffle(cast, random);
        for (Object[] ballot : cast) {
            tables.ballots().row(ballot);
        }
        String outcome = null;
        String winners = "{}";
        Long ballots = null;
        String result = null;
        String boardHash = null;
        if (!open) {
            Map<UUID, String> chapterNames = members.stream().map(DemoMember::chapter).distinct()
                    .collect(Collectors.toMap(DemoUnit::id, DemoUnit::name, (first, same) -> first));
            Counting.Count counted = count.count(weighting == Weighting.CHAPTER_WEIGHTED ? rollByChapter : Map.of(),
                    members.size(), chapterNames::get);
            cast.sort(Comparator.comparing(ballot -> (String) ballot[3]));
            cast.forEach(ballot -> board.add((String) ballot[3], (String) ballot[4], (String) ballot[5]));
            outcome = counted.outcome().name();
            winners = counted.winners().stream().map(w -> "\"" + w.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
            ballots = counted.result().ballots();
            result = Closing.JSON.writeValueAsString(counted.result());
            boardHash = board.hex();
        }
        Fraction share = quorum.fractionOfElectorate();
        tables.polls().row(id, unit.id(), author.id(), text.title(), text.description(), language, type.name(), seats,
                opens, closes, secrecy.name(), weighting.name(), quorum.minimumBallots(),
                share == null ? null : share.numerator(), share == null ? null : share.denominator(),
                threshold.comparison().name(), threshold.fraction().numerator(), threshold.fraction().denominator(),
                threshold.base().name(), open ? "OPEN" : "CLOSED", members.size(), poll.rollHash(), outcome, winners,
                ballots, result, boardHash, open ? null : closes, open ? null : closes, opens);
    }

    /** A ballot as stored: an answer, option positions, ranks in order, or one of Y/M/N per time. */
    private static String choice(Random random, PollType type, int options) {
        return switch (type) {
            case CONSENT -> random.nextInt(40) == 0 ? "BLOCK" : List.of("AGREE", "AGREE", "AGREE", "ABSTAIN", "DISAGREE")
                    .get(random.nextInt(5));
            case YES_NO -> List.of("YES", "YES", "NO", "ABSTAIN").get(random.nextInt(4));
            case SINGLE_CHOICE -> String.valueOf(random.nextInt(options));
            case APPROVAL -> java.util.stream.IntStream.range(0, options).filter(i -> random.nextInt(3) == 0)
                    .mapToObj(String::valueOf).collect(Collectors.joining(","));
            case RANKED, SCHULZE -> {
                List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, options).boxed().toList());
                Collections.shuffle(order, random);
                yield order.subList(0, 1 + random.nextInt(options)).stream().map(String::valueOf)
                        .collect(Collectors.joining(">"));
            }
            case MEETING_TIME -> java.util.stream.IntStream.range(0, options).mapToObj(i -> "YMN".charAt(random.nextInt(3)))
                    .map(String::valueOf).collect(Collectors.joining());
        };
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE poll_ballots, poll_participation, poll_roll_changes, poll_roll, poll_options, polls");
        }
    }
}
