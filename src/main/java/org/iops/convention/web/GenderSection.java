package org.iops.convention.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.convention.gender.Gender;
import org.iops.convention.gender.Genders;
import org.iops.members.MeSection;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.springframework.stereotype.Component;

/** On the member's own page: their optional, private self-declared gender. */
@Component
class GenderSection implements MeSection {

    private final Genders genders;
    private final TemplateEngine templates;

    GenderSection(Genders genders, TemplateEngine templates) {
        this.genders = genders;
        this.templates = templates;
    }

    @Override
    public String id() {
        return "gender";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(UUID member, PageContext page) {
        String declared = genders.of(member).map(Gender::name).orElse("");
        List<FormOption> options = Arrays.stream(Gender.values())
                .map(gender -> FormOption.of(gender.name(), page.t(gender.messageKey()))).toList();
        return output -> templates.render("convention/genderSection.jte",
                Map.of("page", page, "declared", declared, "options", options), output);
    }
}
