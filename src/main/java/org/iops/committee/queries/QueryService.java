package org.iops.committee.queries;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.QueryId;
import org.iops.content.Contents;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleVersion;
import org.iops.members.MemberNames;
import org.iops.notifications.NotificationPlace;
import org.iops.notifications.Notifications;
import org.iops.notifications.Parameter;
import org.iops.notifications.ReplyThread;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circulating a query to a unit's committee and taking the committee's answers, from every path (the site, an
 * answer link, a reply by email) through the same checks: only the committee it was circulated to answers, only
 * before the deadline, a block only with a reason; a member may change their answer until the deadline.
 */
@Service
public class QueryService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QueryRepository queries;
    private final CommitteeRoll roll;
    private final GoverningRules rules;
    private final Contents contents;
    private final UnitDirectory units;
    private final Notifications notifications;
    private final AnswerTokens tokens;
    private final MemberNames names;
    private final Clock clock;
    private final String baseUrl;

    QueryService(QueryRepository queries, CommitteeRoll roll, GoverningRules rules, Contents contents,
            UnitDirectory units, Notifications notifications, AnswerTokens tokens, MemberNames names, Clock clock,
            @Value("${iops.base-url}") String baseUrl) {
        this.queries = queries;
        this.roll = roll;
        this.rules = rules;
        this.contents = contents;
        this.units = units;
        this.notifications = notifications;
        this.tokens = tokens;
        this.names = names;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The deadline a new query in the unit gets by default: now plus the procedures' answer period. */
    public Instant defaultDeadline(UnitId unit) {
        return clock.instant().plus(Duration.ofDays(rules.current(CommitteeProcedures.RULE, unit).answerDays()));
    }

    /** Circulates a query and emails every member of the unit's committee their answer links. */
    @Transactional
    public Query circulate(UUID author, UnitId unit, String title, String body, String language, Instant deadline) {
        if (!roll.may(author, CommitteeCatalogs.QUERY, unit)) {
            throw new CommitteeRefusedException("committee.query.notOnCommittee", 403);
        }
        Instant now = clock.instant();
        if (!deadline.isAfter(now)) {
            throw new CommitteeRefusedException("committee.deadline.past", 422);
        }
        if (deadline.isAfter(now.plus(Duration.ofDays(CommitteeProcedures.MAX_DAYS)))) {
            throw new CommitteeRefusedException("committee.deadline.tooFar", 422);
        }
        if (!MemberText.fits(body)) {
            throw new CommitteeRefusedException("committee.body.tooLong", 422);
        }
        contents.checkPosting(author, unit, body);
        RuleVersion<CommitteeProcedures> version = rules.currentVersion(CommitteeProcedures.RULE, unit);
        CommitteeProcedures procedures = version == null ? CommitteeProcedures.DEFAULT : version.value();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Query query = new Query(UUID.randomUUID(), unit, author, title.strip(), body, language, now, deadline,
                QueryStatus.OPEN, procedures, version == null ? null : version.version(), key, null, null, null, null);
        List<UUID> committee = roll.members(unit);
        queries.insert(query, committee);
        queries.step(query.id(), now, "circulated", author, String.valueOf(committee.size()));
        UnitRef where = units.find(unit).orElseThrow(() -> new NotFoundException("unit"));
        String authorName = names.displayNames(List.of(author)).getOrDefault(author, "");
        for (UUID member : committee) {
            String answerAt = baseUrl + "/committee/answer/" + tokens.token(query, member);
            notifications.notify(member, CommitteeCatalogs.QUERY_MAIL, answerAt,
                    NotificationPlace.thread(unit.value(), where.name(), new ReplyThread(QueryId.TYPE, query.id())),
                    Parameter.recipientName(), Parameter.text(authorName), Parameter.text(query.title()),
                    Parameter.date(deadline), Parameter.text(answerAt + "?answer=consent"),
                    Parameter.text(answerAt + "?answer=object"), Parameter.text(answerAt + "?answer=block"),
                    Parameter.text(answerAt + "?answer=abstain"), Parameter.text(body));
        }
        return query;
    }

    /**
     * Records the member's answer (or their new answer), by the path named in {@code via}: {@code SITE},
     * {@code LINK} or {@code EMAIL}.
     */
    @Transactional
    public void answer(UUID member, UUID queryId, Answer answer, String reason, String via) {
        Query query = queries.lock(queryId).orElseThrow(() -> new NotFoundException("committee query"));
        String why = reason == null ? "" : reason.strip();
        if (answer == Answer.NO_REPLY) {
            throw new CommitteeRefusedException("committee.answer.unknown", 422);
        }
        if (!queries.asked(queryId, member) || !roll.may(member, CommitteeCatalogs.ANSWER, query.unit())) {
            throw new CommitteeRefusedException("committee.answer.notOnCommittee", 403);
        }
        if (!query.openAt(clock.instant())) {
            throw new CommitteeRefusedException("committee.answer.closed", 409);
        }
        if (answer == Answer.BLOCK && why.isEmpty()) {
            throw new CommitteeRefusedException("committee.answer.reasonRequired", 422);
        }
        if (why.length() > MAX_REASON) {
            throw new CommitteeRefusedException("committee.answer.reasonTooLong", 422);
        }
        boolean changed = queries.answers(queryId).stream()
                .anyMatch(row -> member.equals(row.member()) && row.answer() != null);
        queries.answer(queryId, member, answer, why, clock.instant(), via);
        queries.step(queryId, clock.instant(), changed ? "changed" : "answered", member, answer.name());
    }
}
