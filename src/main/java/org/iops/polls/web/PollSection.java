package org.iops.polls.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import org.iops.polls.core.PollRepository;
import org.iops.polls.web.PollViews.PollLine;
import org.iops.units.Permissions;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.springframework.stereotype.Component;

/**
 * "Polls" on a unit's page, for its members and admins: the open polls first, then the latest results, and for
 * those who may, a link to open a poll. Visitors and members of other units see nothing.
 */
@Component
class PollSection implements UnitSection {

    static final int SHOWN = 8;

    private final PollRepository polls;
    private final Permissions permissions;
    private final TemplateEngine templates;

    PollSection(PollRepository polls, Permissions permissions, TemplateEngine templates) {
        this.polls = polls;
        this.permissions = permissions;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "polls";
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return (context.readerBelongs() || context.readerAdministers()) && context.unit().status() != UnitStatus.MERGED;
    }

    @Override
    public Content render(UnitSectionContext context) {
        List<PollLine> lines = polls.ofUnit(context.unit().id(), SHOWN).stream().map(poll -> new PollLine(poll.title(),
                poll.path(), PollPages.typeKey(poll.type()), poll.isClosed(), poll.closesAt(),
                poll.outcome() == null ? "" : poll.outcome().messageKey(), String.join(", ", poll.winners()))).toList();
        boolean mayOpen = permissions.may(context.reader(), PollActions.OPEN, context.unit().id());
        return output -> templates.render("polls/unitSection.jte", Map.of("page", context.page(), "polls", lines,
                "openPath", mayOpen ? context.unit().path() + "/polls/new" : ""), output);
    }
}
