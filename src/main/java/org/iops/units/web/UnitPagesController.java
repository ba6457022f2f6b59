package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iops.shared.NotFoundException;
import org.iops.units.ChapterKind;
import org.iops.units.Memberships;
import org.iops.units.Role;
import org.iops.units.UnitId;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.iops.units.UnitId;
import org.iops.units.tree.Figures;
import org.iops.units.tree.Figures.UnitFigures;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.ChosenMemberships;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.UnitRepository;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.Views.AreaPage;
import org.iops.units.web.Views.BranchRow;
import org.iops.units.web.Views.ChapterPage;
import org.iops.units.web.Views.ChapterRow;
import org.iops.units.web.Views.InternationalPage;
import org.iops.units.web.Views.MemberPage;
import org.iops.units.web.Views.RegionRow;
import org.iops.units.web.Views.UnitHeader;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
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
    private final ChosenMemberships chosen;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final Figures figures;
    private final Memberships memberships;
    private final UnitSections sections;

    UnitPagesController(UnitRepository units, UnitDirectoryService directory, RoleBook roles, UnitAccess access,
            ChosenMemberships chosen, UnitPresenter present, PageContextFactory pages, Figures figures,
            Memberships memberships, UnitSections sections) {
        this.figures = figures;
        this.memberships = memberships;
        this.sections = sections;
        this.units = units;
        this.directory = directory;
        this.roles = roles;
        this.access = access;
        this.chosen = chosen;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/branches")
    ModelAndView branches(HttpServletRequest request) {
        PageContext page = pages.of(request);
        List<Unit> branches = units.branches();
        Map<UUID, UnitFigures> counted = figures.of(branches.stream().map(Unit::id).toList());
        List<BranchRow> rows = branches.stream()
                .sorted(present.byName(page))
                .map(b -> {
                    UnitFigures branch = counted.getOrDefault(b.id(), UnitFigures.NONE);
                    return new BranchRow(present.name(b, page), b.ref().path(), branch.members(), branch.chapters());
                })
                .toList();
        return new ModelAndView("units/branches", Map.of("branches", rows, "figures", figures.organization()));
    }

    @GetMapping("/units/{id}")
    ModelAndView unit(@PathVariable UnitId id, @RequestParam(name = "page", defaultValue = "1") String pageNumber,
            HttpServletRequest request) {
        PageContext page = pages.of(request);
        Unit unit = present.unit(id);
        if (unit.level() == UnitLevel.REGION && !unit.isLive()) {
            throw new org.iops.shared.NotFoundException("region");
        }
        UUID reader = UnitPresenter.reader();
        boolean administers = access.mayAdminister(reader, unit);
        boolean belongs = reader != null && memberships.belongsTo(reader, new UnitId(unit.id()));
        if (unit.isChapter() && !unit.isPublic() && !administers && !belongs) {
            // a hidden chapter, or a provisional one nobody lives in: only its members and admins find its page
            throw new NotFoundException("unit");
        }
        List<UUID> admins = roles.currentHolders(unit.id(), Role.ADMIN);
        UnitHeader header = new UnitHeader(present.view(unit, page), present.crumbs(unit, page), administers,
                present.people(reader, admins),
                sections.shownFor(new UnitSectionContext(unit.ref(), reader, belongs, administers, page)));
        return switch (unit.level()) {
            case INTERNATIONAL -> new ModelAndView("units/international", "view", new InternationalPage(header,
                    figures.organization(), units.branches().size(),
                    present.people(reader, roles.currentHolders(unit.id(), Role.COMMITTEE_MEMBER))));
            case BRANCH, REGION -> new ModelAndView("units/area", "view", area(unit, header, page));
            case CHAPTER -> new ModelAndView("units/chapter", "view", chapter(unit, header, reader, belongs,
                    parsePage(pageNumber), page));
        };
    }

    private AreaPage area(Unit unit, UnitHeader header, PageContext page) {
        boolean administers = header.mayAdminister();
        // one query for the regions, the chapters and the regions' chapters
        Map<UUID, List<Unit>> byParent = units.twoLevelsBelow(unit.id()).stream()
                .collect(Collectors.groupingBy(Unit::parentId));
        List<Unit> children = byParent.getOrDefault(unit.id(), List.of());
        List<UUID> counting = new java.util.ArrayList<>(List.of(unit.id()));
        byParent.values().forEach(below -> below.forEach(u -> counting.add(u.id())));
        Map<UUID, UnitFigures> counted = figures.of(counting);
        Comparator<Unit> byName = present.byName(page);
        List<RegionRow> regions = children.stream().filter(u -> u.level() == UnitLevel.REGION).filter(u -> listed(u, administers))
                .sorted(byName)
                .map(r -> new RegionRow(r.name(), r.ref().path(), members(counted, r),
                        byParent.getOrDefault(r.id(), List.of()).stream().filter(u -> listed(u, administers)).sorted(byName)
                                .map(c -> present.row(c, members(counted, c))).toList()))
                .toList();
        List<ChapterRow> chapters = children.stream().filter(u -> u.level() == UnitLevel.CHAPTER).filter(u -> listed(u, administers))
                .sorted(byName).map(c -> present.row(c, members(counted, c))).toList();
        UnitFigures own = counted.getOrDefault(unit.id(), UnitFigures.NONE);
        return new AreaPage(header, regions, chapters, own.members(), own.chapters());
    }

    private ChapterPage chapter(Unit unit, UnitHeader header, @Nullable UUID reader, boolean belongs, int requested,
            PageContext page) {
        MemberPage members = present.memberPage(reader, directory.memberIds(unit.id()),
                (int) figures.of(unit.id()).members(), requested);
        boolean joinable = unit.kind() != ChapterKind.LOCALITY && unit.isLive();
        Unit branch = units.get(unit.branchId());
        return new ChapterPage(header, members,
                unit.mergedInto() == null ? null : present.view(units.get(unit.mergedInto()), page),
                reader != null && joinable && !belongs, reader != null && joinable && belongs, belongs,
                present.view(branch, page), !roles.currentHolders(branch.id(), Role.ADMIN).isEmpty());
    }

    private static long members(Map<UUID, UnitFigures> counted, Unit unit) {
        return counted.getOrDefault(unit.id(), UnitFigures.NONE).members();
    }

    /**
     * Merged chapters live on only at their own address, which says where they went; removed regions are gone.
     * Hidden chapters and provisional ones nobody lives in are listed only for the area's admins.
     */
    private static boolean listed(Unit unit, boolean administers) {
        return unit.status() != UnitStatus.MERGED && (unit.level() != UnitLevel.REGION || unit.isLive())
                && (administers || unit.level() != UnitLevel.CHAPTER || unit.isPublic());
    }

    private static int parsePage(String text) {
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @PostMapping("/units/{id}/join")
    String join(@PathVariable UnitId id, RedirectAttributes flash) {
        Unit chapter = present.unit(id);
        try {
            chosen.join(UnitPresenter.signedIn(), chapter.id());
            flash.addFlashAttribute("notice", "units.notice.joined");
        } catch (UnitRuleException rule) {
            flash.addFlashAttribute("problem", rule.messageKey());
        }
        return "redirect:" + chapter.ref().path();
    }

    @PostMapping("/units/{id}/leave")
    String leave(@PathVariable UnitId id, RedirectAttributes flash) {
        Unit chapter = present.unit(id);
        chosen.leave(UnitPresenter.signedIn(), chapter.id());
        flash.addFlashAttribute("notice", "units.notice.left");
        return "redirect:" + chapter.ref().path();
    }
}
