package org.iops.polls;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.decisions.counting.methods.Quorum;
import org.iops.decisions.counting.methods.Threshold;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to open a poll.
 *
 * @param unit        the unit that decides; its members when voting opens are the electorate
 * @param createdBy   the member who put it (a proposal's author, a committee member), checked by the caller; null
 *                    when nobody who can be named put it (a proposal whose author was erased before its vote)
 * @param title       the question, as shown
 * @param description Markdown: the text voted on, or a link to it
 * @param language    the language it is written in (ISO 639-1)
 * @param type        the kind of poll
 * @param options     the options in ballot order; for consent and yes/no polls leave it empty (the answers are
 *                    fixed); for a meeting-time poll, the proposed times as the member wrote them
 * @param seats       winners to elect (1 but for ranked STV and approval committees)
 * @param opensAt     when voting opens and the roll is frozen (now or later)
 * @param closesAt    the deadline, enforced by the server's clock
 * @param secrecy     secret or open ballots
 * @param weighting   direct or chapter-weighted (only above a chapter)
 * @param quorum      minimum turnout
 * @param threshold   what a question needs to pass (ignored by choice polls)
 * @param origin      what the poll decides (a proposal, a committee query), or null for a poll on its own; {@link
 *                    PollClosed} carries it back
 */
public record PollSpec(UnitId unit, @Nullable UUID createdBy, String title, String description, String language, PollType type,
        List<String> options, int seats, Instant opensAt, Instant closesAt, Secrecy secrecy, Weighting weighting,
        Quorum quorum, Threshold threshold, @Nullable ContentRef origin) {

    public PollSpec {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a poll closes after it opens");
        }
        if (seats < 1) {
            throw new IllegalArgumentException("a poll elects at least one option");
        }
    }
}
