package org.iops.members.profile;

import gg.jte.Content;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.iops.members.MeSection;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** The sections other modules add to {@code /me} ({@link MeSection}), in their order. */
@Component
class MeSections {

    private final List<MeSection> sections;

    MeSections(List<MeSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(MeSection::order)).toList();
    }

    List<Content> of(UUID member, PageContext page) {
        return sections.stream().map(section -> section.render(member, page)).toList();
    }
}
