package org.iops.units.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.iops.shared.ForbiddenException;
import org.iops.shared.MalformedIdException;
import org.iops.shared.MemberId;
import org.iops.units.MemberCard;
import org.iops.units.UnitActions;
import org.iops.units.UnitId;
import org.iops.units.tree.AuditLog;
import org.iops.units.tree.Unit;
import org.iops.units.tree.UnitAccess;
import org.iops.units.web.Views.AuditRow;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The audit log of a unit and the units below it, for its admins and the admins above. */
@Controller
class UnitAuditController {

    private static final int AUDIT_PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 10_000;

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
    ModelAndView auditLog(@PathVariable UnitId id, @RequestParam(name = "page", defaultValue = "1") String pageNumber,
            @RequestParam Map<String, String> query, HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = requireAdmin(unit);
        PageContext page = pages.of(request);
        int number = 1;
        try {
            number = Math.max(1, Math.min(10_000, Integer.parseInt(pageNumber)));
        } catch (NumberFormatException notANumber) {
            // first page
        }
        ParsedFilter parsed = ParsedFilter.of(query);
        List<AuditLog.Entry> entries = audit.of(unit.id(), parsed.filter(), AUDIT_PAGE_SIZE + 1, (number - 1) * AUDIT_PAGE_SIZE);
        boolean more = entries.size() > AUDIT_PAGE_SIZE;
        entries = entries.subList(0, Math.min(entries.size(), AUDIT_PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("unit", present.view(unit, page));
        model.put("crumbs", present.crumbs(unit, page));
        model.put("rows", rows(unit, actor, entries, page));
        model.put("pageNumber", number);
        model.put("hasMore", more);
        model.put("filter", parsed.values());
        model.put("filterQuery", parsed.query());
        model.put("filterInvalid", parsed.invalid());
        model.put("filterMember", parsed.filter().member() == null ? ""
                : present.memberName(present.cards(actor, List.of(parsed.filter().member())), parsed.filter().member(), page));
        model.put("actions", java.util.Arrays.stream(AuditLog.Action.values())
                .map(a -> new Views.Option(a.name(), page.t("units.audit.kind." + a.name()))).toList());
        ModelAndView view = new ModelAndView("units/audit", model);
        if (parsed.invalid()) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }

    /** The filtered log as a spreadsheet: the same lines as the page, up to {@link #EXPORT_LIMIT}, in the reader's language. */
    @GetMapping("/units/{id}/audit.csv")
    ResponseEntity<String> export(@PathVariable UnitId id, @RequestParam Map<String, String> query,
            HttpServletRequest request) {
        Unit unit = present.unit(id);
        UUID actor = requireAdmin(unit);
        PageContext page = pages.of(request);
        ParsedFilter parsed = ParsedFilter.of(query);
        if (parsed.invalid()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(page.t("units.audit.badFilter"));
        }
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, Csv.FORMAT)) {
            printer.printRecord(Csv.cells(page.t("units.col.when"), page.t("units.col.unit"), page.t("units.col.who"),
                    page.t("units.col.what")));
            for (AuditRow row : rows(unit, actor, audit.of(unit.id(), parsed.filter(), EXPORT_LIMIT, 0), page)) {
                printer.printRecord(Csv.cells(row.at().toString(), row.unitName(),
                        row.actorKey().isEmpty() ? row.actorName() : page.t(row.actorKey()),
                        page.t(row.actionKey(), row.subject(), row.related(), row.detail())));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + unit.id() + ".csv").build().toString())
                .body(csv.toString());
    }

    private UUID requireAdmin(Unit unit) {
        UUID actor = UnitPresenter.signedIn();
        if (!access.may(actor, UnitActions.ADMINISTER, unit)) {
            throw new ForbiddenException("audit log");
        }
        return actor;
    }

    private List<AuditRow> rows(Unit unit, UUID actor, List<AuditLog.Entry> entries, PageContext page) {
        Map<UUID, MemberCard> cards = present.cards(actor, entries.stream()
                .flatMap(e -> Stream.of(e.actorId(), e.subjectMemberId())).filter(x -> x != null).distinct().toList());
        return entries.stream().map(e -> new AuditRow(e.at(),
                e.unitId().equals(unit.id()) ? present.name(unit, page)
                        : e.unitIsBranch() && e.unitCountryCode() != null ? page.countryName(e.unitCountryCode()) : e.unitName(),
                "/units/" + e.unitId(),
                e.actorId() == null ? (e.actorForgotten() ? "units.audit.formerMember" : "units.audit.platform") : "",
                e.actorId() == null ? "" : present.memberName(cards, e.actorId(), page),
                e.actorId(),
                "units.audit.action." + e.action().name(),
                e.subjectMemberId() == null ? (aboutMember(e.action()) ? page.t("units.audit.formerMember") : "")
                        : present.memberName(cards, e.subjectMemberId(), page),
                e.relatedUnitName() == null ? "" : e.relatedUnitName(),
                detail(e, page))).toList();
    }

    /** The filter as typed (to show it again), as the log reads it, and as a query string for the pager and export. */
    record ParsedFilter(AuditLog.Filter filter, Map<String, String> values, String query, boolean invalid) {

        static ParsedFilter of(Map<String, String> query) {
            Map<String, String> values = new HashMap<>();
            for (String field : List.of("action", "member", "from", "to")) {
                String value = query.getOrDefault(field, "").strip();
                values.put(field, value.length() > 60 ? value.substring(0, 60) : value);
            }
            boolean invalid = false;
            AuditLog.Action action = null;
            UUID member = null;
            Instant from = null;
            Instant until = null;
            try {
                action = values.get("action").isEmpty() ? null : AuditLog.Action.valueOf(values.get("action"));
                member = values.get("member").isEmpty() ? null : MemberId.parse(values.get("member")).value();
                from = values.get("from").isEmpty() ? null
                        : LocalDate.parse(values.get("from")).atStartOfDay(ZoneOffset.UTC).toInstant();
                // "to" is a whole day: until the start of the next
                until = values.get("to").isEmpty() ? null
                        : LocalDate.parse(values.get("to")).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (IllegalArgumentException | java.time.DateTimeException | MalformedIdException bad) {
                invalid = true;
            }
            if (invalid) {
                return new ParsedFilter(AuditLog.Filter.NONE, values, "", true);
            }
            StringBuilder string = new StringBuilder();
            values.forEach((field, value) -> {
                if (!value.isEmpty()) {
                    string.append('&').append(field).append('=')
                            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                }
            });
            return new ParsedFilter(new AuditLog.Filter(action, member, from, until), values, string.toString(), false);
        }
    }

    /**
     * RFC 4180 lines written by Commons CSV, every cell quoted; a cell that a spreadsheet would run as a formula
     * starts with an apostrophe.
     */
    static final class Csv {

        static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

        private Csv() {
        }

        static Object[] cells(String... texts) {
            Object[] cells = new Object[texts.length];
            for (int i = 0; i < texts.length; i++) {
                String cell = texts[i] == null ? "" : texts[i];
                cells[i] = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
            }
            return cells;
        }
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
            case ROLE_ASSIGNED, ROLE_ENDED, FIRST_ADMIN_CLAIMED, CHAPTER_CREATED, CHAPTER_REOPENED, MEMBER_MOVED_IN,
                    MEMBER_SUSPENDED, MEMBER_REINSTATED, MEMBER_REMOVED -> true;
            default -> false;
        };
    }
}
