package org.iops.proposals.proposing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.governance.RuleVersion;
import org.iops.polls.PollType;
import org.iops.proposals.ProposalRules;
import org.iops.proposals.ProposalRules.Proposers;
import org.iops.proposals.ProposalRules.SupportRule;
import org.iops.shared.ForbiddenException;
import org.iops.units.Memberships;
import org.iops.units.Permissions;
import org.iops.units.UnitActions;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's proposal rules through the governing rules: read where they come from, recorded by the unit's admins
 * (interim, by hand) after the bounds below are checked, and who may propose under them.
 */
@Component
class RulesBook {

    static final int MAX_SUPPORT_MEMBERS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_DISCUSSION_DAYS = 90;
    static final int MAX_VOTING_DAYS = 60;

    private final GoverningRules rules;
    private final Permissions permissions;
    private final Memberships memberships;

    RulesBook(GoverningRules rules, Permissions permissions, Memberships memberships) {
        this.rules = rules;
        this.permissions = permissions;
        this.memberships = memberships;
    }

    ProposalRules current(UnitId unit) {
        return rules.current(ProposalRules.KEY, unit);
    }

    /** Where the rules holding in the unit were set (null when the defaults hold). */
    RuleVersion<ProposalRules> currentVersion(UnitId unit) {
        return rules.currentVersion(ProposalRules.KEY, unit);
    }

    List<RuleVersion<ProposalRules>> history(UnitId unit) {
        return rules.history(ProposalRules.KEY, unit);
    }

    boolean maySet(UUID reader, UnitId unit) {
        return permissions.may(reader, ProposalActions.SET_RULES, unit);
    }

    /** Whether the member may put a proposal to the unit under the rules holding there. */
    boolean mayPropose(UUID member, UnitId unit) {
        return current(unit).proposers() == Proposers.ADMINS
                ? permissions.may(member, UnitActions.ADMINISTER, unit)
                : memberships.belongsTo(member, unit);
    }

    /** Problems with proposed rules, field by message key; empty when they are within bounds. */
    static Map<String, String> problems(ProposalRules value) {
        Map<String, String> problems = new LinkedHashMap<>();
        int maxSupport = value.supportRule() == SupportRule.SHARE ? 100 : MAX_SUPPORT_MEMBERS;
        if (value.support() < 0 || value.support() > maxSupport) {
            problems.put("support", value.supportRule() == SupportRule.SHARE ? "proposals.rules.supportShareRange"
                    : "proposals.rules.supportRange");
        }
        if (value.discussionDays() < 1 || value.discussionDays() > MAX_DISCUSSION_DAYS) {
            problems.put("discussionDays", "proposals.rules.discussionRange");
        }
        if (value.votingDays() < 1 || value.votingDays() > MAX_VOTING_DAYS) {
            problems.put("votingDays", "proposals.rules.votingRange");
        }
        if (value.pollType() != PollType.CONSENT && value.pollType() != PollType.YES_NO) {
            problems.put("pollType", "proposals.rules.pollTypeInvalid");
        }
        if (value.quorumPercent() < 0 || value.quorumPercent() > 100) {
            problems.put("quorumPercent", "proposals.rules.quorumRange");
        }
        return problems;
    }

    /** Rules a proposal put to the vote, adopted by the members: ratified, with the proposal as the decision. */
    void ratify(UnitId unit, String json, @Nullable UUID by, ContentRef decision) {
        rules.set(ProposalRules.KEY, unit, JSON.readValue(json, ProposalRules.class), RuleStatus.RATIFIED, by,
                decision, "");
    }

    static String json(ProposalRules value) {
        return JSON.writeValueAsString(value);
    }

    /** Records new interim rules by hand, after checking the recorder may and the rules are within bounds. */
    @Transactional
    RuleVersion<ProposalRules> record(UUID admin, UnitId unit, ProposalRules value, String note) {
        if (!maySet(admin, unit)) {
            throw new ForbiddenException(ProposalActions.SET_RULES.name());
        }
        if (!problems(value).isEmpty()) {
            throw new IllegalArgumentException("rules out of bounds: " + problems(value));
        }
        return rules.set(ProposalRules.KEY, unit, value, RuleStatus.INTERIM, admin, null, note.strip());
    }
}
