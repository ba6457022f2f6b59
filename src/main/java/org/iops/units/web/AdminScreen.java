package org.iops.units.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.iops.units.Permissions;
import org.iops.units.UnitLevel;
import org.iops.units.tree.NearNames;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Structure;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.tree.UnitRepository;
import org.iops.units.tree.UnitRuleException;
import org.iops.units.web.Views.Confirmation;
import org.iops.units.web.Views.FormState;
import org.iops.units.web.Views.Option;
import org.iops.units.web.Views.TermRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's admin screen, shared by the admin controllers (roles, lifecycle, structure): the page itself, a form
 * sent from it (check, change, redirect, or the page again with the errors) and the confirmation steps.
 */
@Component
class AdminScreen {

    /** How many members a search on the role form shows; a longer name narrows it. */
    static final int SEARCH_RESULTS = 20;

    /** What the confirmation step sends: the POST acts only with it. */
    static final Map<String, String> CONFIRMED = Map.of("confirmed", "yes");

    private final UnitRepository units;
    private final RoleBook roles;
    private final UnitAccess access;
    private final Permissions permissions;
    private final Structure structure;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final ObjectProvider<MemberLookup> lookup;
    private final UnitDirectoryService directory;

    private final Clock clock;

    AdminScreen(UnitRepository units, RoleBook roles, UnitAccess access, Permissions permissions, Structure structure,
            UnitPresenter present, PageContextFactory pages, ObjectProvider<MemberLookup> lookup,
            UnitDirectoryService directory, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.roles = roles;
        this.access = access;
        this.permissions = permissions;
        this.structure = structure;
        this.present = present;
        this.pages = pages;
        this.lookup = lookup;
        this.directory = directory;
    }

    /**
     * Sends a form of the admin screen: a 403 unless {@code allowed}; with no error, makes the change and redirects
     * to the admin screen of the unit it leaves the admin in; else shows the screen again with the errors (422).
     */
    ModelAndView handle(Unit unit, UUID actor, boolean allowed, String form, Map<String, String> values,
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
                return new ModelAndView("redirect:/units/" + landing + "/admin");
            } catch (UnitRuleException rule) {
                errors.put(rule.field(), rule.messageKey());
            }
        }
        return rejected(units.get(unit.id()), actor, request, new FormState(form, values, errors));
    }

    /** The admin screen again, with the form's values and errors, as a 422. */
    ModelAndView rejected(Unit unit, UUID actor, HttpServletRequest request, FormState form) {
        ModelAndView view = page(unit, actor, pages.of(request), form);
        view.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return view;
    }

    ModelAndView confirmation(Unit unit, PageContext page, Confirmation confirmation) {
        return new ModelAndView("units/confirm", Map.of("unit", present.view(unit, page),
                "crumbs", present.crumbs(unit, page), "confirmation", confirmation));
    }

    ModelAndView page(Unit unit, UUID actor, PageContext page, FormState form) {
        Map<String, Object> model = new HashMap<>();
        boolean restructure = access.mayRestructure(actor, unit);
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("form", form);
        model.put("mayRestructure", restructure);
        model.put("hidden", unit.hidden());
        model.put("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        List<RoleBook.Term> terms = roles.termsIn(unit.id());
        Map<UUID, MemberCard> cards = present.cards(actor, terms.stream().map(RoleBook.Term::memberId).distinct().toList());
        Instant now = clock.instant();
        model.put("terms", terms.stream().map(t -> new TermRow(t.id(), present.memberName(cards, t.memberId(), page),
                cards.containsKey(t.memberId()) ? cards.get(t.memberId()).path() : null, t.role(), t.startsAt(),
                t.endsAt(), t.isCurrent(now))).toList());
        String query = form.value("role", "q");
        MemberLookup members = lookup.getIfAvailable();
        model.put("query", query);
        model.put("found", query.isEmpty() || members == null ? List.of()
                : members.search(directory.memberIdsWithin(unit.id()), query, SEARCH_RESULTS));
        model.put("roles", permissions.roles().stream()
                .map(r -> new Option(r.name(), page.t(r.messageKey()))).toList());
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

    /** Live chapters of the same branch and kind that this one could be merged into. */
    List<Unit> mergeTargets(Unit unit) {
        if (!unit.isLive()) {
            return List.of();
        }
        return units.chaptersBelow(unit.branchId()).stream()
                .filter(c -> !c.id().equals(unit.id()) && c.isLive() && c.kind() == unit.kind()).toList();
    }

    /** The chapter whose name is nearest this one's ("Sao Paolo" and "São Paulo"), or the first. */
    static String likeliestTarget(Unit unit, List<Unit> targets) {
        List<Unit> near = NearNames.near(unit.name(), targets, Unit::name);
        return (near.isEmpty() ? targets.get(0) : near.get(0)).id().toString();
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("unit administration");
        }
    }

    /** An id from the address: a 404 for anything but a UUID as links write it. */
    static UUID parse(String id) {
        return org.iops.shared.MalformedIdException.uuid(id, "item");
    }

    /** An id from a form field, or null when it is blank or not a UUID as links write it. */
    static @Nullable UUID parseOrNull(@Nullable String id) {
        String text = id == null ? "" : id.strip();
        return org.iops.shared.MalformedIdException.wellFormed(text) ? UUID.fromString(text) : null;
    }
}
