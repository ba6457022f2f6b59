package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.shared.ForbiddenException;
import org.iops.units.ChapterKind;
import org.iops.units.MemberCard;
import org.iops.units.MemberLookup;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.iops.units.tree.ChapterModeration;
import org.iops.units.tree.NearNames;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.UnitRepository;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.AdminForms.FoundingForm;
import org.iops.units.web.AdminForms.NameForm;
import org.iops.units.web.AdminForms.RoleForm;
import org.iops.units.web.AdminForms.StatusForm;
import org.iops.units.web.AdminForms.TargetForm;
import org.iops.units.web.Views.Confirmation;
import org.iops.units.web.Views.FormState;
import org.iops.units.web.Views.Option;
import org.iops.units.web.Views.TermRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's admin screen and its forms: roles, chapter lifecycle, merging, aliases and regions.
 * Admins of the unit or a unit above it only; restructuring needs an admin of the branch or above.
 */
@Controller
class UnitAdminController {

    /** How many members a search on the role form shows; a longer name narrows it. */
    static final int SEARCH_RESULTS = 20;

    private final UnitRepository units;
    private final RoleBook roles;
    private final UnitAccess access;
    private final Structure structure;
        private final UnitPresenter present;
    private final PageContextFactory pages;
    private final ObjectProvider<MemberLookup> lookup;
    private final ChapterModeration moderation;
    private final UnitDirectoryService directory;

    UnitAdminController(UnitRepository units, RoleBook roles, UnitAccess access, Structure structure, 
            UnitPresenter present, PageContextFactory pages, ObjectProvider<MemberLookup> lookup,
            ChapterModeration moderation, UnitDirectoryService directory) {
        this.moderation = moderation;
        this.directory = directory;
        this.units = units;
        this.roles = roles;
        this.access = access;
        this.structure = structure;
        this.present = present;
        this.pages = pages;
        this.lookup = lookup;
    }

    @GetMapping("/units/{id}/admin")
    ModelAndView admin(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestParam(name = "q", defaultValue = "") String query,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(access.mayAdminister(actor, unit));
        String q = query.strip().length() > 120 ? query.strip().substring(0, 120) : query.strip();
        FormState form = q.isEmpty() ? FormState.empty() : new FormState("role", Map.of("q", q), Map.of());
        return adminPage(unit, actor, pages.of(request), form);
    }

