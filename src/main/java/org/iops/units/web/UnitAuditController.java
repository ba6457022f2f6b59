package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.shared.ForbiddenException;
import org.iops.units.MemberCard;
import org.iops.units.tree.AuditLog;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.web.Views.AuditRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The audit log of a unit and the units below it, for its admins and the admins above. */
@Controller
class UnitAuditController {

    private static final int AUDIT_PAGE_SIZE = 50;

    private final AuditLog audit;
    private final UnitAccess access;
    private final UnitPresenter present;
    private final PageContextFactory pages;

    UnitAuditController(AuditLog audit, UnitAccess access, UnitPresenter present, PageContextFactory pages) {
        this.audit = audit;
        this.access = access;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/units/{id}/audit")
    ModelAndView auditLog(@PathVariable String id, @RequestParam(name = "page", defaultValue = "1") String pageNumber,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = UnitPresenter.signedIn();
        if (!access.mayAdminister(actor, unit)) {
            throw new ForbiddenException("audit log");
        }
        PageContext page = pages.of(request);
        int number = 1;
        try {
            number = Math.max(1, Math.min(10_000, Integer.parseInt(pageNumber)));
        } catch (NumberFormatException notANumber) {
            // first page
        }
        List<AuditLog.Entry> entries = audit.of(unit.id(), AUDIT_PAGE_SIZE + 1, (number - 1) * AUDIT_PAGE_SIZE);
        boolean more = entries.size() > AUDIT_PAGE_SIZE;
        entries = entries.subList(0, Math.min(entries.size(), AUDIT_PAGE_SIZE));
        Map<UUID, MemberCard> cards = present.cards(actor, entries.stream()
                .flatMap(e -> Stream.of(e.actorId(), e.subjectMemberId())).filter(x -> x != null).distinct().toList());
        List<AuditRow> rows = entries.stream().map(e -> new AuditRow(e.at(),
                e.unitId().equals(unit.id()) ? present.name(unit, page)
                        : e.unitIsBranch() && e.unitCountryCode() != null ? page.countryName(e.unitCountryCode()) : e.unitName(),
                "/units/" + e.unitId(),
                e.actorId() == null ? (e.actorForgotten() ? "units.audit.formerMember" : "units.audit.platform") : "",
                e.actorId() == null ? "" : present.memberName(cards, e.actorId(), page),
                "units.audit.action." + e.action().name(),
                e.subjectMemberId() == null ? (aboutMember(e.action()) ? page.t("units.audit.formerMember") : "")
                        : present.memberName(cards, e.subjectMemberId(), page),
                e.relatedUnitName() == null ? "" : e.relatedUnitName(),
                detail(e, page))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("rows", rows);
        model.put("pageNumber", number);
        model.put("hasMore", more);
        return new ModelAndView("units/audit", model);
    }

    /** The detail as its message argument: a count stays a number, so that the message can choose its plural form. */
    private static Object detail(AuditLog.Entry entry, PageContext page) {
        String detail = entry.detail();
        if (detail == null) {
            return "";
        }
        return switch (entry.action()) {
            case ROLE_ASSIGNED, ROLE_ENDED, FIRST_ADMIN_CLAIMED -> page.t("units.role." + detail);
            case STATUS_CHANGED -> page.t("units.status." + detail);
            case CHAPTER_FOUNDED -> page.date(LocalDate.parse(detail));
            case MERGED_INTO, MERGED_FROM -> Long.valueOf(detail);
            default -> detail;
        };
    }

    /** Actions whose subject is a member: a missing subject was a deleted account. */
    private static boolean aboutMember(AuditLog.Action action) {
        return switch (action) {
            case ROLE_ASSIGNED, ROLE_ENDED, FIRST_ADMIN_CLAIMED, CHAPTER_CREATED, CHAPTER_REOPENED -> true;
            default -> false;
        };
    }
}
