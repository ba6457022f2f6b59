package org.iops.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.moderation.internal.Appeals;
import org.iops.moderation.internal.ModerationException;
import org.iops.moderation.internal.ModerationLog.Entry;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The author's appeal of a moderation action, once: reached from the notification ({@code ?entry=}) or from the
 * reason shown in place of a hidden item ({@code ?item=}).
 */
@Controller
class AppealController {

    private final Appeals appeals;
    private final PageContextFactory pages;

    AppealController(Appeals appeals, PageContextFactory pages) {
        this.appeals = appeals;
        this.pages = pages;
    }

    @GetMapping("/moderation/appeal")
    ModelAndView form(@RequestParam(required = false) String entry, @RequestParam(required = false) String item,
            @RequestParam(required = false) String sent, HttpServletRequest request) {
        UUID reader = Readers.signedIn();
        if (sent != null) {
            return view(request, null, "", null, true);
        }
        return view(request, action(reader, entry, item), "", null, false);
    }

    @PostMapping("/moderation/appeal")
    ModelAndView appeal(@RequestParam(defaultValue = "") String entry, @RequestParam(defaultValue = "") String text,
            HttpServletRequest request, HttpServletResponse response) {
        UUID reader = Readers.signedIn();
        Entry action = action(reader, entry, null);
        try {
            appeals.appeal(reader, action.id(), text);
        } catch (ModerationException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            response.setStatus(422);
            return view(request, action, text, refused.messageKey(), false);
        }
        return new ModelAndView("redirect:/moderation/appeal?sent=1");
    }

    private Entry action(UUID reader, @Nullable String entry, @Nullable String item) {
        if (entry != null && !entry.isEmpty()) {
            return appeals.appealable(reader, MalformedIdException.uuid(entry, "moderation action"));
        }
        if (item != null) {
            Entry found = appeals.appealableOn(reader, ContentRef.parse(item))
                    .orElseThrow(() -> new NotFoundException("moderation action"));
            return appeals.appealable(reader, found.id());
        }
        throw new NotFoundException("moderation action");
    }

    private ModelAndView view(HttpServletRequest request, @Nullable Entry action, String text, @Nullable String problem,
            boolean sent) {
        PageContext page = pages.of(request);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("action", action);
        model.put("text", text);
        model.put("problem", problem);
        model.put("sent", sent);
        return new ModelAndView("moderation/appeal", model);
    }
}
