package org.iops.pages.content;

import java.util.Locale;
import org.iops.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages, in the reader's language or, until someone translates them, in English. */
@Controller
class ContentPageController {

    private final ContentPages pages;
    private final PageEditors editors;

    ContentPageController(ContentPages pages, PageEditors editors) {
        this.pages = pages;
        this.editors = editors;
    }

    @GetMapping("/pages")
    String index() {
        return "redirect:/pages/vision";
    }

    @GetMapping("/pages/{slug}")
    String show(@PathVariable String slug, Locale locale, Model model) {
        PageView view = pages.read(slug, locale.getLanguage())
                .orElseThrow(() -> new NotFoundException("page " + slug));
        model.addAttribute("content", view);
        model.addAttribute("canEdit", editors.signedInMemberMayEdit());
        return "pages/page";
    }
}
