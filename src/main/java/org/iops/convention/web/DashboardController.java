package org.iops.convention.web;

import org.iops.convention.standing.Snapshots;
import org.iops.convention.standing.StandingService;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.CurrentMember;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public dashboard: how far the organization is from its founding convention. */
@Controller
class DashboardController {

    /** How many days of the trend the page shows. */
    static final int TREND_DAYS = 14;

    private final StandingService standing;
    private final Snapshots snapshots;
    private final Permissions permissions;

    DashboardController(StandingService standing, Snapshots snapshots, Permissions permissions) {
        this.standing = standing;
        this.snapshots = snapshots;
        this.permissions = permissions;
    }

    @GetMapping("/convention")
    String dashboard(@ModelAttribute("page") PageContext page, Model model) {
        CurrentMember member = PageContextFactory.currentMember();
        boolean maySet = member != null
                && permissions.may(member.memberId(), ConventionActions.SET_PRECONDITIONS, UnitId.INTERNATIONAL);
        model.addAttribute("dashboard", DashboardView.of(standing.current(),
                snapshots.recent(standing.today(), TREND_DAYS), maySet, page));
        return "convention/dashboard";
    }
}
