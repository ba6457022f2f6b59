package org.iops.moderation.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.iops.content.Contents;
import org.iops.moderation.ModerationPaths;
import org.iops.moderation.internal.ModerationQueue;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.springframework.stereotype.Component;

/** "Moderation" on a unit's page, for its moderators and admins only: how many items wait, and the queue and log. */
@Component
class ModerationSection implements UnitSection {

    private final Contents contents;
    private final ModerationQueue queue;
    private final TemplateEngine templates;

    ModerationSection(Contents contents, ModerationQueue queue, TemplateEngine templates) {
        this.contents = contents;
        this.queue = queue;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "moderation";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return contents.mayModerate(context.reader(), context.unit().id());
    }

    @Override
    public Content render(UnitSectionContext context) {
        long waiting = queue.count(context.unit().id());
        return output -> templates.render("moderation/section.jte", Map.of("page", context.page(), "waiting", waiting,
                "queuePath", ModerationPaths.queue(context.unit().id()), "logPath", ModerationPaths.log(context.unit().id())),
                output);
    }
}
