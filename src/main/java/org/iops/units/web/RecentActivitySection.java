package org.iops.units.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iops.units.UnitLevel;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.iops.units.tree.AuditLog;
import org.iops.units.tree.AuditLog.Action;
import org.iops.units.tree.AuditLog.Entry;
import org.iops.units.web.Views.ActivityLine;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/**
 * "Recent activity in this chapter": the latest changes in the chapter's life, from its audit log, shown to everyone
 * who may see the chapter's page. Only what is public anyway is told (founded, renamed, a chapter merged in, a role
 * taken or ended), and never who: no member's name or id, so a line says as much to a visitor as to an admin.
 */
@Component
class RecentActivitySection implements UnitSection {

    static final int LINES = 8;

    /** What the page tells; moves, moderation, hiding and other names are for the admins' audit log only. */
    private static final Set<Action> PUBLIC = EnumSet.of(Action.CHAPTER_CREATED, Action.CHAPTER_REOPENED,
            Action.CHAPTER_FOUNDED, Action.STATUS_CHANGED, Action.MERGED_FROM, Action.RENAMED, Action.CHAPTER_MOVED,
            Action.ROLE_ASSIGNED, Action.ROLE_ENDED);

    private final AuditLog audit;
    private final TemplateEngine templates;

    RecentActivitySection(AuditLog audit, TemplateEngine templates) {
        this.audit = audit;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "activity";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return context.unit().level() == UnitLevel.CHAPTER && context.unit().status() != UnitStatus.MERGED;
    }

    @Override
    public Content render(UnitSectionContext context) {
        PageContext page = context.page();
        List<ActivityLine> lines = audit.latestOf(context.unit().id().value(), PUBLIC, LINES).stream()
                .map(entry -> new ActivityLine(entry.at(), text(entry, page))).toList();
        return output -> templates.render("units/recentActivity.jte",
                Map.of("page", page, "unitName", context.unit().name(), "lines", lines), output);
    }

    private static String text(Entry entry, PageContext page) {
        String detail = entry.detail() == null ? "" : entry.detail();
        return switch (entry.action()) {
            case STATUS_CHANGED -> page.t("units.activity.STATUS_CHANGED", page.t(Views.statusKey(UnitStatus.valueOf(detail))));
            case CHAPTER_FOUNDED -> page.t("units.activity.CHAPTER_FOUNDED", page.date(java.time.LocalDate.parse(detail)));
            case ROLE_ASSIGNED, ROLE_ENDED -> page.t("units.activity." + entry.action().name(),
                    page.t(Views.roleKey(org.iops.units.Role.valueOf(detail))));
            case MERGED_FROM, CHAPTER_MOVED -> page.t("units.activity." + entry.action().name(),
                    entry.relatedUnitName() == null ? "" : entry.relatedUnitName());
            case RENAMED -> page.t("units.activity.RENAMED", detail);
            default -> page.t("units.activity." + entry.action().name());
        };
    }
}
