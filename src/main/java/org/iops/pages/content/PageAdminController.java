package org.iops.pages.content;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.iops.shared.NotFoundException;
import org.iops.web.CurrentMember;
import org.iops.web.FormErrors;
import org.iops.web.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the public pages: the list, the editor with a preview, the revision history and restoring an old
 * revision. Every handler checks first that the reader is an international admin.
 */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController {

    private final PageEditors editors;
    private final ContentPageRepository repository;
    private final ContentPages pages;
    private final PageEditing editing;
    private final MessageSource messages;

    PageAdminController(PageEditors editors, ContentPageRepository repository, ContentPages pages,
            PageEditing editing, MessageSource messages) {
        this.editors = editors;
        this.repository = repository;
        this.pages = pages;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        editors.require();
        model.addAttribute("pages", repository.summaries());
        return "pages/admin/list";
    }

    @GetMapping("/{slug}/{language}")
    String edit(@PathVariable String slug, @PathVariable("language") Language lang, Model model) {
        editors.require();
        PageText english = repository.text(slug, ContentPages.FALLBACK_LANGUAGE)
                .orElseThrow(() -> new NotFoundException("page " + slug));
        var current = repository.text(slug, lang.code());
        // a new translation starts from the English text, which the translator replaces paragraph by paragraph
        PageForm form = current.map(t -> PageForm.of(t.title(), t.body(), t.version()))
                .orElseGet(() -> PageForm.of(english.title(), english.body(), 0));
        return editor(model, slug, lang, form, FormErrors.NONE, null, null, current.isEmpty());
    }

    @PostMapping("/{slug}/{language}")
    String save(@PathVariable String slug, @PathVariable("language") Language lang, @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentMember editor = editors.require();
        requirePage(slug);
        if (errors.hasErrors()) {
            response.setStatus(422);
            return editor(model, slug, lang, form, fieldErrors(errors), null, null, false);
        }
        try {
            int saved = editing.save(slug, lang.code(), form, editor);
            redirect.addFlashAttribute("notice", saved == form.getVersion()
                    ? message("pages.admin.edit.unchanged", locale)
                    : message("pages.admin.edit.saved", locale, saved));
            return "redirect:/admin/pages/" + slug + "/" + lang.code();
        } catch (EditConflictException conflict) {
            response.setStatus(409);
            Revision theirs = repository.revision(slug, lang.code(), conflict.currentVersion()).orElse(null);
            // saving again after reading both texts is a deliberate choice, so the form now builds on theirs
            form.setVersion(conflict.currentVersion());
            return editor(model, slug, lang, form, FormErrors.NONE, null, theirs, false);
        }
    }

    /** The rendered Markdown as readers would see it: a fragment for htmx, the whole editor otherwise. */
    @PostMapping("/{slug}/{language}/preview")
    String preview(@PathVariable String slug, @PathVariable("language") Language lang,
            @Valid @ModelAttribute("form") PageForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        editors.require();
        requirePage(slug);
        FormErrors problems = fieldErrors(errors);
        String html = problems.has("body") ? "" : pages.render(form.getBody());
        if (problems.any()) {
            response.setStatus(422);
        }
        if (htmx != null) {
            model.addAttribute("html", html);
            model.addAttribute("problem", problems.has("body")
                    ? messages.getMessage(problems.key("body"), problems.args("body"), locale) : "");
            return "pages/admin/preview";
        }
        return editor(model, slug, lang, form, problems, html, null, false);
    }

    @GetMapping("/{slug}/{language}/revisions")
    String history(@PathVariable String slug, @PathVariable("language") Language lang, Model model) {
        editors.require();
        requirePage(slug);
        model.addAttribute("slug", slug);
        model.addAttribute("language", lang);
        model.addAttribute("revisions", repository.revisions(slug, lang.code()));
        return "pages/admin/history";
    }

    @GetMapping("/{slug}/{language}/revisions/{version}")
    String revision(@PathVariable String slug, @PathVariable("language") Language lang, @PathVariable int version,
            Model model) {
        editors.require();
        Revision revision = repository.revision(slug, lang.code(), version)
                .orElseThrow(() -> new NotFoundException("revision " + version));
        model.addAttribute("slug", slug);
        model.addAttribute("language", lang);
        model.addAttribute("revision", revision);
        model.addAttribute("html", pages.render(revision.body()));
        model.addAttribute("currentVersion", repository.text(slug, lang.code()).map(PageText::version).orElse(0));
        return "pages/admin/revision";
    }

    @PostMapping("/{slug}/{language}/revisions/{version}/restore")
    String restore(@PathVariable String slug, @PathVariable("language") Language lang, @PathVariable int version,
            @RequestParam(name = "current", defaultValue = "-1") int current, Locale locale,
            RedirectAttributes redirect) {
        CurrentMember editor = editors.require();
        try {
            int saved = editing.restore(slug, lang.code(), version, current, editor);
            redirect.addFlashAttribute("notice", message("pages.admin.restore.done", locale, version, saved));
        } catch (EditConflictException conflict) {
            redirect.addFlashAttribute("problem", message("pages.admin.restore.conflict", locale,
                    conflict.currentVersion()));
        }
        return "redirect:/admin/pages/" + slug + "/" + lang.code() + "/revisions";
    }

    private String editor(Model model, String slug, Language language, PageForm form, FormErrors errors,
            @Nullable String previewHtml, @Nullable Revision conflict, boolean newTranslation) {
        model.addAttribute("slug", slug);
        model.addAttribute("language", language);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("previewHtml", previewHtml);
        model.addAttribute("conflict", conflict);
        model.addAttribute("newTranslation", newTranslation);
        // a translator works beside the English source, and is told when the source changed after their text
        if (!ContentPages.FALLBACK_LANGUAGE.equals(language.code())) {
            repository.text(slug, ContentPages.FALLBACK_LANGUAGE).ifPresent(english -> {
                model.addAttribute("sourceTitle", english.title());
                model.addAttribute("sourceBody", english.body());
                model.addAttribute("outdated", repository.text(slug, language.code())
                        .map(pages::isOutdated).orElse(false));
            });
        }
        return "pages/admin/edit";
    }

    private static FormErrors fieldErrors(BindingResult errors) {
        return FormErrors.of(errors, PageForm.INVALID, PageForm::limits);
    }

    private void requirePage(String slug) {
        if (!repository.exists(slug)) {
            throw new NotFoundException("page " + slug);
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
