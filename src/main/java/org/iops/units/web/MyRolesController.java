package org.iops.units.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.units.Role;
import org.iops.units.tree.RoleBook;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitRepository;
import org.iops.units.web.Views.MyRoleRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** A member's own roles, current and upcoming, with the way to each unit's admin screen. */
@Controller
class MyRolesController {

    private final RoleBook roles;
    private final UnitRepository units;
    private final UnitPresenter present;
    private final PageContextFactory pages;

    private final Clock clock;

    MyRolesController(RoleBook roles, UnitRepository units, UnitPresenter present, PageContextFactory pages,
            Clock clock) {
        this.clock = clock;
        this.roles = roles;
        this.units = units;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/roles")
    ModelAndView myRoles(HttpServletRequest request) {
        UUID member = UnitPresenter.signedIn();
        PageContext page = pages.of(request);
        Instant now = clock.instant();
        List<MyRoleRow> rows = roles.termsOf(member).stream().map(term -> {
            Unit unit = units.get(term.unitId());
            return new MyRoleRow(present.name(unit, page), unit.ref().path(), term.role(), term.startsAt(), term.endsAt(),
                    term.isCurrent(now) && term.role().equals(Role.ADMIN));
        }).toList();
        return new ModelAndView("units/myRoles", Map.of("rows", rows));
    }
}
