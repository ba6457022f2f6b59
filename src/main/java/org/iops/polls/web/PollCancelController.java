package org.iops.polls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.polls.PollId;
import org.iops.polls.core.Cancelling;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollAccess;
import org.iops.shared.ForbiddenException;
import org.iops.units.Permissions;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's admin cancels one of its polls before it closes: a confirm page asking for the reason (required), then the
 * cancellation. Members who may not see the poll get the 404 page, those who may see it but not cancel it a 403; a
 * poll that has closed meanwhile is refused (409), as is a missing or too long reason (422), nothing written.
 */
@Controller
class PollCancelController {

    static final int REASON_MAX = 1000;

    private final PollAccess access;
    private final Permissions permissions;
    private final Cancelling cancelling;

    PollCancelController(PollAccess access, Permissions permissions, Cancelling cancelling) {
        this.access = access;
        this.permissions = permissions;
        this.cancelling = cancelling;
    }

    @GetMapping("/polls/{id}/cancel")
    String confirm(@PathVariable PollId id, @ModelAttribute("page") PageContext page, Model model,
            HttpServletResponse response) {
        Poll poll = require(id);
        if (poll.isClosed()) {
            response.setStatus(409);
            return show(poll, "", FormErrors.NONE, "polls.cancel.closed", model);
        }
        return show(poll, "", FormErrors.NONE, null, model);
    }

    @PostMapping("/polls/{id}/cancel")
    String cancel(@PathVariable PollId id, @RequestParam(name = "reason", defaultValue = "") String reason,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Poll poll = require(id);
        // a NUL would make PostgreSQL refuse the statement (a 500); other control characters mean nothing in a reason
        reason = java.util.Objects.requireNonNullElse(org.iops.shared.Text.clean(reason), "");
        FormErrors errors = FormErrors.NONE;
        if (reason.isBlank()) {
            errors = errors.with("reason", "polls.cancel.reasonRequired");
        } else if (reason.strip().length() > REASON_MAX) {
            errors = errors.with("reason", "polls.cancel.reasonTooLong", REASON_MAX);
        }
        if (errors.any()) {
            response.setStatus(422);
            return show(poll, reason, errors, null, model);
        }
        if (!cancelling.cancel(poll.id(), Readers.signedIn(), reason)) {
            response.setStatus(409);
            return show(poll, reason, FormErrors.NONE, "polls.cancel.closed", model);
        }
        redirect.addFlashAttribute("notice", page.t("polls.cancel.done"));
        return "redirect:" + poll.path();
    }

    private Poll require(PollId id) {
        UUID reader = Readers.signedIn();
        Poll poll = access.visible(reader, id.value());
        if (!permissions.may(reader, PollActions.CANCEL, poll.unit())) {
            throw new ForbiddenException(PollActions.CANCEL.name());
        }
        return poll;
    }

    private static String show(Poll poll, String reason, FormErrors errors, String refusal, Model model) {
        model.addAttribute("title", poll.title());
        model.addAttribute("pollPath", poll.path());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "polls/cancel";
    }
}
