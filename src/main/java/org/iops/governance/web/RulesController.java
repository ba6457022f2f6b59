package org.iops.governance.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.iops.web.CurrentMember;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organization's governing rules, public: the list, and each rule's versions in a unit. */
@Controller
class RulesController {

    private final RuleBook book;

    RulesController(RuleBook book) {
        this.book = book;
    }

    @GetMapping("/rules")
    String rules(@ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("rules", book.summaries(reader(), page));
        return "governance/rules";
    }

    @GetMapping("/rules/{slug}")
    String rule(@PathVariable("slug") String key, @RequestParam(required = false) @Nullable UnitId unit,
            @RequestParam(required = false) @Nullable String before, @ModelAttribute("page") PageContext page,
            Model model) {
        model.addAttribute("rule", book.page(key, unit, instant(before), reader(), page)
                .orElseThrow(() -> new NotFoundException("rule " + key)));
        return "governance/rule";
    }

    private static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException malformed) {
            throw new NotFoundException("rules page before " + text.length() + " characters");
        }
    }

    private static java.util.@Nullable UUID reader() {
        CurrentMember member = PageContextFactory.currentMember();
        return member == null ? null : member.memberId();
    }
}
