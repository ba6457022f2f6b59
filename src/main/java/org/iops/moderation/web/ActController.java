package org.iops.moderation.web;

import java.util.Arrays;
import java.util.UUID;
import org.iops.content.ContentRef;
import org.iops.moderation.internal.Appeals;
import org.iops.moderation.internal.ModerationException;
import org.iops.moderation.internal.ModeratorActions;
import org.iops.moderation.internal.ModeratorActions.Period;
import org.iops.shared.MalformedIdException;
import org.iops.units.UnitId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What moderators do from their unit's queue and log, each a POST that redirects back to the page it came from with
 * what was done. The reader's right to moderate the unit is checked before anything they sent is read.
 */
@Controller
class ActController {

    private final ModeratorActions actions;
    private final Appeals appeals;
    private final ModerationPresenter present;

    ActController(ModeratorActions actions, Appeals appeals, ModerationPresenter present) {
        this.actions = actions;
        this.appeals = appeals;
        this.present = present;
    }

    @PostMapping("/units/{id}/moderation/act")
    String act(@PathVariable UnitId id, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String back) {
        UUID moderator = moderator(id);
        ContentRef ref = ContentRef.parse(item);
        String why = checked(reason);
        switch (action) {
            case "dismiss" -> actions.dismiss(moderator, id, ref, why);
            case "hide" -> actions.hide(moderator, id, ref, why);
            case "show" -> actions.show(moderator, id, ref, why);
            case "remove" -> actions.remove(moderator, id, ref, why);
            case "approve" -> actions.approve(moderator, id, ref, why);
            case "edit" -> actions.edit(moderator, id, ref, text, why);
            case "suspend" -> actions.suspendAuthor(moderator, id, ref, period(period), why);
            default -> throw new ModerationException(422, "moderation.problem.action");
        }
        return "redirect:" + ("log".equals(back) ? "/units/" + id + "/moderation/log" : "/units/" + id + "/moderation")
                + "?done=" + action;
    }

    @PostMapping("/units/{id}/moderation/lift")
    String lift(@PathVariable UnitId id, @RequestParam(defaultValue = "") String suspension,
            @RequestParam(defaultValue = "") String reason) {
        UUID moderator = moderator(id);
        actions.lift(moderator, id, MalformedIdException.uuid(suspension, "suspension"), checked(reason));
        return "redirect:/units/" + id + "/moderation?done=lift";
    }

    @PostMapping("/units/{id}/moderation/appeals")
    String decide(@PathVariable UnitId id, @RequestParam(defaultValue = "") String appeal,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note) {
        UUID moderator = moderator(id);
        UUID appealId = MalformedIdException.uuid(appeal, "appeal");
        if (!outcome.equals("uphold") && !outcome.equals("overturn")) {
            throw new ModerationException(422, "moderation.problem.outcome");
        }
        appeals.decide(moderator, id, appealId, outcome.equals("overturn"), checked(note));
        return "redirect:/units/" + id + "/moderation?done=" + outcome;
    }

    private UUID moderator(UnitId id) {
        UUID reader = Readers.signedIn();
        present.moderated(id, reader);
        return reader;
    }

    private static String checked(String reason) {
        String words = Readers.words(reason);
        if (words != null && words.length() > 1000) {
            throw new ModerationException(422, "moderation.problem.reasonTooLong");
        }
        return words;
    }

    private static Period period(String name) {
        return Arrays.stream(Period.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new ModerationException(422, "moderation.problem.period"));
    }
}
