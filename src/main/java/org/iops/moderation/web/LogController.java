package org.iops.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.moderation.internal.LogAction;
import org.iops.moderation.internal.ModerationLog;
import org.iops.moderation.internal.ModerationLog.Entry;
import org.iops.moderation.web.QueueViews.LogRow;
import org.iops.shared.MalformedIdException;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A unit's moderation log, for those who may moderate it: what was done in it and in every unit below it, newest
 * first, fifty to a page (keyset), by whom, to what, why and until when.
 */
@Controller
class LogController {

    static final int PAGE = 50;

    private final ModerationLog log;
    private final ModerationPresenter present;
    private final PageContextFactory pages;

    LogController(ModerationLog log, ModerationPresenter present, PageContextFactory pages) {
        this.log = log;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/units/{id}/moderation/log")
    ModelAndView log(@PathVariable UnitId id, @RequestParam(required = false) String before,
            @RequestParam(required = false) String done, HttpServletRequest request) {
        UUID reader = Readers.signedIn();
        UnitRef unit = present.moderated(id, reader);
        PageContext page = pages.of(request);
        List<Entry> entries = log.of(id, before == null ? null : MalformedIdException.uuid(before, "log entry"), PAGE + 1);
        boolean more = entries.size() > PAGE;
        entries = entries.subList(0, Math.min(PAGE, entries.size()));
        Map<UUID, String> names = present.names(entries.stream().flatMap(e -> Stream.of(e.actor(), e.subject())).toList());
        Map<UnitId, String> unitNames = new HashMap<>();
        List<LogRow> rows = entries.stream().map(e -> new LogRow(e.id().toString(), e.at(),
                unitNames.computeIfAbsent(e.unit(), u -> present.unitName(u, page)), "/units/" + e.unit(),
                e.actor() == null && !e.actorGone() ? page.t("moderation.log.platform")
                        : ModerationPresenter.name(names, e.actor(), page),
                e.action().messageKey(), e.itemTitle(), e.itemPath(), e.item(),
                e.subject() == null ? "" : ModerationPresenter.name(names, e.subject(), page), e.reason(), e.until(),
                (e.action() == LogAction.HIDDEN || e.action() == LogAction.AUTO_HIDDEN) && e.item() != null)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("unit", present.view(unit, page));
        model.put("rows", rows);
        model.put("next", more ? entries.get(entries.size() - 1).id().toString() : null);
        model.put("notice", done == null || !done.matches("[a-zA-Z]{1,20}") ? null : "moderation.done." + done);
        return new ModelAndView("moderation/log", model);
    }
}
