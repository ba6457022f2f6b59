package org.iops.polls.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.members.MemberNames;
import org.iops.polls.PollType;
import org.iops.polls.Weighting;
import org.iops.polls.core.BulletinBoard;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollAccess;
import org.iops.polls.core.Roll;
import org.iops.polls.core.Voting;
import org.iops.polls.web.PollViews.BallotForm;
import org.iops.polls.web.PollViews.OpenVote;
import org.iops.polls.web.PollViews.Option;
import org.iops.polls.web.PollViews.PollPage;
import org.iops.polls.web.PollViews.RollChangeLine;
import org.iops.polls.web.PollViews.TurnoutLine;
import org.iops.text.MemberText;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds a poll's page for one reader: what they may do, the turnout, and the result once it may be shown. */
@Component
class PollPages {

    static final int OPEN_VOTES_SHOWN = 500;

    private final PollAccess access;
    private final Voting voting;
    private final Roll roll;
    private final BulletinBoard board;
    private final UnitDirectory units;
    private final MemberText text;
    private final MemberNames names;
    private final Results results;
    private final Permissions permissions;
    private final Clock clock;

    PollPages(PollAccess access, Voting voting, Roll roll, BulletinBoard board, UnitDirectory units, MemberText text,
            MemberNames names, Results results, Permissions permissions, Clock clock) {
        this.permissions = permissions;
        this.access = access;
        this.voting = voting;
        this.roll = roll;
        this.board = board;
        this.units = units;
        this.text = text;
        this.names = names;
        this.results = results;
        this.clock = clock;
    }

    PollPage page(Poll poll, UUID reader, PageContext page) {
        UnitRef unit = units.find(poll.unit()).orElseThrow();
        Voting.Standing standing = voting.standing(poll.id(), reader);
        boolean onRoll = standing.onRoll();
        boolean open = poll.isOpenAt(clock.instant());
        long ballots = poll.isCounted() && poll.ballotsCast() != null ? poll.ballotsCast() : access.ballots(poll.id());
        List<OpenVote> openVotes = poll.isSecret() ? List.of() : openVotes(poll, page);
        String former = page.t("members.former");
        Map<UUID, String> named = names.displayNames(Stream.of(poll.createdBy(),
                poll.isCancelled() ? poll.cancellation().by() : null).filter(Objects::nonNull).toList());
        return new PollPage(poll.id().toString(), poll.path(), poll.title(), text.render(poll.description()).html(),
                poll.language(), unit.displayName(page.locale()), unit.path(), typeKey(poll.type()),
                "polls.state." + (poll.isCancelled() ? "cancelled" : poll.state().name().toLowerCase(Locale.ROOT)),
                poll.opensAt(), poll.closesAt(), rules(poll, page), poll.rollSize() == null ? 0 : poll.rollSize(),
                poll.rollHash() == null ? "" : poll.rollHash(), log(poll, page), ballots, turnout(poll, unit, page),
                open && onRoll ? ballotForm(poll, page, standing.voted() && !poll.isSecret()
                        ? board.openBallotOf(poll.id(), reader).orElse(null) : null) : null, standing.voted(), onRoll,
                poll.isCounted(), poll.isSecret(), poll.resultsVisible() ? results.view(poll, page) : null, openVotes,
                poll.boardHash(), name(named, poll.createdBy(), former), cancelled(poll, named, former, page),
                !poll.isClosed() && permissions.may(reader, PollActions.CANCEL, poll.unit()) ? poll.path() + "/cancel" : "");
    }

    private static String name(Map<UUID, String> named, @Nullable UUID member, String former) {
        String name = member == null ? "" : named.getOrDefault(member, "");
        return name.isEmpty() ? former : name;
    }

    private static @Nullable String cancelled(Poll poll, Map<UUID, String> named, String former, PageContext page) {
        Poll.Cancellation cancellation = poll.cancellation();
        if (cancellation == null) {
            return null;
        }
        String when = page.dateTime(cancellation.at());
        return cancellation.cause() == Poll.Cancellation.Cause.UNIT_ARCHIVED
                ? page.t("polls.cancelled.archivedLine", when)
                : page.t("polls.cancelled.line", cancellation.reason(), name(named, cancellation.by(), former), when);
    }

