package org.iops.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.moderation.ModerationPaths;
import org.iops.moderation.internal.FlagReason;
import org.iops.moderation.internal.Flagging;
import org.iops.moderation.internal.ModerationException;
import org.iops.moderation.internal.ModerationQueue;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Flagging an item: the form every item's footer opens (see {@link FlagAttachment}), posted by htmx into the
 * footer, or as a page of its own without script.
 */
@Controller
class FlagController {

    private final Flagging flagging;
    private final ModerationQueue queue;
    private final PageContextFactory pages;

    FlagController(Flagging flagging, ModerationQueue queue, PageContextFactory pages) {
        this.flagging = flagging;
        this.queue = queue;
        this.pages = pages;
    }

    /** The flag page; to htmx (a post's "Flag" opened in a list), its form alone, open. */
    @GetMapping("/moderation/flag")
    ModelAndView form(@RequestParam ContentRef item,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request) {
        UUID reader = Readers.signedIn();
        ContentItem found = flagging.flaggable(reader, item);
        ModelAndView view = view(htmx != null, found, request, queue.hasFlagged(item, reader), "", "", null);
        view.addObject("open", true);
        return view;
    }

    @PostMapping("/moderation/flag")
    ModelAndView flag(@RequestParam ContentRef item, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note, @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request, HttpServletResponse response) {
        UUID reader = Readers.signedIn();
        ContentItem found = flagging.flaggable(reader, item);
        FlagReason chosen = FlagForm.parse(reason);
        String problem = chosen == null ? "moderation.flag.reasonRequired"
                : chosen == FlagReason.OTHER && note.isBlank() ? "moderation.flag.noteRequired"
                : note.strip().length() > Flagging.NOTE_LENGTH ? "moderation.flag.noteTooLong" : null;
        int status = 422;
        if (problem == null) {
            try {
                flagging.flag(reader, item, chosen, Readers.words(note));
            } catch (ModerationException refused) {
                if (refused.status() != 422 && refused.status() != 429) {
                    throw refused;
                }
                problem = refused.messageKey();
                status = refused.status(); // too many flags: the form again, with what was typed, and why
            }
        }
        if (problem != null) {
            response.setStatus(status);
            return view(htmx != null, found, request, false, reason, note, problem);
        }
        if (htmx != null) {
            return view(true, found, request, true, "", "", null);
        }
        return new ModelAndView("redirect:" + ModerationPaths.flag(item));
    }

    private ModelAndView view(boolean fragment, ContentItem item, HttpServletRequest request, boolean flagged,
            String reason, String note, String problem) {
        PageContext page = pages.of(request);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("form", new QueueViews.FlagFormView(item.ref().toString(), item.title(), item.path(), flagged,
                reason, note, problem, FlagForm.reasons(page)));
        return new ModelAndView(fragment ? "moderation/flagForm" : "moderation/flag", model);
    }
}
