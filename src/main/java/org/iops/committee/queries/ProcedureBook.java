package org.iops.committee.queries;

import java.util.List;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.content.ContentRef;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleStatus;
import org.iops.governance.RuleVersion;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's procedures as a governing rule: the unit's committee records a new version, interim, or ratified
 * when it cites a query of the unit that its members decided by poll; an interim version may cite an adopted query.
 */
@Service
public class ProcedureBook {

    private final GoverningRules rules;
    private final CommitteeRoll roll;
    private final QueryRepository queries;

    ProcedureBook(GoverningRules rules, CommitteeRoll roll, QueryRepository queries) {
        this.rules = rules;
        this.roll = roll;
        this.queries = queries;
    }

    public CommitteeProcedures current(UnitId unit) {
        return rules.current(CommitteeProcedures.RULE, unit);
    }

    public @Nullable RuleVersion<CommitteeProcedures> currentVersion(UnitId unit) {
        return rules.currentVersion(CommitteeProcedures.RULE, unit);
    }

    public List<RuleVersion<CommitteeProcedures>> history(UnitId unit) {
        return rules.history(CommitteeProcedures.RULE, unit);
    }

    /** The queries of the unit a new version may cite: those that ended in a decision. */
    public List<Query> decisions(UnitId unit) {
        return queries.inUnit(unit, null, 200).stream().filter(query -> decided(query.status())).toList();
    }

    @Transactional
    public RuleVersion<CommitteeProcedures> record(UUID member, UnitId unit, CommitteeProcedures procedures,
            RuleStatus status, @Nullable UUID decidedBy, String note) {
        if (!roll.may(member, CommitteeCatalogs.SET_PROCEDURES, unit)) {
            throw new CommitteeRefusedException("committee.procedures.notOnCommittee", 403);
        }
        ContentRef decision = null;
        if (decidedBy != null) {
            Query query = queries.find(decidedBy).filter(found -> found.unit().equals(unit))
                    .orElseThrow(() -> new NotFoundException("committee query"));
            if (!decided(query.status())) {
                throw new CommitteeRefusedException("committee.procedures.notDecided", 422);
            }
            if (status == RuleStatus.RATIFIED && query.status() == QueryStatus.ADOPTED) {
                throw new CommitteeRefusedException("committee.procedures.ratifiedByMembers", 422);
            }
            decision = query.ref();
        } else if (status == RuleStatus.RATIFIED) {
            throw new CommitteeRefusedException("committee.procedures.ratifiedByMembers", 422);
        }
        return rules.set(CommitteeProcedures.RULE, unit, procedures, status, member, decision, note);
    }

    private static boolean decided(QueryStatus status) {
        return status == QueryStatus.ADOPTED || status == QueryStatus.POLLED || status == QueryStatus.SETTLED;
    }
}
