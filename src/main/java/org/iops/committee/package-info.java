/**
 * Committee queries, as the interim committee worked: a committee member circulates a proposal to the committee of
 * a unit (the holders of the committee role there); each answers consent, object, block (with a reason) or abstain by
 * a one-click link in the email, by replying to it, or on the site; at the deadline non-replies are counted by the
 * committee's procedures (a governing rule, {@link org.iops.committee.CommitteeProcedures#RULE}), and a block or
 * objections above the threshold escalate the query to a member poll of the unit, after which the committee may put
 * a compromise in a run-off. Every step is recorded and shown to the unit's members.
 *
 * <p>API: the id {@link org.iops.committee.QueryId} and the rule's value {@link
 * org.iops.committee.CommitteeProcedures}. Everything else reaches the platform through its seams: an action
 * catalog, request rules, a unit section, a {@code ReplyByEmail}, notification kinds, personal data and demo data.
 * See {@code docs/committee.md}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Committee",
        allowedDependencies = {"content", "decisions :: *", "demo", "governance", "members", "notifications", "polls",
                "shared", "text", "units", "web"})
package org.iops.committee;
