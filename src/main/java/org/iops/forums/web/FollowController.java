package org.iops.forums.web;

import java.util.UUID;
import org.iops.content.Contents;
import org.iops.forums.CategoryId;
import org.iops.forums.TopicId;
import org.iops.forums.store.Category;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.Subscriptions;
import org.iops.forums.store.Subscriptions.Mode;
import org.iops.forums.store.Subscriptions.Target;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A member follows ({@code mode=1}) or mutes ({@code -1}) a unit's forum, a category or a topic, or goes back to neither ({@code 0}). */
@Controller
class FollowController {

    private final Subscriptions subscriptions;
    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final ForumReaders readers;
    private final Contents contents;

    FollowController(Subscriptions subscriptions, CategoryRepository categories, TopicRepository topics,
            ForumReaders readers, Contents contents) {
        this.subscriptions = subscriptions;
        this.categories = categories;
        this.topics = topics;
        this.readers = readers;
        this.contents = contents;
    }

    @PostMapping("/units/{id}/forum/follow")
    String forum(@PathVariable UnitId id, @RequestParam(name = "mode", defaultValue = "") String mode) {
        readers.unit(id.value());
        choose(Target.FORUM, id.value(), mode);
        return "redirect:/units/" + id + "/forum";
    }

    @PostMapping("/forums/categories/{id}/follow")
    String category(@PathVariable CategoryId id, @RequestParam(name = "mode", defaultValue = "") String mode) {
        Category category = categories.find(id.value()).orElseThrow(() -> new NotFoundException("category"));
        choose(Target.CATEGORY, category.id(), mode);
        return "redirect:/forums/categories/" + id;
    }

    @PostMapping("/topics/{id}/follow")
    String topic(@PathVariable TopicId id, @RequestParam(name = "mode", defaultValue = "") String mode) {
        UUID reader = ForumReaders.signedIn();
        Topic topic = topics.find(id.value()).filter(t -> contents.maySee(reader, t.item()))
                .orElseThrow(() -> new NotFoundException("topic"));
        choose(Target.TOPIC, topic.id(), mode);
        return "redirect:" + topic.path() + "?page=1";
    }

    private void choose(Target target, UUID id, String mode) {
        UUID reader = ForumReaders.signedIn();
        switch (mode) {
            case "1" -> subscriptions.set(reader, target, id, Mode.FOLLOW);
            case "-1" -> subscriptions.set(reader, target, id, Mode.MUTE);
            case "0" -> subscriptions.clear(reader, target, id);
            default -> throw new NotFoundException("mode " + mode);
        }
    }
}
