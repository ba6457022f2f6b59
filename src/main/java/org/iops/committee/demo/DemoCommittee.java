package org.iops.committee.demo;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.queries.Answer;
import org.iops.committee.queries.Tally;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.units.Role;
import org.iops.units.RoleRoster;
import org.iops.units.UnitId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo committee's queries: the international's interim committee (the committee members the units demo names)
 * circulates {@code iops.demo.committee-queries} queries (default 40) in English, Spanish, French and German; most
 * closed at past deadlines, adopted or not, with every member's answer or "no reply"; the last four are still open,
 * half answered. The procedures are the default (non-replies not counted).
 */
@Component
@Order(1400)
@ConditionalOnProperty("iops.demo.members")
class DemoCommittee implements DemoContribution {

    static final int OPEN = 4;

    private final int count;
    private final RoleRoster roster;

    DemoCommittee(@Value("${iops.demo.committee-queries:40}") int count, RoleRoster roster) {
        this.count = count;
        this.roster = roster;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        List<UUID> committee = committee(load);
        if (committee.isEmpty()) {
            return;
        }
        Random random = load.random();
        String procedure = "{\"nonReplies\":\"NOT_COUNTED\",\"objectionPercent\":25,\"answerDays\":7,\"pollDays\":30}";
        // the answers and steps go in after their queries (foreign keys), so they wait in memory: a dozen rows a query
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        try (BulkCopy queries = load.copy("committee_query", "id, unit_id, author_id, title, body, language, "
                + "created_at, deadline, status, procedure, token_key, closed_at")) {
            for (int i = 0; i < count; i++) {
                boolean open = i >= count - OPEN;
                String language = DemoQueries.LANGUAGES.get(i % DemoQueries.LANGUAGES.size());
                UUID id = load.uuid();
                UUID author = committee.get(random.nextInt(committee.size()));
                Instant deadline = open ? DemoLoad.LOADED_AT.plus(Duration.ofDays(400 + i))
                        : DemoLoad.LOADED_AT.minus(Duration.ofDays(7L * (count - i)));
                Instant created = deadline.minus(Duration.ofDays(7));
                List<Answer> given = new ArrayList<>();
                for (UUID member : committee) {
                    Answer answer = answer(random, open);
                    given.add(answer);
                    Instant at = answer == null ? null : answer == Answer.NO_REPLY ? deadline
                            : created.plus(Duration.ofHours(1 + random.nextInt(100)));
                    String via = answer == null ? null : answer == Answer.NO_REPLY ? "DEADLINE"
                            : List.of("LINK", "EMAIL", "SITE").get(random.nextInt(3));
                    answers.add(new Object[] {load.uuid(), id, member, answer == null ? null : answer.name(),
                            answer == Answer.OBJECT ? DemoQueries.reason(language, random) : "", at, via});
                }
                Tally tally = Tally.of(given);
                String status = open ? "OPEN"
                        : tally.verdict(CommitteeProcedures.DEFAULT) == Tally.Verdict.ADOPTED ? "ADOPTED" : "REJECTED";
                byte[] key = new byte[32];
                random.nextBytes(key);
                queries.row(id, DemoLoad.INTERNATIONAL, author, DemoQueries.title(language, i),
                        DemoQueries.body(language, i), language, created, deadline, status, procedure,
                        "\\x" + HexFormat.of().formatHex(key), open ? null : deadline);
                steps.add(new Object[] {id, created, "circulated", author, "{" + committee.size() + "}"});
                if (!open) {
                    steps.add(new Object[] {id, deadline, "closed", null, "{" + tally.consent() + "," + tally.object()
                            + "," + tally.block() + "," + tally.abstain() + "," + tally.noReply() + ",NOT_COUNTED,"
                            + tally.verdict(CommitteeProcedures.DEFAULT).name() + "}"});
                }
            }
        }
        try (BulkCopy rows = load.copy("committee_answer", "id, query_id, member_id, answer, reason, answered_at, via")) {
            for (Object[] row : answers) {
                rows.row(row);
            }
        }
        try (BulkCopy rows = load.copy("committee_step", "query_id, at, kind, member_id, detail")) {
            for (Object[] row : steps) {
                rows.row(row);
            }
        }
    }

    /** A closed query's answers never block (so none needed a member poll); an open one's are half given. */
    private static Answer answer(Random random, boolean open) {
        int roll = random.nextInt(20);
        if (open && roll < 10) {
            return null;
        }
        return roll < 13 ? Answer.CONSENT : roll < 15 ? Answer.OBJECT : roll < 17 ? Answer.ABSTAIN
                : open ? Answer.CONSENT : Answer.NO_REPLY;
    }

    private List<UUID> committee(DemoLoad load) throws SQLException {
        return roster.holdersWhileLoading(load, Role.COMMITTEE_MEMBER, new UnitId(DemoLoad.INTERNATIONAL));
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (var statement = load.connection().createStatement()) {
            statement.execute("DELETE FROM committee_step");
            statement.execute("DELETE FROM committee_answer");
            statement.execute("DELETE FROM committee_query");
        }
    }
}
