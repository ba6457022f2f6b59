package org.iops.units.web;

import gg.jte.Content;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.units.ChapterKind;
import org.iops.units.MemberCard;
import org.iops.units.OrganizationFigures;
import org.iops.units.Role;
import org.iops.units.UnitLevel;
import org.iops.units.UnitStatus;
import org.jspecify.annotations.Nullable;

/** Values made for the unit pages: names already in the reader's language, nothing the reader may not see. */
public final class Views {

    private Views() {
    }

    /** The message key naming a status; the keys are spelled out in the units bundle. */
    public static String statusKey(UnitStatus status) {
        return "units.status." + status.name();
    }

    public static String roleKey(Role role) {
        return role.messageKey();
    }

    public static String kindKey(ChapterKind kind) {
        return "units.kind." + kind.name();
    }

    /** A unit as its own page shows it. */
    public record UnitView(UUID id, String path, UnitLevel level, @Nullable ChapterKind kind, UnitStatus status,
            String name, @Nullable LocalDate foundedOn, int members) {

        public String adminPath() {
            return path + "/admin";
        }

        public String auditPath() {
            return path + "/audit";
        }

        public boolean isChapter() {
            return level == UnitLevel.CHAPTER;
        }
    }

    /**
     * What every unit's page shows around its own content: the unit, the way to it, its admins, and the sections
     * other modules contribute for this unit and this reader ({@link org.iops.units.UnitSection}), in order.
     */
    public record UnitHeader(UnitView unit, List<Crumb> crumbs, boolean mayAdminister, People admins,
            List<ShownSection> sections) {
    }

    /** The people of a list the reader may see, and how many there are in all (the others are counted only). */
    public record People(List<MemberCard> cards, int count) {

        public int notListed() {
            return count - cards.size();
        }
    }

    /** A contributed section, ready to render in its place. */
    public record ShownSection(String id, Content content) {
    }

    /** The international's page. */
    public record InternationalPage(UnitHeader header, OrganizationFigures figures, long branchCount, People committee) {
    }

    /** A branch's or a region's page: its regions with their chapters, and its chapters outside regions. */
    public record AreaPage(UnitHeader header, List<RegionRow> regions, List<ChapterRow> chapters, long members,
            long chapterCount) {
    }

    /** A chapter's page; {@code mergedInto} is set once it was merged, and then the page only says where it went. */
    public record ChapterPage(UnitHeader header, MemberPage members, @Nullable UnitView mergedInto, boolean mayJoin,
            boolean mayLeave, boolean belongs, UnitView branch, boolean branchHasAdmins) {
    }

    /** A line of a chapter's recent activity: when, and what happened in the reader's language (never who). */
    public record ActivityLine(Instant at, String text) {
    }

    /** One step of the breadcrumbs, international > branch > region > chapter. */
    public record Crumb(String name, String path) {
    }

    public record BranchRow(String name, String path, long members, long chapters) {
    }

    public record ChapterRow(String name, String path, UnitStatus status, ChapterKind kind, long members,
            @Nullable LocalDate foundedOn) {
    }

    public record RegionRow(String name, String path, long members, List<ChapterRow> chapters) {
    }

    /** Members of a unit as the reader may see them, one page at a time. */
    public record MemberPage(List<MemberCard> cards, int page, int pages, int total, int notListed) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    public record TermRow(UUID id, String memberName, @Nullable String memberPath, Role role, Instant startsAt,
            @Nullable Instant endsAt, boolean current) {
    }

    public record AuditRow(Instant at, String unitName, String unitPath, String actorKey, String actorName,
            @Nullable UUID actorId, String actionKey, String subject, String related, Object detail) {
    }

    /**
     * The step before an action that cannot be undone: what will happen, and a button that does it. {@code choices}
     * (empty when there is nothing to choose) is a select named {@code choiceField} with {@code chosen} selected.
     */
    public record Confirmation(String heading, List<String> facts, String action, Map<String, String> hidden,
            String choiceField, String choiceLabel, List<Option> choices, String chosen, String confirmLabel,
            String cancelPath) {
    }

    /** A sign-up waiting to confirm their address, as an admin of where they said they live sees it. */
    public record SignUpRow(String displayName, String locality, String country, long daysAgo) {
    }

    /** One of the reader's own roles; {@code administers} when it opens the unit's admin screen now. */
    public record MyRoleRow(String unitName, String unitPath, Role role, Instant startsAt, @Nullable Instant endsAt,
            boolean administers) {
    }

    /** A choice in a select list. */
    public record Option(String value, String label) implements org.iops.web.FormOption {
    }

    /** What an admin form sent and what was wrong with it, to show it again with the errors next to the fields. */
    public record FormState(String form, Map<String, String> values, Map<String, String> errors) {

        public static FormState empty() {
            return new FormState("", Map.of(), Map.of());
        }

        public String value(String form, String field) {
            return form.equals(this.form) ? values.getOrDefault(field, "") : "";
        }

        public @Nullable String error(String form, String field) {
            return form.equals(this.form) ? errors.get(field) : null;
        }

        public boolean invalid(String form, String field) {
            return error(form, field) != null;
        }
    }
}
