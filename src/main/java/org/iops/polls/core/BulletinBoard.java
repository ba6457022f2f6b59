package org.iops.polls.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bulletin board of a closed poll: every receipt code with the content of its ballot, sorted by code, and the
 * member's check of their own code. Its SHA-256 is published with the result ({@link Closing#closeIfDue}, from {@link BoardDigest}).
 */
@Component
public class BulletinBoard {

    /** One entry: the receipt code and what the ballot said. */
    public record Entry(String receipt, Choice choice) {
    }

    private final JdbcClient jdbc;

    BulletinBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the board's text, as hashed: {@code receipt TAB choice TAB reason LF}, reason on one line. */
    public static String line(String receipt, String choice, @Nullable String reason) {
        String said = reason == null ? "" : reason.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
                .replace("\t", "\\t");
        return receipt + "\t" + choice + "\t" + said + "\n";
    }

    /** Entries after {@code after} (a receipt code, or null from the start), at most {@code limit}: keyset pages. */
    public List<Entry> page(UUID poll, @Nullable String after, int limit) {
        return jdbc.sql("SELECT receipt, choice, reason FROM poll_ballots WHERE poll_id = ? AND receipt > ? "
                        + "ORDER BY receipt LIMIT ?")
                .params(poll, after == null ? "" : after, limit)
                .query((rs, n) -> new Entry(rs.getString(1), new Choice(rs.getString(2), rs.getString(3)))).list();
    }

    /**
     * The SHA-256 (hex) of the board's text ({@link #write}), computed by PostgreSQL from the ballots: each line made
     * as {@link #line} makes it, in the same order, joined and hashed there, so that none of a million ballots has to
     * travel to the application for it. Receipts are compared byte by byte ({@code COLLATE "C"}) for the hash and the
     * text alike, whatever the database's collation.
     */
    String hash(UUID poll) {
        // chr(9) tab, chr(10) line feed, chr(13) carriage return, chr(92) backslash: escaped as line() escapes them
        return jdbc.sql("""
                SELECT encode(sha256(convert_to(coalesce(string_agg(
                    receipt || chr(9) || choice || chr(9) || coalesce(replace(replace(replace(replace(reason,
                        chr(92), chr(92) || chr(92)), chr(13), chr(92) || 'r'), chr(10), chr(92) || 'n'),
                        chr(9), chr(92) || 't'), '') || chr(10),
                    '' ORDER BY receipt COLLATE "C"), ''), 'UTF8')), 'hex')
                FROM poll_ballots WHERE poll_id = ?""")
                .param(poll).query(String.class).single();
    }

    /** The whole board as text, in hashing order. */
    public void write(UUID poll, StringBuilder out) {
        jdbc.sql("SELECT receipt, choice, reason FROM poll_ballots WHERE poll_id = ? ORDER BY receipt COLLATE \"C\"")
                .param(poll)
                .query(rs -> {
                    out.append(line(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
    }

    /** The ballot with this receipt code, if it is on the board; the code is read without case or spaces. */
    public Optional<Entry> check(UUID poll, String code) {
        String normal = normal(code);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT receipt, choice, reason FROM poll_ballots WHERE poll_id = ? AND receipt = ?")
                .params(poll, normal)
                .query((rs, n) -> new Entry(rs.getString(1), new Choice(rs.getString(2), rs.getString(3)))).optional();
    }

    /** An open poll's ballots with who cast them, at most {@code limit} (erased members' ballots are not named). */
    public List<OpenBallot> openBallots(UUID poll, int limit) {
        return jdbc.sql("SELECT member_id, choice, reason FROM poll_ballots WHERE poll_id = ? AND member_id IS NOT NULL "
                        + "ORDER BY member_id LIMIT ?").params(poll, limit)
                .query((rs, n) -> new OpenBallot(rs.getObject(1, UUID.class), new Choice(rs.getString(2), rs.getString(3))))
                .list();
    }

    /** The member's own ballot in an open-ballot poll (a secret ballot carries no member), if they voted. */
    public Optional<Choice> openBallotOf(UUID poll, UUID member) {
        return jdbc.sql("SELECT choice, reason FROM poll_ballots WHERE poll_id = ? AND member_id = ?").params(poll, member)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2))).optional();
    }

    /** An open ballot and its voter. */
    public record OpenBallot(UUID member, Choice choice) {
    }

    /** A code as printed ({@code ABCD-EFGH-...}) from what a member typed. */
    static String normal(String code) {
        String letters = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (letters.length() != 20) {
            return "";
        }
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < 20; i += 4) {
            printed.append(i == 0 ? "" : "-").append(letters, i, i + 4);
        }
        return printed.toString();
    }
}
