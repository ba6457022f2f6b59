package org.iops.pages.content;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.iops.shared.NotFoundException;
import org.iops.web.CurrentMember;
import org.iops.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The set of public pages: adding one (an imprint, a contact page) without a deployment, ordering the menu, and
 * taking a page off the site after a confirmation. International admins only, like every page edit.
 */
@Controller
@RequestMapping("/admin/pages")
class PageListAdminController {

    /** The join form links the privacy policy and members consent to it: it cannot be taken off the site. */
    static final String PRIVACY_POLICY = "privacy";

    private final PageEditors editors;
    private final ContentPageRepository repository;
    private final PageEditing editing;
    private final MessageSource messages;

    PageListAdminController(PageEditors editors, ContentPageRepository repository, PageEditing editing,
            MessageSource messages) {
        this.editors = editors;
        this.repository = repository;
        this.editing = editing;
        this.messages = messages;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("newPage") NewPageForm form, BindingResult result, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentMember editor = editors.require();
        FormErrors errors = FormErrors.of(result, PageForm.INVALID, PageForm::limits);
        if (!errors.any() && !editing.create(form, editor)) {
            errors = errors.with("slug", "pages.admin.error.slugTaken");
        }
        if (errors.any()) {
            response.setStatus(422);
            model.addAttribute("pages", repository.summaries());
            model.addAttribute("newPage", form);
            model.addAttribute("errors", errors);
            return "pages/admin/list";
        }
        redirect.addFlashAttribute("notice", messages.getMessage("pages.admin.created", null, locale));
        return "redirect:/admin/pages/" + form.getSlug() + "/" + ContentPages.FALLBACK_LANGUAGE;
    }

    @PostMapping("/{slug}/move")
    String move(@PathVariable String slug, @RequestParam(defaultValue = "1") String direction) {
        editors.require();
        requirePage(slug);
        repository.move(slug, "-1".equals(direction) ? -1 : 1); // one place up (-1) or down
        return "redirect:/admin/pages";
    }

    @GetMapping("/{slug}/remove")
    String confirmRemoval(@PathVariable String slug, Model model) {
        editors.require();
        model.addAttribute("slug", slug);
        model.addAttribute("title", repository.text(slug, ContentPages.FALLBACK_LANGUAGE)
                .orElseThrow(() -> new NotFoundException("page " + slug)).title());
        model.addAttribute("protectedPage", PRIVACY_POLICY.equals(slug));
        return "pages/admin/remove";
    }

    @PostMapping("/{slug}/remove")
    String remove(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentMember editor = editors.require();
        requirePage(slug);
        if (PRIVACY_POLICY.equals(slug)) {
            response.setStatus(409);
            return confirmRemoval(slug, model);
        }
        repository.remove(slug, editor.memberId());
        redirect.addFlashAttribute("notice", messages.getMessage("pages.admin.removed", null, locale));
        return "redirect:/admin/pages";
    }

    private void requirePage(String slug) {
        if (!repository.exists(slug)) {
            throw new NotFoundException("page " + slug);
        }
    }
}
