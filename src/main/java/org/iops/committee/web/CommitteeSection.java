package org.iops.committee.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.iops.committee.queries.CommitteeRoll;
import org.iops.committee.queries.QueryRepository;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.springframework.stereotype.Component;

/** "Committee" on the page of a unit that has one, for its members: the latest queries and a link to the rest. */
@Component
class CommitteeSection implements UnitSection {

    private final CommitteeRoll roll;
    private final QueryRepository queries;
    private final QueryViews views;
    private final TemplateEngine templates;

    CommitteeSection(CommitteeRoll roll, QueryRepository queries, QueryViews views, TemplateEngine templates) {
        this.roll = roll;
        this.queries = queries;
        this.views = views;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "committee";
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return !context.isVisitor() && context.readerBelongs() && !roll.members(context.unit().id()).isEmpty();
    }

    @Override
    public Content render(UnitSectionContext context) {
        var lines = queries.inUnit(context.unit().id(), null, 3).stream().map(query -> views.line(query, context.page()))
                .toList();
        return output -> templates.render("committee/section.jte", Map.of("page", context.page(), "lines", lines,
                "committeePath", context.unit().path() + "/committee"), output);
    }
}
