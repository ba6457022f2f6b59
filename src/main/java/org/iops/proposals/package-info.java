/**
 * Proposals: any member puts a proposal to a unit they belong to (as the unit's proposal rules allow); members
 * discuss it (comments), support it and amend it during its discussion period; the author accepts or declines each
 * amendment, every accepted amendment and every edit making a new version of the text; at the end of the discussion
 * the server's clock puts it to a vote (a poll of the polls module) or records that it had not enough support, and
 * the poll's result becomes the proposal's recorded outcome. Nothing fizzles: every proposal past its deadline has
 * an outcome.
 *
 * <p>API: {@link org.iops.proposals.ProposalId}, the unit rules {@link org.iops.proposals.ProposalRules} (a governing
 * rule, {@link org.iops.proposals.ProposalRules#KEY}), {@link org.iops.proposals.ProposalOutcome}. Its proposals are
 * member content of type {@code proposals.proposal}. See {@code docs/proposals.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Proposals",
        allowedDependencies = {"comments", "content", "decisions :: *", "demo", "governance", "members",
                "notifications", "polls", "shared", "text", "units", "web"})
package org.iops.proposals;
