package org.iops.moderation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.ContentState;
import org.iops.content.Contents;
import org.iops.moderation.internal.Appeals;
import org.iops.moderation.internal.Appeals.Appeal;
import org.iops.moderation.internal.ModerationActionCatalog;
import org.iops.moderation.internal.ModerationQueue;
import org.iops.moderation.internal.ModerationQueue.FlagSummary;
import org.iops.moderation.internal.ModerationQueue.Waiting;
import org.iops.moderation.internal.ModeratorActions.Period;
import org.iops.moderation.internal.Suspensions;
import org.iops.moderation.internal.Suspensions.Suspension;
import org.iops.moderation.web.QueueViews.AppealView;
import org.iops.moderation.web.QueueViews.FlagCount;
import org.iops.moderation.web.QueueViews.QueueItem;
import org.iops.moderation.web.QueueViews.SuspensionView;
import org.iops.text.MemberText;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A unit's moderation queue, for those who may moderate it: the flagged and held items of the unit and every unit
 * below it, oldest first, twenty to a page (keyset: the next page starts after the last item shown), with the
 * appeals waiting here and the suspensions in force.
 */
@Controller
class QueueController {

    static final int PAGE = 20;

    private final ModerationQueue queue;
    private final Contents contents;
    private final Suspensions suspensions;
    private final Appeals appeals;
    private final Permissions permissions;
    private final MemberText memberText;
    private final ModerationPresenter present;
    private final PageContextFactory pages;

    QueueController(ModerationQueue queue, Contents contents, Suspensions suspensions, Appeals appeals,
            Permissions permissions, MemberText memberText, ModerationPresenter present, PageContextFactory pages) {
        this.queue = queue;
        this.contents = contents;
        this.suspensions = suspensions;
        this.appeals = appeals;
        this.permissions = permissions;
        this.memberText = memberText;
        this.present = present;
        this.pages = pages;
    }

    @GetMapping("/units/{id}/moderation")
    ModelAndView queue(@PathVariable UnitId id, @RequestParam(required = false) String after,
            @RequestParam(required = false) String done, HttpServletRequest request) {
        UUID reader = Readers.signedIn();
        UnitRef unit = present.moderated(id, reader);
        PageContext page = pages.of(request);
        ContentRef from = after == null ? null : ContentRef.parse(after);
        List<Waiting> waiting = queue.waiting(id, from, PAGE + 1);
        boolean more = waiting.size() > PAGE;
        waiting = waiting.subList(0, Math.min(PAGE, waiting.size()));
        List<ContentItem> items = waiting.stream().map(w -> contents.find(w.item())).flatMap(Optional::stream).toList();
        List<Suspension> inForce = suspensions.inForceBelow(id, 50);
        List<Appeal> open = appeals.waiting(id, 50);
        Map<UUID, String> names = present.names(Stream.of(items.stream().map(ContentItem::author),
                inForce.stream().map(Suspension::member), open.stream().map(Appeal::appellant)).flatMap(s -> s).toList());

        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("unit", present.view(unit, page));
        model.put("items", items(items, waiting, names, page));
        model.put("next", more ? waiting.get(waiting.size() - 1).item().toString() : null);
        model.put("suspensions", inForce.stream().map(s -> new SuspensionView(s.id().toString(),
                ModerationPresenter.name(names, s.member(), page), present.unitName(s.unit(), page), s.reason(), s.until(),
                s.exclusion())).toList());
        model.put("appeals", open.stream().map(a -> new AppealView(a.id().toString(),
                ModerationPresenter.name(names, a.appellant(), page), a.action().action().messageKey(),
                a.action().itemTitle(), a.action().itemPath(), a.action().reason(), a.text(), a.at(),
                reader.equals(a.actedBy()))).toList());
        model.put("periods", periods(id, reader, page));
        model.put("notice", done == null || !done.matches("[a-zA-Z]{1,20}") ? null : "moderation.done." + done);
        return new ModelAndView("moderation/queue", model);
    }

    private List<QueueItem> items(List<ContentItem> items, List<Waiting> waiting, Map<UUID, String> names,
            PageContext page) {
        Map<ContentRef, FlagSummary> flags = queue.flagsOf(waiting.stream().map(Waiting::item).toList());
        Map<ContentRef, ContentItem> found = new HashMap<>();
        items.forEach(item -> found.put(item.ref(), item));
        return waiting.stream().map(row -> {
            FlagSummary summary = flags.get(row.item());
            List<FlagCount> counts = summary.counts().entrySet().stream()
                    .map(e -> new FlagCount(page.t(e.getKey().messageKey()), e.getValue())).toList();
            ContentItem item = found.get(row.item());
            if (item == null) {
                return QueueItem.gone(row.item().toString(), "item-" + row.item().id(), present.unitName(row.unit(), page),
                        row.since(), counts, summary.notes());
            }
            String markdown = contents.sourceOf(item.ref()).text(item.ref()).orElse("");
            return new QueueItem(item.ref().toString(), "item-" + item.ref().id(), item.title(), item.path(),
                    present.unitName(item.unit(), page), row.since(), row.held(),
                    "moderation.state." + item.state().name(), memberText.render(markdown).html(), markdown,
                    ModerationPresenter.name(names, item.author(), page), counts, summary.notes(),
                    item.state() == ContentState.HIDDEN, false);
        }).toList();
    }

    /** The suspension periods; on the international's queue a suspension is an exclusion, for those who may exclude. */
    private @Nullable List<FormOption> periods(UnitId unit, UUID reader, PageContext page) {
        if (unit.equals(UnitId.INTERNATIONAL) && !permissions.may(reader, ModerationActionCatalog.EXCLUDE, unit)) {
            return null;
        }
        return Arrays.stream(Period.values()).map(p -> FormOption.of(p.name(), page.t("moderation.period." + p.name())))
                .toList();
    }
}
