package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iops.committee.queries.CommitteeCatalogs;
import org.iops.committee.queries.CommitteeRefusedException;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.committee.queries.ProcedureBook;
import org.iops.committee.queries.Query;
import org.iops.committee.queries.QueryRepository;
import org.iops.committee.queries.QueryService;
import org.iops.content.PostingRefusedException;
import org.iops.shared.ForbiddenException;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's committee: who sits on it, its procedures, its queries (newest first), and circulating a new one. */
@Controller
class CommitteeController {

    static final int PAGE = 20;

    private final CommitteeReaders readers;
    private final CommitteeRoll roll;
    private final QueryRepository queries;
    private final QueryService service;
    private final ProcedureBook procedures;
    private final QueryViews views;

    CommitteeController(CommitteeReaders readers, CommitteeRoll roll, QueryRepository queries, QueryService service,
            ProcedureBook procedures, QueryViews views) {
        this.readers = readers;
        this.roll = roll;
        this.queries = queries;
        this.service = service;
        this.procedures = procedures;
        this.views = views;
    }

    @GetMapping("/units/{id}/committee")
    String committee(@PathVariable UnitId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant before,
            HttpServletRequest request, Model model) {
        UnitRef unit = readers.readable(id);
        PageContext page = readers.page(request);
        List<UUID> committee = roll.members(id);
        var names = readers.names(committee);
        List<Query> found = queries.inUnit(id, before, PAGE + 1);
        model.addAttribute("page", page);
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("members", committee.stream().map(member -> readers.name(member, names, page)).sorted().toList());
        model.addAttribute("procedure", views.procedure(procedures.current(id), page));
        model.addAttribute("queries", found.stream().limit(PAGE).map(query -> views.line(query, page)).toList());
        model.addAttribute("next", found.size() > PAGE
                ? unit.path() + "/committee?before=" + found.get(PAGE - 1).createdAt() : null);
        model.addAttribute("mayQuery", roll.may(CommitteeReaders.signedIn(), CommitteeCatalogs.QUERY, id));
        return "committee/unit";
    }

    @GetMapping("/units/{id}/committee/new")
    String newQuery(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        UnitRef unit = querying(id);
        PageContext page = readers.page(request);
        return form(model, page, unit, QueryForm.starting(page.lang(), service.defaultDeadline(id)), FormErrors.NONE);
    }

    @PostMapping("/units/{id}/committee/new")
    String circulate(@PathVariable UnitId id, @Valid @ModelAttribute("form") QueryForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UnitRef unit = querying(id);
        PageContext page = readers.page(request);
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(model, page, unit, form, FormErrors.of(result, QueryForm.INVALID, QueryForm::limits));
        }
        try {
            Query query = service.circulate(CommitteeReaders.signedIn(), id, form.getTitle(), form.getBody(),
                    form.getLanguage(), form.deadlineInstant());
            return "redirect:" + query.path();
        } catch (CommitteeRefusedException refused) {
            response.setStatus(refused.status());
            String field = refused.messageKey().startsWith("committee.deadline") ? "deadline" : "body";
            return form(model, page, unit, form, FormErrors.NONE.with(field, refused.messageKey()));
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return form(model, page, unit, form, FormErrors.NONE.with("body", refused.messageKey(), refused.arguments()));
        }
    }

    private UnitRef querying(UnitId id) {
        UnitRef unit = readers.readable(id);
        if (!roll.may(CommitteeReaders.signedIn(), CommitteeCatalogs.QUERY, id)) {
            throw new ForbiddenException("committee query in " + id);
        }
        return unit;
    }

    private String form(Model model, PageContext page, UnitRef unit, QueryForm form, FormErrors errors) {
        model.addAttribute("page", page);
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", List.of(FormOption.inLanguage("en", "English", "en"),
                FormOption.inLanguage("es", "Español", "es"), FormOption.inLanguage("fr", "Français", "fr"),
                FormOption.inLanguage("de", "Deutsch", "de")));
        return "committee/new";
    }
}
