package org.iops.units.web;

import java.util.List;
import java.util.Map;
import org.iops.units.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The chapters of a country as {@code <option>}s for the town field's {@code <datalist>}: the join and residence
 * forms ask for them (with htmx) when the country is chosen, so members pick an existing chapter rather than type
 * a second one. Chapter names are public on the country's page already.
 */
@Controller
class ChapterSuggestionsController {

    private final UnitDirectory directory;

    ChapterSuggestionsController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units/chapter-suggestions")
    ModelAndView suggestions(@RequestParam(name = "country", defaultValue = "") String country) {
        List<String> names = country.length() == 2 ? directory.chapterNames(country) : List.of();
        return new ModelAndView("units/chapterSuggestions", Map.of("names", names));
    }
}
