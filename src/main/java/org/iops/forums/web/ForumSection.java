package org.iops.forums.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.iops.content.Visibility;
import org.iops.forums.store.TopicRepository;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.springframework.stereotype.Component;

/** "Forum" on every unit's page: its most recently active topics that this reader may read, and a link to the forum. */
@Component
class ForumSection implements UnitSection {

    static final int TOPICS = 5;

    private final TopicRepository topics;
    private final ForumReaders readers;
    private final TemplateEngine templates;

    ForumSection(TopicRepository topics, ForumReaders readers, TemplateEngine templates) {
        this.topics = topics;
        this.readers = readers;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "forum";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return context.unit().status() != UnitStatus.MERGED;
    }

    @Override
    public Content render(UnitSectionContext context) {
        Set<Visibility> visible = context.isVisitor() ? EnumSet.of(Visibility.PUBLIC)
                : context.readerBelongs() || readers.moderates(context.reader(), context.unit().id().value())
                        ? EnumSet.allOf(Visibility.class) : EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);
        var lines = readers.lines(topics.active(context.unit().id().value(), visible, TOPICS), context.page());
        return output -> templates.render("forums/unitSection.jte", Map.of("page", context.page(), "lines", lines,
                "forumPath", context.unit().path() + "/forum"), output);
    }
}
