package org.iops.units.web;

import java.util.Comparator;
import java.util.List;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.web.Views.ShownSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The sections contributed to unit pages ({@link UnitSection} beans of any module), picked for a unit and a reader. */
@Component
class UnitSections {

    private final List<UnitSection> sections;

    UnitSections(ObjectProvider<UnitSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(UnitSection::order).thenComparing(UnitSection::id)).toList();
    }

    /** The sections that apply to this unit for this reader, in order, ready to render. */
    List<ShownSection> shownFor(UnitSectionContext context) {
        return sections.stream().filter(section -> section.appliesTo(context))
                .map(section -> new ShownSection(section.id(), section.render(context))).toList();
    }
}
