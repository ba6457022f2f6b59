package org.iops.proposals.proposing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the proposals keep of a member: the proposals they put (with every version of the text they wrote), their
 * amendments and what they support, exported. On erasure proposals, versions and amendments stay, by "former
 * member" (the unit decided on them; comments and a poll hang off them), and their supports are taken back.
 */
@Component
@Order(1500)
class ProposalPersonalData implements PersonalData {

    private final ProposalRepository proposals;
    private final AmendmentRepository amendments;
    private final JdbcClient db;

    ProposalPersonalData(ProposalRepository proposals, AmendmentRepository amendments, JdbcClient db) {
        this.proposals = proposals;
        this.amendments = amendments;
        this.db = db;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> put = proposals.byAuthor(memberId).stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", p.id().toString());
            entry.put("unit", p.unit().toString());
            entry.put("title", p.title());
            entry.put("language", p.language());
            entry.put("phase", p.phase().name());
            entry.put("outcome", p.outcome() == null ? null : p.outcome().name());
            entry.put("created", p.createdAt().toString());
            entry.put("versions", proposals.versions(p.id()).stream()
                    .filter(v -> memberId.equals(v.editor())).map(v -> Map.of("version", v.version(),
                            "title", v.title(), "text", v.body(), "at", v.createdAt().toString())).toList());
            return entry;
        }).toList();
        List<Map<String, Object>> amended = amendments.byAuthor(memberId).stream().map(a -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("proposal", a.proposal().toString());
            entry.put("text", a.body());
            entry.put("reason", a.reason());
            entry.put("state", a.state().name());
            entry.put("created", a.createdAt().toString());
            return entry;
        }).toList();
        List<String> supported = db.sql("SELECT proposal_id FROM proposal_support WHERE member_id = ? ORDER BY created_at")
                .param(memberId).query(UUID.class).list().stream().map(UUID::toString).toList();
        if (put.isEmpty() && amended.isEmpty() && supported.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposals", put);
        data.put("proposalAmendments", amended);
        data.put("proposalsSupported", supported);
        return data;
    }

    @Override
    public void erase(UUID memberId) {
        proposals.forget(memberId);
    }
}
