package org.iops.committee.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.iops.committee.queries.Answer;
import org.iops.committee.queries.AnswerTokens;
import org.iops.committee.queries.CommitteeRefusedException;
import org.iops.committee.queries.Query;
import org.iops.committee.queries.QueryRepository;
import org.iops.committee.queries.QueryService;
import org.iops.text.MemberText;
import org.iops.units.UnitDirectory;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
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
 * The one-click answer links of a query's email. Opening one (GET) only shows the choice and a button, so a mail
 * scanner that follows links records nothing; the button (POST) records it. The token names one committee member
 * and one query and holds until the deadline; it works signed in or not, but never for another signed-in member.
 */
@Controller
class AnswerLinkController {

    private final AnswerTokens tokens;
    private final QueryRepository queries;
    private final QueryService service;
    private final CommitteeReaders readers;
    private final QueryViews views;
    private final MemberText text;
    private final UnitDirectory units;
    private final Clock clock;

    AnswerLinkController(AnswerTokens tokens, QueryRepository queries, QueryService service, CommitteeReaders readers,
            QueryViews views, MemberText text, UnitDirectory units, Clock clock) {
        this.tokens = tokens;
        this.queries = queries;
        this.service = service;
        this.readers = readers;
        this.views = views;
        this.text = text;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/committee/answer/{token}")
    String confirm(@PathVariable String token, @RequestParam(required = false) @Nullable String answer,
            HttpServletRequest request, Model model) {
        AnswerTokens.Holder holder = holder(token);
        AnswerForm form = new AnswerForm();
        Answer chosen = Answer.given(answer);
        form.setAnswer(chosen == null ? "" : chosen.name());
        return page(model, readers.page(request), token, holder, form, FormErrors.NONE);
    }

    @PostMapping("/committee/answer/{token}")
    String record(@PathVariable String token, @Valid @ModelAttribute("form") AnswerForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        AnswerTokens.Holder holder = holder(token);
        PageContext page = readers.page(request);
        if (result.hasErrors()) {
            response.setStatus(422);
            return page(model, page, token, holder, form, FormErrors.of(result, AnswerForm.INVALID));
        }
        try {
            service.answer(holder.member(), holder.query(), form.chosen(), form.getReason(), "LINK");
        } catch (CommitteeRefusedException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            response.setStatus(422);
            return page(model, page, token, holder, form, FormErrors.NONE.with("reason", refused.messageKey()));
        }
        flash.addFlashAttribute("recorded", form.chosen().messageKey());
        return "redirect:/committee/answer/" + token;
    }

    /** The token's member and query, refused clearly when forged, for another member, or past the deadline. */
    private AnswerTokens.Holder holder(String token) {
        AnswerTokens.Holder holder = tokens.holder(token)
                .orElseThrow(() -> new CommitteeRefusedException("committee.link.invalid", 403));
        UUID reader = CommitteeReaders.reader();
        if (reader != null && !reader.equals(holder.member())) {
            throw new CommitteeRefusedException("committee.link.otherMember", 403);
        }
        Query query = queries.find(holder.query()).orElseThrow();
        if (!query.openAt(clock.instant())) {
            throw new CommitteeRefusedException("committee.link.expired", 410);
        }
        return holder;
    }

    private String page(Model model, PageContext page, String token, AnswerTokens.Holder holder, AnswerForm form,
            FormErrors errors) {
        Query query = queries.find(holder.query()).orElseThrow();
        var answers = queries.answers(query.id());
        Answer current = answers.stream().filter(row -> holder.member().equals(row.member())).findFirst()
                .map(QueryRepository.AnswerRow::answer).orElse(null);
        model.addAttribute("page", page);
        model.addAttribute("title", query.title());
        model.addAttribute("html", text.render(query.body()).html());
        model.addAttribute("unitName", units.find(query.unit()).map(unit -> unit.displayName(page.locale())).orElse(""));
        model.addAttribute("deadline", page.dateTime(query.deadline()));
        model.addAttribute("tally", views.tally(query, answers, page));
        model.addAttribute("current", current == null ? null : page.t(current.messageKey()));
        model.addAttribute("action", "/committee/answer/" + token);
        model.addAttribute("queryPath", query.path());
        model.addAttribute("form", form);
        model.addAttribute("chosen", form.chosen() == null ? null : page.t(form.chosen().messageKey()));
        model.addAttribute("errors", errors);
        model.addAttribute("answers", QueryViews.answerOptions(page));
        return "committee/answerLink";
    }
}
