package org.iops.proposals.proposing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.iops.proposals.ProposalId;
import org.iops.proposals.proposing.ProposalRepository.Version;
import org.iops.proposals.proposing.ProposalViews.VersionLine;
import org.iops.shared.NotFoundException;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The versions of a proposal's text, and the differences between any two (by default the last two), word by word.
 */
@Controller
class VersionsController {

    private final ProposalReader reader;
    private final ProposalRepository proposals;

    VersionsController(ProposalReader reader, ProposalRepository proposals) {
        this.reader = reader;
        this.proposals = proposals;
    }

    @GetMapping("/proposals/{id}/versions")
    String versions(@PathVariable ProposalId id, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, @ModelAttribute("page") PageContext page,
            Model model) {
        UUID viewer = ProposalRefusals.viewer();
        Proposal proposal = reader.readable(viewer, id);
        if (reader.hiddenFrom(viewer, proposal)) {
            throw new NotFoundException("proposal");
        }
        List<Version> versions = proposals.versions(proposal.id());
        int newer = to == null ? versions.size() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        if (older < 1 || newer < 1 || older > versions.size() || newer > versions.size()) {
            throw new NotFoundException("version");
        }
        Set<UUID> editors = new HashSet<>();
        versions.stream().map(Version::editor).filter(Objects::nonNull).forEach(editors::add);
        Map<UUID, String> known = reader.names(editors);
        String former = page.t("members.former");
        model.addAttribute("title", proposal.title());
        model.addAttribute("proposalPath", proposal.proposalId().path());
        List<VersionLine> lines = new java.util.ArrayList<>(versions.stream().map(v -> new VersionLine(v.version(),
                v.editor() == null ? former : known.getOrDefault(v.editor(), former), v.createdAt(),
                v.amendment() != null)).toList());
        java.util.Collections.reverse(lines);
        model.addAttribute("versions", lines);
        model.addAttribute("options", versions.stream()
                .map(v -> FormOption.of(String.valueOf(v.version()), page.t("proposals.versions.option", v.version())))
                .toList());
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("changes", ProposalViews.Changes.between(versions.get(older - 1).body(),
                versions.get(newer - 1).body(), proposal.language(), page));
        return "proposals/versions";
    }
}
