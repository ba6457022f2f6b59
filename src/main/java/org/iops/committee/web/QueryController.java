package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.iops.committee.QueryId;
import org.iops.committee.queries.CommitteeCatalogs;
import org.iops.committee.queries.CommitteeRefusedException;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.committee.queries.Escalation;
import org.iops.committee.queries.Query;
import org.iops.committee.queries.QueryRepository;
import org.iops.committee.queries.QueryService;
import org.iops.committee.queries.QueryStatus;
import org.iops.shared.NotFoundException;
import org.iops.shared.Text;
import org.iops.text.MemberText;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A query's page for the unit's members: its text, the live tally, who answered what, the procedures that count it
 * and its history; the committee answers here too, and once the member poll closed puts a compromise in a run-off.
 */
@Controller
class QueryController {

    private final CommitteeReaders readers;
    private final CommitteeRoll roll;
    private final QueryRepository queries;
    private final QueryService service;
    private final Escalation escalation;
    private final QueryViews views;
    private final Clock clock;

    QueryController(CommitteeReaders readers, CommitteeRoll roll, QueryRepository queries, QueryService service,
            Escalation escalation, QueryViews views, Clock clock) {
        this.clock = clock;
        this.readers = readers;
        this.roll = roll;
        this.queries = queries;
        this.service = service;
        this.escalation = escalation;
        this.views = views;
    }

    @GetMapping("/committee/queries/{id}")
    String query(@PathVariable QueryId id, HttpServletRequest request, Model model) {
        Query query = find(id);
        return page(model, readers.page(request), query, current(query), FormErrors.NONE, "");
    }

    @PostMapping("/committee/queries/{id}/answer")
    String answer(@PathVariable QueryId id, @Valid @ModelAttribute("form") AnswerForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        Query query = find(id);
        UUID member = CommitteeReaders.signedIn();
        PageContext page = readers.page(request);
        if (!roll.may(member, CommitteeCatalogs.ANSWER, query.unit()) || !queries.asked(query.id(), member)) {
            throw new org.iops.shared.ForbiddenException("answer " + id);
        }
        if (result.hasErrors()) {
            response.setStatus(422);
            return page(model, page, query, form, FormErrors.of(result, AnswerForm.INVALID), "");
        }
        try {
            service.answer(member, query.id(), form.chosen(), form.getReason(), "SITE");
        } catch (CommitteeRefusedException refused) {
            if (refused.status() != 422) {
                throw refused; // past the deadline: the form is gone, the refusal page says why
            }
            response.setStatus(refused.status());
            String field = refused.messageKey().contains("reason") ? "reason" : "answer";
            return page(model, page, query, form, FormErrors.NONE.with(field, refused.messageKey()), "");
        }
        flash.addFlashAttribute("answered", true);
        return "redirect:" + query.path();
    }

    @PostMapping("/committee/queries/{id}/runoff")
    String runoff(@PathVariable QueryId id, @RequestParam(defaultValue = "") String compromise,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Query query = find(id);
        UUID member = CommitteeReaders.signedIn();
        if (!roll.may(member, CommitteeCatalogs.QUERY, query.unit())) {
            throw new org.iops.shared.ForbiddenException("run-off " + id);
        }
        String text = Text.clean(compromise);
        String problem = text == null ? "committee.compromise.required"
                : !MemberText.fits(text) ? "committee.body.tooLong" : null;
        if (problem == null) {
            try {
                escalation.runoff(member, query.id(), text);
                return "redirect:" + query.path();
            } catch (CommitteeRefusedException refused) {
                response.setStatus(refused.status());
                problem = refused.messageKey();
            }
        } else {
            response.setStatus(422);
        }
        return page(model, readers.page(request), query, current(query),
                FormErrors.NONE.with("compromise", problem), compromise);
    }

    private Query find(QueryId id) {
        Query query = queries.find(id.value()).orElseThrow(() -> new NotFoundException("committee query"));
        readers.readable(query);
        return query;
    }

    /** The reader's own answer, to start the answer form from. */
    private AnswerForm current(Query query) {
        UUID reader = CommitteeReaders.signedIn();
        AnswerForm form = new AnswerForm();
        queries.answers(query.id()).stream().filter(row -> reader.equals(row.member()) && row.answer() != null)
                .findFirst().ifPresent(row -> {
                    form.setAnswer(row.answer().name());
                    form.setReason(row.reason());
                });
        return form;
    }

    private String page(Model model, PageContext page, Query query, AnswerForm form, FormErrors errors,
            String compromise) {
        UnitRef unit = readers.readable(query);
        UUID reader = CommitteeReaders.signedIn();
        boolean onCommittee = roll.may(reader, CommitteeCatalogs.ANSWER, query.unit());
        model.addAttribute("page", page);
        model.addAttribute("query", views.view(query, unit.displayName(page.locale()), unit.path(), page));
        model.addAttribute("mayAnswer", onCommittee && queries.asked(query.id(), reader)
                && query.openAt(clock.instant()));
        model.addAttribute("mayRunoff", query.status() == QueryStatus.POLLED && query.pollWinner() != null
                && roll.may(reader, CommitteeCatalogs.QUERY, query.unit()));
        model.addAttribute("pollWinner", query.pollWinner());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("compromise", compromise);
        model.addAttribute("answers", QueryViews.answerOptions(page));
        return "committee/query";
    }
}
