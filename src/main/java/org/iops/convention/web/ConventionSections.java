package org.iops.convention.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Map;
import org.iops.convention.meetings.MeetingRecords;
import org.iops.convention.standing.Standing;
import org.iops.convention.standing.StandingService;
import org.iops.units.Permissions;
import org.iops.units.UnitLevel;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The convention on unit pages: on the international's, how many preconditions are met, with the dashboard's link
 * (from the dashboard's recent copy, no query); on a chapter's, its latest recorded meeting and, for those who may,
 * the link to record one.
 */
@Configuration(proxyBeanMethods = false)
class ConventionSections {

    @Bean
    UnitSection conventionSection(StandingService standing, TemplateEngine templates) {
        return new Section("convention", 150, context -> context.unit().level() == UnitLevel.INTERNATIONAL,
                context -> {
                    Standing now = standing.current();
                    int met = (now.membersMet() ? 1 : 0) + (now.chaptersMet() ? 1 : 0) + (now.countriesMet() ? 1 : 0)
                            + (now.continentsMet() ? 1 : 0);
                    return output -> templates.render("convention/unitSection.jte",
                            Map.of("page", context.page(), "met", met, "allMet", now.allMet()), output);
                });
    }

    @Bean
    UnitSection meetingsSection(MeetingRecords meetings, Permissions permissions, TemplateEngine templates) {
        return new Section("meetings", 150, context -> context.unit().level() == UnitLevel.CHAPTER
                && context.unit().status() != UnitStatus.MERGED && context.unit().status() != UnitStatus.ARCHIVED,
                context -> {
                    Map<String, Object> params = new HashMap<>();
                    params.put("page", context.page());
                    params.put("chapter", context.unit());
                    params.put("lastMet", meetings.lastMet(context.unit().id().value()));
                    params.put("mayRecord", context.reader() != null && permissions.may(context.reader(),
                            ConventionActions.RECORD_MEETING, context.unit().id()));
                    return output -> templates.render("convention/chapterSection.jte", params, output);
                });
    }

    private record Section(String id, int order, java.util.function.Predicate<UnitSectionContext> applies,
            java.util.function.Function<UnitSectionContext, Content> renderer) implements UnitSection {

        @Override
        public boolean appliesTo(UnitSectionContext context) {
            return applies.test(context);
        }

        @Override
        public Content render(UnitSectionContext context) {
            return renderer.apply(context);
        }
    }
}
