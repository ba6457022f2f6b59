/**
 * Polls and ballots: every kind of vote a unit takes (consent, yes/no/abstain, single choice, approval, ranked
 * choice, Schulze, meeting time), on an electorate frozen when voting opens, with secret or open ballots, receipts
 * and a bulletin board, closed and counted exactly once by the server's clock with the counting engine of
 * {@code org.iops.decisions}.
 *
 * <p>API: {@link org.iops.polls.Polls} (other modules open polls: a proposal's vote, an escalated committee query),
 * the id {@link org.iops.polls.PollId}, {@link org.iops.polls.PollSpec} and the event {@link
 * org.iops.polls.PollClosed}. See {@code docs/polls.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Polls",
        allowedDependencies = {"comments", "content", "decisions :: *", "demo", "governance", "members", "notifications",
                "shared", "text", "units", "web"})
package org.iops.polls;