    @PostMapping("/units/{id}/roles")
    ModelAndView assignRole(@PathVariable String id, @Valid RoleForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, access.mayAdminister(actor, unit), "role", form.values(), binding, request, flash,
                "units.notice.roleAssigned", () -> {
                    // only a member found by the search among this unit's members: anything else, an address
                    // of someone elsewhere included, gets the same answer as a member who does not exist
                    UUID member = parseOrNull(form.getMember());
                    MemberLookup members = lookup.getIfAvailable();
                    if (member == null || members == null || !directory.belongsWithin(member, unit.id())
                            || !members.exists(member)) {
                        throw new UnitRuleException("member", "units.error.memberUnknown");
                    }
                    roles.assign(actor, unit.id(), member, form.getRole(), form.getStart(), form.getEnd());
                });
    }

    /** The step before ending a term: who loses which role, and a button that ends it. */
    @GetMapping("/units/{id}/roles/{termId}/end")
    ModelAndView confirmEndRole(@PathVariable String id, @PathVariable String termId, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(access.mayAdminister(actor, unit));
        UUID termIdValue = parse(termId);
        RoleBook.Term term = roles.termsIn(unit.id()).stream().filter(t -> t.id().equals(termIdValue)).findFirst()
                .orElseThrow(() -> new org.iops.shared.NotFoundException("role"));
        PageContext page = pages.of(request);
        String member = present.memberName(present.cards(actor, List.of(term.memberId())), term.memberId(), page);
        String role = page.t(Views.roleKey(term.role()));
        String unitName = present.name(unit, page);
        return confirmation(unit, page, new Confirmation(page.t("units.confirm.endRoleTitle", role, member),
                List.of(page.t("units.confirm.endRoleLoses", member, role, unitName), page.t("units.confirm.endRoleKept")),
                unit.ref().path() + "/roles/" + term.id() + "/end", CONFIRMED, "", "", List.of(), "",
                page.t("units.confirm.endRoleButton"), unit.ref().path() + "/admin"));
    }

    @PostMapping("/units/{id}/roles/{termId}/end")
    ModelAndView endRole(@PathVariable String id, @PathVariable String termId,
            @RequestParam(name = "confirmed", required = false) @Nullable String confirmed, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        UUID term = parse(termId);
        if (!"yes".equals(confirmed)) {
            require(access.mayAdminister(actor, unit));
            return new ModelAndView("redirect:" + unit.ref().path() + "/roles/" + term + "/end");
        }
        return handle(unit, actor, access.mayAdminister(actor, unit), "end", Map.of(), null, request, flash,
                "units.notice.roleEnded", () -> roles.end(actor, unit.id(), term));
    }

    @PostMapping("/units/{id}/found")
    ModelAndView found(@PathVariable String id, @Valid FoundingForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.isChapter() && access.mayAdminister(actor, unit), "found", form.values(), binding,
                request, flash, "units.notice.founded", () -> structure.found(actor, unit.id(), form.getFoundedOn()));
    }

    @PostMapping("/units/{id}/status")
    ModelAndView status(@PathVariable String id, @Valid StatusForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = unit.isChapter() && (form.getStatus() == UnitStatus.ARCHIVED
                ? access.mayRestructure(actor, unit) : access.mayAdminister(actor, unit));
        return handle(unit, actor, allowed, "status", Map.of(), binding, request, flash, "units.notice.statusChanged",
                () -> structure.changeStatus(actor, unit.id(), form.getStatus()));
    }

    /** The step before a merge: what moves where, with the chosen target (or the likeliest duplicate) selected. */
    @GetMapping("/units/{id}/merge")
    ModelAndView confirmMerge(@PathVariable String id, @RequestParam(name = "target", required = false) @Nullable String target,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && access.mayRestructure(actor, unit));
        List<Unit> targets = mergeTargets(unit);
        if (targets.isEmpty()) {
            return new ModelAndView("redirect:" + unit.ref().path() + "/admin");
        }
        PageContext page = pages.of(request);
        UUID chosen = parseOrNull(target);
        String selected = targets.stream().anyMatch(t -> t.id().equals(chosen)) ? String.valueOf(chosen) : likeliestTarget(unit, targets);
        return confirmation(unit, page, new Confirmation(page.t("units.confirm.mergeTitle", unit.name()),
                List.of(page.t("units.confirm.mergeMembers", unit.memberCount(), unit.name()),
                        page.t("units.confirm.mergePage", unit.name()), page.t("units.confirm.mergeRoles")),
                unit.ref().path() + "/merge", CONFIRMED, "target", page.t("units.form.mergeTarget"),
                targets.stream().map(c -> new Option(c.id().toString(), c.name())).toList(), selected,
                page.t("units.confirm.mergeButton"), unit.ref().path() + "/admin"));
    }

    @PostMapping("/units/{id}/merge")
    ModelAndView merge(@PathVariable String id, TargetForm form,
            @RequestParam(name = "confirmed", required = false) @Nullable String confirmed, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        if (!"yes".equals(confirmed)) {
            require(unit.isChapter() && access.mayRestructure(actor, unit));
            UUID target = parseOrNull(form.getTarget());
            return new ModelAndView("redirect:" + unit.ref().path() + "/merge" + (target == null ? "" : "?target=" + target));
        }
        return handle(unit, actor, unit.isChapter() && access.mayRestructure(actor, unit), "merge", form.values(), null,
                request, flash, "units.notice.merged",
                () -> structure.merge(actor, unit.id(), parseOrNull(form.getTarget())));
    }

    /** What the confirmation step sends: the POST acts only with it. */
    private static final Map<String, String> CONFIRMED = Map.of("confirmed", "yes");

    private ModelAndView confirmation(Unit unit, PageContext page, Confirmation confirmation) {
        return new ModelAndView("units/confirm", Map.of("unit", present.view(unit, page),
                "crumbs", present.crumbs(unit, page), "confirmation", confirmation));
    }

    /** Live chapters of the same branch and kind that this one could be merged into. */
    private List<Unit> mergeTargets(Unit unit) {
        if (!unit.isLive()) {
            return List.of();
        }
        return units.chaptersBelow(unit.branchId()).stream()
                .filter(c -> !c.id().equals(unit.id()) && c.isLive() && c.kind() == unit.kind()).toList();
    }

    /** The chapter whose name is nearest this one's ("Sao Paolo" and "São Paulo"), or the first. */
    private static String likeliestTarget(Unit unit, List<Unit> targets) {
        List<Unit> near = NearNames.near(unit.name(), targets, Unit::name);
        return (near.isEmpty() ? targets.get(0) : near.get(0)).id().toString();
    }

    @PostMapping("/units/{id}/move")
    ModelAndView move(@PathVariable String id, TargetForm form, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.isChapter() && access.mayRestructure(actor, unit), "move", form.values(), null,
                request, flash, "units.notice.moved",
                () -> structure.moveChapter(actor, unit.id(), parseOrNull(form.getTarget())));
    }

    @PostMapping("/units/{id}/aliases")
    ModelAndView addAlias(@PathVariable String id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.isChapter() && access.mayRestructure(actor, unit), "alias", form.values(),
                binding, request, flash, "units.notice.aliasAdded",
                () -> structure.addAlias(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/aliases/{aliasId}/remove")
    ModelAndView removeAlias(@PathVariable String id, @PathVariable String aliasId, HttpServletRequest request,
            RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        UUID alias = parse(aliasId);
        return handle(unit, actor, unit.isChapter() && access.mayRestructure(actor, unit), "alias", Map.of(), null,
                request, flash, "units.notice.aliasRemoved", () -> structure.removeAlias(actor, unit.id(), alias));
    }

    @PostMapping("/units/{id}/regions")
    ModelAndView addRegion(@PathVariable String id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.level() == UnitLevel.BRANCH && access.mayRestructure(actor, unit), "region",
                form.values(), binding, request, flash, "units.notice.regionAdded",
                () -> structure.addRegion(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/rename")
    ModelAndView rename(@PathVariable String id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = (unit.isChapter() || unit.level() == UnitLevel.REGION) && access.mayRestructure(actor, unit);
        return handle(unit, actor, allowed, "rename", form.values(), binding, request, flash, "units.notice.renamed",
                () -> structure.rename(actor, unit.id(), form.getName()));
    }

    @PostMapping("/units/{id}/remove")
    ModelAndView removeRegion(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.level() == UnitLevel.REGION && access.mayRestructure(actor, unit), "region",
                Map.of(), null, request, flash, "units.notice.regionRemoved",
                () -> structure.removeRegion(actor, unit.id()));
    }

    @PostMapping("/units/{id}/chapters")
    ModelAndView addChapter(@PathVariable String id, @Valid NameForm form, BindingResult binding,
            HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        boolean allowed = (unit.level() == UnitLevel.BRANCH || unit.level() == UnitLevel.REGION)
                && access.mayRestructure(actor, unit);
        return handle(unit, actor, allowed, "chapter", form.values(), binding, request, flash,
                "units.notice.chapterAdded", () -> structure.addChapter(actor, unit.id(), form.getName(), form.getKind()));
    }

    @PostMapping("/units/{id}/visibility")
    ModelAndView visibility(@PathVariable String id, @org.springframework.web.bind.annotation.RequestParam(
            name = "hidden", defaultValue = "true") boolean hidden, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        return handle(unit, actor, unit.isChapter() && access.mayRestructure(actor, unit), "visibility", Map.of(), null,
                request, flash, hidden ? "units.notice.hidden" : "units.notice.shown",
                () -> moderation.setHidden(actor, unit.id(), hidden));
    }

    /** Deleting is for good, so it is asked again on a page of its own. */
    @GetMapping("/units/{id}/delete")
    ModelAndView confirmDelete(@PathVariable String id, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && access.mayRestructure(actor, unit));
        PageContext page = pages.of(request);
        return new ModelAndView("units/confirmDelete", Map.of("unit", present.view(unit, page),
                "crumbs", present.crumbs(unit, page)));
    }

    @PostMapping("/units/{id}/delete")
    ModelAndView delete(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        require(unit.isChapter() && access.mayRestructure(actor, unit));
        try {
            moderation.delete(actor, unit.id());
        } catch (UnitRuleException rule) {
            ModelAndView view = adminPage(unit, actor, pages.of(request),
                    new FormState("delete", Map.of(), Map.of(rule.field(), rule.messageKey())));
            view.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return view;
        }
        flash.addFlashAttribute("notice", "units.notice.deleted");
        return new ModelAndView("redirect:/units/" + unit.parentId() + "/admin");
    }

    private ModelAndView handle(Unit unit, UUID actor, boolean allowed, String form, Map<String, String> values,
            @Nullable BindingResult binding, HttpServletRequest request, RedirectAttributes flash, String notice,
            Runnable change) {
        require(allowed);
        Map<String, String> errors = new LinkedHashMap<>();
        if (binding != null) {
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                    error.isBindingFailure() ? "units.error.invalidValue" : error.getDefaultMessage()));
        }
        if (errors.isEmpty()) {
            try {
                change.run();
                flash.addFlashAttribute("notice", notice);
                Unit after = units.get(unit.id());
                // a merged chapter's admins go on in the chapter it became, a removed region's in its branch
                UUID landing = after.mergedInto() != null ? after.mergedInto()
                        : after.level() == UnitLevel.REGION && !after.isLive() ? after.parentId() : after.id();
                String next = "/units/" + landing + "/admin";
                return new ModelAndView("redirect:" + next);
            } catch (UnitRuleException rule) {
                errors.put(rule.field(), rule.messageKey());
            }
        }
        ModelAndView view = adminPage(units.get(unit.id()), actor, pages.of(request), new FormState(form, values, errors));
        view.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return view;
    }

    private ModelAndView adminPage(Unit unit, UUID actor, PageContext page, FormState form) {
        Map<String, Object> model = new HashMap<>();
        boolean restructure = access.mayRestructure(actor, unit);
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("form", form);
        model.put("mayRestructure", restructure);
        model.put("hidden", unit.hidden());
        model.put("today", LocalDate.now(ZoneOffset.UTC).toString());
        List<RoleBook.Term> terms = roles.termsIn(unit.id());
        Map<UUID, MemberCard> cards = present.cards(actor, terms.stream().map(RoleBook.Term::memberId).distinct().toList());
        Instant now = Instant.now();
        model.put("terms", terms.stream().map(t -> new TermRow(t.id(), present.memberName(cards, t.memberId(), page),
                cards.containsKey(t.memberId()) ? cards.get(t.memberId()).path() : null, t.role(), t.startsAt(),
                t.endsAt(), t.isCurrent(now))).toList());
        String query = form.value("role", "q");
        MemberLookup members = lookup.getIfAvailable();
        model.put("query", query);
        model.put("found", query.isEmpty() || members == null ? List.of()
                : members.search(directory.memberIdsWithin(unit.id()), query, SEARCH_RESULTS));
        model.put("roles", Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), page.t("units.role." + r.name()))).toList());
        List<Option> mergeTargets = List.of();
        List<Option> parents = List.of();
        String likeliest = "";
        if (unit.isChapter() && restructure && unit.isLive()) {
            List<Unit> targets = mergeTargets(unit);
            mergeTargets = targets.stream().map(c -> new Option(c.id().toString(), c.name())).toList();
            likeliest = targets.isEmpty() ? "" : likeliestTarget(unit, targets);
            Unit branch = units.get(unit.branchId());
            parents = Stream.concat(Stream.of(branch), units.children(branch.id()).stream()
                            .filter(u -> u.level() == UnitLevel.REGION && u.isLive()))
                    .map(u -> new Option(u.id().toString(), present.name(u, page))).toList();
        }
        model.put("mergeTargets", mergeTargets);
        model.put("likeliestTarget", likeliest);
        model.put("parents", parents);
        model.put("currentParent", unit.parentId() == null ? "" : unit.parentId().toString());
        model.put("mayRename", restructure && unit.isLive()
                && (unit.isChapter() || unit.level() == UnitLevel.REGION));
        model.put("mayRemoveRegion", restructure && unit.level() == UnitLevel.REGION && unit.isLive()
                && units.children(unit.id()).isEmpty());
        model.put("aliases", unit.isLocalityChapter() ? structure.aliases(unit.id()) : List.of());
        model.put("kinds", Stream.of(ChapterKind.DISTRICT, ChapterKind.CAMPUS, ChapterKind.ONLINE)
                .map(k -> new Option(k.name(), page.t("units.kind." + k.name()))).toList());
        return new ModelAndView("units/admin", model);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("unit administration");
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new org.iops.shared.NotFoundException("item");
        }
    }

    private static @Nullable UUID parseOrNull(@Nullable String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
