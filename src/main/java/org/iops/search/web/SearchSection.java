package org.iops.search.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.iops.search.SearchPaths;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.springframework.stereotype.Component;

/** "Search this unit" on every unit's page: a search box limited to what lives in the unit and below it. */
@Component
class SearchSection implements UnitSection {

    private final TemplateEngine templates;

    SearchSection(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public String id() {
        return "search";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean appliesTo(UnitSectionContext context) {
        return context.unit().status() != UnitStatus.MERGED;
    }

    @Override
    public Content render(UnitSectionContext context) {
        return output -> templates.render("search/unitSection.jte", Map.of("page", context.page(),
                "unit", context.unit().id().value().toString(), "action", SearchPaths.SEARCH), output);
    }
}
