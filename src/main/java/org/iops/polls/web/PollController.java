package org.iops.polls.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.iops.polls.PollId;
import org.iops.polls.core.BallotRefusedException;
import org.iops.polls.core.Choice;
import org.iops.polls.core.Poll;
import org.iops.polls.core.PollAccess;
import org.iops.polls.core.Voting;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A poll's page (the question, its rules, the frozen roll, turnout, the voting form and the result) and casting a
 * ballot. A refused ballot comes back on the page with the reason and its status (403 not on the roll, 409 closed,
 * 422 a ballot the poll cannot take); a cast one redirects to the page, which shows the receipt code once.
 */
@Controller
class PollController {

    private final PollAccess access;
    private final Voting voting;
    private final PollPages pages;

    PollController(PollAccess access, Voting voting, PollPages pages) {
        this.access = access;
        this.voting = voting;
        this.pages = pages;
    }

    @GetMapping("/polls/{id}")
    String poll(@PathVariable PollId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID reader = Readers.signedIn();
        Poll poll = access.visible(reader, id.value());
        model.addAttribute("view", pages.page(poll, reader, page));
        return "polls/poll";
    }

    @PostMapping("/polls/{id}/vote")
    String vote(@PathVariable PollId id, HttpServletRequest request, HttpServletResponse response,
            @ModelAttribute("page") PageContext page, Model model, RedirectAttributes redirect) {
        UUID reader = Readers.signedIn();
        Poll poll = access.visible(reader, id.value());
        String receipt;
        try {
            Choice choice = Choice.read(poll.type(), poll.options().size(), request.getParameterMap());
            receipt = voting.cast(poll.id(), reader, choice);
        } catch (BallotRefusedException refused) {
            response.setStatus(refused.status());
            model.addAttribute("view", pages.page(poll, reader, page));
            model.addAttribute("refusal", refused.messageKey());
            return "polls/poll";
        }
        redirect.addFlashAttribute("receipt", receipt);
        return "redirect:" + poll.path();
    }
}