    private List<RollChangeLine> log(Poll poll, PageContext page) {
        return roll.changes(poll.id()).stream().map(c -> new RollChangeLine(c.at(),
                "polls.roll.change." + c.change().toLowerCase(Locale.ROOT), c.rollSize(), c.detail() == null ? ""
                        : units.find(new UnitId(c.detail())).map(u -> u.displayName(page.locale())).orElse(""))).toList();
    }

    static String typeKey(PollType type) {
        return "polls.type." + type.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private List<String> rules(Poll poll, PageContext page) {
        List<String> rules = new ArrayList<>();
        rules.add(page.t(poll.isSecret() ? "polls.rules.secret" : "polls.rules.open"));
        if (poll.weighting() == Weighting.CHAPTER_WEIGHTED) {
            rules.add(page.t("polls.rules.weighted"));
        }
        if (poll.seats() > 1) {
            rules.add(page.t("polls.rules.seats", poll.seats()));
        }
        rules.add(quorum(poll.quorum(), page));
        if (poll.type() == PollType.CONSENT || poll.type() == PollType.YES_NO) {
            rules.add(threshold(poll.threshold(), page));
        }
        if (poll.type() == PollType.CONSENT) {
            rules.add(page.t("polls.rules.block"));
        }
        return rules;
    }

    static String quorum(Quorum quorum, PageContext page) {
        if (quorum.fractionOfElectorate() != null) {
            return page.t("polls.rules.quorumShare", percent(quorum.fractionOfElectorate().numerator(),
                    quorum.fractionOfElectorate().denominator()));
        }
        return quorum.minimumBallots() == 0 ? page.t("polls.rules.noQuorum")
                : page.t("polls.rules.quorumBallots", quorum.minimumBallots());
    }

    static String threshold(Threshold threshold, PageContext page) {
        return page.t("polls.rules.threshold." + threshold.comparison().name().toLowerCase(Locale.ROOT),
                threshold.fraction().numerator() + "/" + threshold.fraction().denominator(),
                page.t("polls.base." + threshold.base().name().toLowerCase(Locale.ROOT)));
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private List<TurnoutLine> turnout(Poll poll, UnitRef unit, PageContext page) {
        if (unit.level() == org.iops.units.UnitLevel.CHAPTER) {
            return List.of();
        }
        return access.turnout(poll.id()).stream().map(t -> new TurnoutLine(t.chapter() == null
                        ? page.t("polls.turnout.byChoice")
                        : units.find(new UnitId(t.chapter())).map(u -> u.displayName(page.locale())).orElse(""),
                        t.voted(), t.roll(), percent(t.voted(), t.roll())))
                .sorted(java.util.Comparator.comparing(TurnoutLine::name)).toList();
    }

    private BallotForm ballotForm(Poll poll, PageContext page, @Nullable Choice current) {
        List<Option> options = IntStream.range(0, poll.options().size())
                .mapToObj(i -> new Option(String.valueOf(i), poll.options().get(i))).toList();
        List<String> codes = switch (poll.type()) {
            case CONSENT -> List.of("AGREE", "ABSTAIN", "DISAGREE", "BLOCK");
            case YES_NO -> List.of("YES", "NO", "ABSTAIN");
            case MEETING_TIME -> List.of("Y", "M", "N");
            default -> List.of();
        };
        List<Option> answers = codes.stream().map(code -> new Option(code, page.t(poll.type() == PollType.MEETING_TIME
                ? ChoiceText.timeKey(code.charAt(0)) : ChoiceText.answerKey(code)))).toList();
        return new BallotForm(poll.type().name(), options, answers,
                IntStream.rangeClosed(1, poll.options().size()).boxed().toList(),
                current == null ? Set.of() : current.formFields(poll.type()),
                current == null || current.reason() == null ? "" : current.reason());
    }

    private List<OpenVote> openVotes(Poll poll, PageContext page) {
        List<BulletinBoard.OpenBallot> ballots = board.openBallots(poll.id(), OPEN_VOTES_SHOWN);
        Map<UUID, String> named = names.displayNames(ballots.stream().map(BulletinBoard.OpenBallot::member).toList());
        String former = page.t("members.former");
        return ballots.stream().map(b -> new OpenVote(named.getOrDefault(b.member(), "").isEmpty() ? former
                : named.get(b.member()), ChoiceText.of(poll, b.choice(), page)))
                .sorted(java.util.Comparator.comparing(OpenVote::name)).toList();
    }
}
