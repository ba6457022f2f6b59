package org.iops.proposals.proposing;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.proposals.proposing.ProposalViews.ProposalSummary;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.iops.units.Memberships;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's proposals: the section on its page (in discussion, in voting, the latest outcomes) and the page of all
 * its outcomes, older ones by keyset pagination.
 */
@Controller
class UnitProposals implements UnitSection {

    static final int SHOWN = 5;
    static final int PAGE = 20;

    private final ProposalReader reader;
    private final ProposalRepository proposals;
    private final RulesBook rules;
    private final UnitDirectory directory;
    private final Memberships memberships;
    private final TemplateEngine templates;

    UnitProposals(ProposalReader reader, ProposalRepository proposals, RulesBook rules, UnitDirectory directory,
            Memberships memberships, TemplateEngine templates) {
        this.reader = reader;
        this.proposals = proposals;
        this.rules = rules;
        this.directory = directory;
        this.memberships = memberships;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "proposals";
    }

    @Override
    public int order() {
        return 160;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return context.unit().status() != UnitStatus.MERGED;
    }

    @Override
    public Content render(UnitSectionContext context) {
        UnitId unit = context.unit().id();
        UUID reader = context.reader();
        boolean open = context.unit().status() != UnitStatus.ARCHIVED;
        Map<Proposal.Phase, List<ProposalSummary>> latest = this.reader.latestOfUnit(reader, unit, SHOWN);
        Map<String, Object> model = Map.of("page", context.page(), "unitPath", context.unit().path(),
                "discussion", latest.get(Proposal.Phase.DISCUSSION),
                "voting", latest.get(Proposal.Phase.VOTING),
                "closed", latest.get(Proposal.Phase.CLOSED),
                "mayPropose", open && reader != null && rules.mayPropose(reader, unit),
                "maySetRules", open && reader != null && rules.maySet(reader, unit));
        return output -> templates.render("proposals/unitSection.jte", model, output);
    }

    @GetMapping("/units/{id}/proposals")
    String outcomes(@PathVariable UnitId id, @RequestParam(required = false) @Nullable Instant before,
            @RequestParam(required = false) @Nullable UUID beforeId, @ModelAttribute("page") PageContext page,
            Model model) {
        UUID viewer = ProposalRefusals.viewer();
        UnitRef unit = directory.find(id).orElseThrow(() -> new NotFoundException("unit"));
        if (!directory.isPublic(id) && (viewer == null || !memberships.belongsTo(viewer, id))) {
            throw new NotFoundException("unit");
        }
        List<Proposal> found = proposals.ofUnit(id.value(), Proposal.Phase.CLOSED, before, beforeId, PAGE + 1);
        List<ProposalSummary> shown = found.stream().limit(PAGE)
                .filter(p -> reader.maySee(viewer, p)).map(ProposalReader::summary).toList();
        Proposal last = found.size() > PAGE ? found.get(PAGE - 1) : null;
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("proposals", shown);
        model.addAttribute("next", last == null ? null
                : unit.path() + "/proposals?before=" + last.outcomeAt() + "&beforeId=" + last.id());
        return "proposals/outcomes";
    }
}
