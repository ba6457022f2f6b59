package org.iops.units.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.iops.units.ChapterKind;
import org.iops.units.Role;
import org.iops.units.UnitStatus;
import org.iops.units.tree.Structure;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a unit's admin screen. Each message is a key of the units message bundle. */
final class AdminForms {

    private AdminForms() {
    }

    /** Who gets which role, for which term. */
    static final class RoleForm {
        @NotBlank(message = "units.error.memberRequired")
        @Size(max = 320, message = "units.error.memberUnknown")
        private @Nullable String member;
        @NotNull(message = "units.error.roleRequired")
        private @Nullable Role role;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate end;
        /** The search that found the member, to show the results again next to an error. */
        private @Nullable String q;

        public @Nullable String getQ() { return q; }
        public void setQ(@Nullable String q) { this.q = q; }
        public @Nullable String getMember() { return member; }
        public void setMember(@Nullable String member) { this.member = member; }
        public @Nullable Role getRole() { return role; }
        public void setRole(@Nullable Role role) { this.role = role; }
        public @Nullable LocalDate getStart() { return start; }
        public void setStart(@Nullable LocalDate start) { this.start = start; }
        public @Nullable LocalDate getEnd() { return end; }
        public void setEnd(@Nullable LocalDate end) { this.end = end; }

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("member", member == null ? "" : member);
            values.put("q", q == null ? "" : q.length() > 120 ? q.substring(0, 120).strip() : q.strip());
            values.put("role", role == null ? "" : role.name());
            values.put("start", start == null ? "" : start.toString());
            values.put("end", end == null ? "" : end.toString());
            return values;
        }
    }

    /** The founding date of a provisional chapter. */
    static final class FoundingForm {
        @NotNull(message = "units.error.dateRequired")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private @Nullable LocalDate foundedOn;

        public @Nullable LocalDate getFoundedOn() { return foundedOn; }
        public void setFoundedOn(@Nullable LocalDate foundedOn) { this.foundedOn = foundedOn; }

        Map<String, String> values() {
            return Map.of("foundedOn", foundedOn == null ? "" : foundedOn.toString());
        }
    }

    static final class StatusForm {
        @NotNull(message = "units.error.transition")
        private @Nullable UnitStatus status;

        public @Nullable UnitStatus getStatus() { return status; }
        public void setStatus(@Nullable UnitStatus status) { this.status = status; }
    }

    /** An alias, a region's or a chapter's name, and for a chapter its kind. */
    static final class NameForm {
        @NotBlank(message = "units.error.nameRequired")
        @Size(max = Structure.MAX_NAME_LENGTH, message = "units.error.nameTooLong")
        private @Nullable String name;
        private @Nullable ChapterKind kind;

        public @Nullable String getName() { return name; }
        public void setName(@Nullable String name) { this.name = name; }
        public @Nullable ChapterKind getKind() { return kind; }
        public void setKind(@Nullable ChapterKind kind) { this.kind = kind; }

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            // a 10,000-character name is not sent back whole
            values.put("name", name == null ? "" : name.length() > 500 ? name.substring(0, 500) : name);
            values.put("kind", kind == null ? "" : kind.name());
            return values;
        }
    }

    /** The unit chosen from a list: merge target or new parent. */
    static final class TargetForm {
        private @Nullable String target;

        public @Nullable String getTarget() { return target; }
        public void setTarget(@Nullable String target) { this.target = target; }

        Map<String, String> values() {
            return Map.of("target", target == null ? "" : target);
        }
    }
}
