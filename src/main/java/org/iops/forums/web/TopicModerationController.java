package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.content.ContentActions;
import org.iops.forums.TopicId;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumModeration;
import org.iops.forums.store.Topic;
import org.iops.shared.MalformedIdException;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Moderators of a topic's unit (and above) pin, close and move it. */
@Controller
class TopicModerationController {

    private final ForumModeration moderation;
    private final CategoryRepository categories;
    private final ForumReaders readers;
    private final Permissions permissions;

    TopicModerationController(ForumModeration moderation, CategoryRepository categories, ForumReaders readers,
            Permissions permissions) {
        this.moderation = moderation;
        this.categories = categories;
        this.readers = readers;
        this.permissions = permissions;
    }

    @PostMapping("/topics/{id}/pin")
    String pin(@PathVariable TopicId id, @RequestParam(name = "pinned", defaultValue = "true") boolean pinned) {
        moderation.pin(ForumReaders.signedIn(), id.value(), pinned);
        return "redirect:/topics/" + id + "?page=1";
    }

    @PostMapping("/topics/{id}/close")
    String close(@PathVariable TopicId id, @RequestParam(name = "closed", defaultValue = "true") boolean closed) {
        moderation.close(ForumReaders.signedIn(), id.value(), closed);
        return "redirect:/topics/" + id + "?page=1";
    }

    @GetMapping("/topics/{id}/move")
    String moveForm(@PathVariable TopicId id, HttpServletRequest request, Model model) {
        Topic topic = moderation.moderated(ForumReaders.signedIn(), id.value());
        return form(model, readers.page(request), topic, FormErrors.NONE);
    }

    @PostMapping("/topics/{id}/move")
    String move(@PathVariable TopicId id, @RequestParam(name = "category", defaultValue = "") String category,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UUID moderator = ForumReaders.signedIn();
        Topic topic = moderation.moderated(moderator, id.value());
        UUID target;
        try {
            target = MalformedIdException.uuid(category, "category");
        } catch (MalformedIdException malformed) {
            response.setStatus(422);
            return form(model, readers.page(request), topic, FormErrors.NONE.with("category", "forums.move.choose"));
        }
        moderation.move(moderator, topic.id(), target);
        return "redirect:/topics/" + id + "?page=1";
    }

    /**
     * The categories the topic may go to: its own unit's, and those of the units where the moderator holds their
     * moderating role (a branch moderator sees the branch's forum; its chapters' forums are reached from there).
     */
    private String form(Model model, PageContext page, Topic topic, FormErrors errors) {
        UUID moderator = ForumReaders.signedIn();
        Set<UUID> units = new LinkedHashSet<>();
        units.add(topic.unitId());
        permissions.reach(moderator, ContentActions.MODERATE).stream().map(UnitId::value).forEach(units::add);
        List<FormOption> options = categories.ofUnits(units).stream()
                .filter(c -> !c.id().equals(topic.categoryId()))
                .map(c -> FormOption.of(c.id().toString(), readers.category(c, page).name() + " · "
                        + readers.link(readers.unit(c.unitId()), page).name()))
                .toList();
        model.addAttribute("unit", readers.link(readers.unit(topic.unitId()), page));
        model.addAttribute("topicTitle", topic.title());
        model.addAttribute("topicPath", topic.path());
        model.addAttribute("options", options);
        model.addAttribute("errors", errors);
        return "forums/move";
    }
}
