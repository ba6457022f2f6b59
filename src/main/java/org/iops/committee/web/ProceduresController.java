package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iops.committee.CommitteeProcedures;
import org.iops.committee.CommitteeProcedures.NonReplies;
import org.iops.committee.QueryId;
import org.iops.committee.queries.CommitteeCatalogs;
import org.iops.committee.queries.CommitteeRefusedException;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.committee.queries.ProcedureBook;
import org.iops.governance.RuleStatus;
import org.iops.governance.RuleVersion;
import org.iops.shared.ForbiddenException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.iops.committee.web.CommitteeViews.VersionLine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The committee's procedures in a unit: the version in force (and where it comes from), the unit's history of
 * versions with their status and the decision that set each, and, for the unit's committee, recording a new one.
 */
@Controller
class ProceduresController {

    private final CommitteeReaders readers;
    private final CommitteeRoll roll;
    private final ProcedureBook book;
    private final QueryViews views;
    private final UnitDirectory units;

    ProceduresController(CommitteeReaders readers, CommitteeRoll roll, ProcedureBook book, QueryViews views,
            UnitDirectory units) {
        this.readers = readers;
        this.roll = roll;
        this.book = book;
        this.views = views;
        this.units = units;
    }

    @GetMapping("/units/{id}/committee/procedures")
    String procedures(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        UnitRef unit = readers.readable(id);
        return page(model, readers.page(request), unit, ProceduresForm.of(book.current(id)), FormErrors.NONE);
    }

    @PostMapping("/units/{id}/committee/procedures")
    String record(@PathVariable UnitId id, @Valid @ModelAttribute("form") ProceduresForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UnitRef unit = readers.readable(id);
        UUID member = CommitteeReaders.signedIn();
        if (!roll.may(member, CommitteeCatalogs.SET_PROCEDURES, id)) {
            throw new ForbiddenException("committee procedures of " + id);
        }
        PageContext page = readers.page(request);
        if (result.hasErrors()) {
            response.setStatus(422);
            return page(model, page, unit, form, FormErrors.of(result, ProceduresForm.INVALID, ProceduresForm::limits));
        }
        try {
            UUID decidedBy = form.getDecidedBy().isBlank() ? null : QueryId.parse(form.getDecidedBy()).value();
            book.record(member, id, form.procedures(), form.getStatus(), decidedBy, form.getNote().strip());
        } catch (CommitteeRefusedException refused) {
            response.setStatus(refused.status());
            return page(model, page, unit, form, FormErrors.NONE.with("decidedBy", refused.messageKey()));
        } catch (org.iops.shared.NotFoundException unknown) {
            response.setStatus(422);
            return page(model, page, unit, form, FormErrors.NONE.with("decidedBy", "committee.procedures.unknownDecision"));
        }
        return "redirect:" + unit.path() + "/committee/procedures";
    }

    private String page(Model model, PageContext page, UnitRef unit, ProceduresForm form, FormErrors errors) {
        RuleVersion<CommitteeProcedures> current = book.currentVersion(unit.id());
        List<RuleVersion<CommitteeProcedures>> history = book.history(unit.id());
        List<UUID> recorders = new ArrayList<>();
        history.forEach(version -> {
            if (version.setBy() != null) {
                recorders.add(version.setBy());
            }
        });
        var names = readers.names(recorders);
        model.addAttribute("page", page);
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("summary", views.procedure(current == null ? CommitteeProcedures.DEFAULT : current.value(), page));
        model.addAttribute("source", current == null ? page.t("committee.procedures.default")
                : page.t("committee.procedures.source", current.version(), page.t(current.status().messageKey()),
                        units.find(current.unit()).map(u -> u.displayName(page.locale())).orElse(""),
                        page.dateTime(current.since())));
        model.addAttribute("history", history.stream().map(version -> new VersionLine(version.version(),
                page.t(version.status().messageKey()), page.dateTime(version.since()), views.procedure(version.value(), page),
                readers.name(version.setBy(), names, page),
                version.decidedBy() == null ? null : "/committee/queries/" + version.decidedBy().id(), version.note()))
                .toList());
        model.addAttribute("mayRecord", roll.may(CommitteeReaders.signedIn(), CommitteeCatalogs.SET_PROCEDURES, unit.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("nonReplies", List.of(
                FormOption.of(NonReplies.NOT_COUNTED.name(), page.t("committee.nonReplies.notcounted")),
                FormOption.of(NonReplies.CONSENT.name(), page.t("committee.nonReplies.consent"))));
        model.addAttribute("statuses", List.of(FormOption.of(RuleStatus.INTERIM.name(), page.t(RuleStatus.INTERIM.messageKey())),
                FormOption.of(RuleStatus.RATIFIED.name(), page.t(RuleStatus.RATIFIED.messageKey()))));
        List<FormOption> decisions = new ArrayList<>();
        book.decisions(unit.id()).forEach(query -> decisions.add(FormOption.of(query.id().toString(),
                query.title() + " (" + page.t(query.status().messageKey()) + ")")));
        model.addAttribute("decisions", decisions);
        return "committee/procedures";
    }
}
