package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iops.shared.ForbiddenException;
import org.iops.shared.Text;
import org.iops.units.MemberCard;
import org.iops.units.PendingSignUps;
import org.iops.units.UnitLevel;
import org.iops.units.UnitActions;
import org.iops.units.UnitId;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.units.web.Views.MemberPage;
import org.iops.units.web.Views.SignUpRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The members a unit's admins administer, found by name, and the sign-ups who said they live there but have not
 * confirmed their address yet. Each shows only what the admin may see: cards as the privacy settings allow, and of
 * a sign-up the name, the town they typed and how long ago, never the address they gave.
 */
@Controller
class UnitMembersAdminController {

    static final int PER_PAGE = 50;

    private final UnitDirectoryService directory;
    private final UnitAccess access;
    private final UnitPresenter present;
    private final PageContextFactory pages;
    private final ObjectProvider<PendingSignUps> signUps;
    private final ObjectProvider<org.iops.units.MemberCards> memberCards;
    private final Clock clock;

    UnitMembersAdminController(UnitDirectoryService directory, UnitAccess access, UnitPresenter present,
            PageContextFactory pages, ObjectProvider<PendingSignUps> signUps,
            ObjectProvider<org.iops.units.MemberCards> memberCards, Clock clock) {
        this.directory = directory;
        this.access = access;
        this.present = present;
        this.pages = pages;
        this.signUps = signUps;
        this.memberCards = memberCards;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/admin/members")
    ModelAndView members(@PathVariable UnitId id, @RequestParam(name = "q", defaultValue = "") String typed,
            @RequestParam(name = "page", defaultValue = "1") String pageNumber, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID admin = UnitPresenter.signedIn();
        if (!access.may(admin, UnitActions.ADMINISTER, unit)) {
            throw new ForbiddenException("unit members");
        }
        PageContext page = pages.of(request);
        String query = typed.strip().length() > 100 ? typed.strip().substring(0, 100) : typed.strip();
        String key = Text.matchKey(query);
        org.iops.units.MemberCards cards = memberCards.getIfAvailable();
        List<MemberCard> found = cards == null ? List.of() : cards.visibleTo(admin, directory.memberIdsWithin(unit.id()))
                .stream().filter(card -> key.isEmpty() || Text.matchKey(card.displayName()).contains(key)).toList();
        int pagesTotal = Math.max(1, (found.size() + PER_PAGE - 1) / PER_PAGE);
        int number = Math.min(pagesTotal, parse(pageNumber));
        List<MemberCard> slice = found.subList((number - 1) * PER_PAGE, Math.min(found.size(), number * PER_PAGE));

        Map<String, Object> model = new HashMap<>();
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("query", query);
        model.put("queryParam", java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        model.put("members", new MemberPage(slice, number, pagesTotal, found.size(), 0));
        model.put("signUps", signUps(unit, page));
        return new ModelAndView("units/adminMembers", model);
    }

    private List<SignUpRow> signUps(Unit unit, PageContext page) {
        PendingSignUps pending = signUps.getIfAvailable();
        if (pending == null) {
            return List.of();
        }
        boolean everywhere = unit.level() == UnitLevel.INTERNATIONAL;
        boolean wholeCountry = unit.level() == UnitLevel.BRANCH;
        Set<String> localities = everywhere || wholeCountry ? Set.of() : directory.localityKeysBelow(unit.id());
        if (!everywhere && unit.countryCode() == null) {
            return List.of();
        }
        return pending.pendingIn(everywhere ? null : unit.countryCode()).stream()
                .filter(s -> everywhere || wholeCountry || localities.contains(Text.matchKey(s.locality())))
                .map(s -> new SignUpRow(s.displayName(), s.locality(),
                        page.countryName(s.countryCode().isEmpty() ? "ZZ" : s.countryCode()),
                        Math.max(0, Duration.between(s.joinedAt(), clock.instant()).toDays())))
                .toList();
    }

    private static int parse(String text) {
        try {
            return Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
