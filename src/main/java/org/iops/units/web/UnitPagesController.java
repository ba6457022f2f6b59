package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.shared.NotFoundException;
import org.iops.units.ChapterKind;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.UnitRepository;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.Views.BranchRow;
import org.iops.units.web.Views.RegionRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of the tree: the list of branches and each unit's page. */
@Controller
class UnitPagesController {

    private final UnitRepository units;
    private final UnitDirectoryService directory;
    private final RoleBook roles;
    private final UnitAccess access;
    private final Structure structure;
    private final UnitPresenter present;
    private final PageContextFactory pages;

    UnitPagesController(UnitRepository units, UnitDirectoryService directory, RoleBook roles, UnitAccess access,
            Structure structure, UnitPresenter present, PageContextFactory pages) {
        this.units = units;
        this.directory = directory;
        this.roles = roles;
        this.access = access;
        this.structure = structure;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/branches")
    ModelAndView branches(HttpServletRequest request) {
        PageContext page = pages.of(request);
        Map<UUID, Long> chapters = units.liveChapterCounts();
        List<BranchRow> rows = units.branches().stream()
                .sorted(present.byName(page))
                .map(b -> new BranchRow(present.name(b, page), b.ref().path(), b.memberCount(),
                        chapters.getOrDefault(b.id(), 0L)))
                .toList();
        return new ModelAndView("units/branches", Map.of("branches", rows, "figures", directory.figures(),
                "members", rows.stream().mapToLong(BranchRow::members).sum()));
    }

    @GetMapping("/units/{id}")
    ModelAndView unit(@PathVariable String id, @RequestParam(name = "page", defaultValue = "1") String pageNumber,
            HttpServletRequest request) {
        PageContext page = pages.of(request);
        Unit unit = present.unit(id);
        UUID reader = UnitPresenter.reader();
        Map<String, Object> model = new HashMap<>();
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        boolean administers = access.mayAdminister(reader, unit);
        if (unit.isChapter() && !unit.isPublic() && !administers
                && (reader == null || !directory.belongsTo(reader, unit.id()))) {
            // a hidden chapter, or a provisional one nobody lives in: only its members and admins find its page
            throw new NotFoundException("unit");
        }
        model.put("mayAdminister", administers);
        List<UUID> admins = roles.currentHolders(unit.id(), Role.ADMIN);
        model.put("admins", present.cardList(reader, admins));
        model.put("adminCount", admins.size());
        switch (unit.level()) {
            case INTERNATIONAL -> {
                model.put("figures", directory.figures());
                List<Unit> branches = units.branches();
                model.put("branchCount", (long) branches.size());
                model.put("members", branches.stream().mapToLong(Unit::memberCount).sum());
                List<UUID> committee = roles.currentHolders(unit.id(), Role.COMMITTEE_MEMBER);
                model.put("committee", present.cardList(reader, committee));
                model.put("committeeCount", committee.size());
                return new ModelAndView("units/international", model);
            }
            case BRANCH, REGION -> {
                // one query for the regions, the chapters and the regions' chapters
                Map<UUID, List<Unit>> byParent = units.twoLevelsBelow(unit.id()).stream()
                        .collect(Collectors.groupingBy(Unit::parentId));
                List<Unit> children = byParent.getOrDefault(unit.id(), List.of());
                Comparator<Unit> byName = present.byName(page);
                model.put("regions", children.stream().filter(u -> u.level() == UnitLevel.REGION).sorted(byName)
                        .map(r -> new RegionRow(r.name(), r.ref().path(), r.memberCount(),
                                byParent.getOrDefault(r.id(), List.of()).stream().filter(u -> listed(u, administers)).sorted(byName)
                                        .map(present::row).toList()))
                        .toList());
                model.put("chapters", children.stream().filter(u -> u.level() == UnitLevel.CHAPTER).filter(u -> listed(u, administers))
                        .sorted(byName).map(present::row).toList());
                return new ModelAndView("units/area", model);
            }
            default -> {
                int requested = parsePage(pageNumber);
                model.put("members", present.memberPage(reader, directory.memberIds(unit.id()), unit.memberCount(), requested));
                model.put("mergedInto", unit.mergedInto() == null ? null
                        : present.view(units.get(unit.mergedInto()), page));
                boolean joinable = unit.kind() != ChapterKind.LOCALITY && unit.isLive();
                boolean belongs = reader != null && directory.belongsTo(reader, unit.id());
                model.put("mayJoin", reader != null && joinable && !belongs);
                model.put("mayLeave", reader != null && joinable && belongs);
                model.put("belongs", belongs);
                return new ModelAndView("units/chapter", model);
            }
        }
    }

    /**
     * Merged chapters live on only at their own address, which says where they went. Hidden chapters and
     * provisional ones nobody lives in are listed only for the area's admins.
     */
    private static boolean listed(Unit unit, boolean administers) {
        return unit.status() != UnitStatus.MERGED && (administers || unit.isPublic());
    }

    private static int parsePage(String text) {
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @PostMapping("/units/{id}/join")
    String join(@PathVariable String id, RedirectAttributes flash) {
        Unit chapter = present.unit(id);
        try {
            structure.join(UnitPresenter.signedIn(), chapter.id());
            flash.addFlashAttribute("notice", "units.notice.joined");
        } catch (UnitRuleException rule) {
            flash.addFlashAttribute("problem", rule.messageKey());
        }
        return "redirect:" + chapter.ref().path();
    }

    @PostMapping("/units/{id}/leave")
    String leave(@PathVariable String id, RedirectAttributes flash) {
        Unit chapter = present.unit(id);
        structure.leave(UnitPresenter.signedIn(), chapter.id());
        flash.addFlashAttribute("notice", "units.notice.left");
        return "redirect:" + chapter.ref().path();
    }
}
