package org.iops.blogs.posts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentState;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.content.PostingRefusedException;
import org.iops.content.TranslationEditor;
import org.iops.shared.NotFoundException;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a translation of a post (any member who may read it), editing it (its translator), removing it. */
@Controller
class TranslationController {

    private final PostReader reader;
    private final ContentTranslations translations;

    TranslationController(PostReader reader, ContentTranslations translations) {
        this.reader = reader;
        this.translations = translations;
    }

    @GetMapping("/posts/{id}/translate")
    String start(@PathVariable PostId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID translator = Readers.signedIn();
        Post post = translatable(translator, id);
        TranslationForm form = new TranslationForm();
        return editor(model, post, form, FormErrors.NONE, null, true, translator, page);
    }

    @PostMapping("/posts/{id}/translate")
    String add(@PathVariable PostId id, @Valid @ModelAttribute("form") TranslationForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID translator = Readers.signedIn();
        Post post = translatable(translator, id);
        FormErrors errors = FormErrors.of(result, TextForm.INVALID, TextForm::limits);
        var problem = translations.problem(post.item(), form.getLanguage(), true);
        if (problem.isPresent()) {
            errors = errors.with("language", switch (problem.get()) {
                case UNKNOWN_LANGUAGE -> "blogs.error.languageUnknown";
                case ORIGINAL_LANGUAGE -> "blogs.translation.error.original";
                case TAKEN -> "blogs.translation.error.exists";
            });
        }
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, post, form, errors, null, true, translator, page);
        }
        try {
            translations.add(post.item(), translator, form.getLanguage(), form.getTitle(), form.getBody());
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, post, form, FormErrors.NONE, refused, true, translator, page);
        }
        redirect.addFlashAttribute("notice", page.t("blogs.translation.added"));
        return "redirect:" + post.postId().path() + "/" + form.getLanguage();
    }

    @GetMapping("/posts/{id}/{language}/edit")
    String edit(@PathVariable PostId id, @PathVariable String language, @ModelAttribute("page") PageContext page,
            Model model) {
        UUID translator = Readers.signedIn();
        Post post = translatable(translator, id);
        ContentTranslation translation = translations.own(post.item(), language, translator);
        TranslationForm form = new TranslationForm();
        form.setLanguage(translation.language());
        form.setTitle(translation.title());
        form.setBody(translation.body());
        return editor(model, post, form, FormErrors.NONE, null, false, translator, page);
    }

    @PostMapping("/posts/{id}/{language}/edit")
    String update(@PathVariable PostId id, @PathVariable String language,
            @Valid @ModelAttribute("form") TranslationForm form, BindingResult result,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID translator = Readers.signedIn();
        Post post = translatable(translator, id);
        translations.own(post.item(), language, translator);
        form.setLanguage(language);
        FormErrors errors = FormErrors.of(result, TextForm.INVALID, TextForm::limits);
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, post, form, errors, null, false, translator, page);
        }
        try {
            translations.edit(post.item(), translator, language, form.getTitle(), form.getBody());
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, post, form, FormErrors.NONE, refused, false, translator, page);
        }
        redirect.addFlashAttribute("notice", page.t("blogs.translation.saved"));
        return "redirect:" + post.postId().path() + "/" + language;
    }

    @PostMapping("/posts/{id}/{language}/remove")
    String remove(@PathVariable PostId id, @PathVariable String language, @ModelAttribute("page") PageContext page,
            RedirectAttributes redirect) {
        UUID remover = Readers.signedIn();
        Post post = translatable(remover, id);
        translations.remove(post.item(), language, remover);
        redirect.addFlashAttribute("notice", page.t("blogs.translation.removed"));
        return "redirect:" + post.postId().path();
    }

    /** A published post the member may read; anything else is a 404. */
    private Post translatable(UUID member, PostId id) {
        Post post = reader.readable(member, id);
        if (post.isDraft() || post.contentState() != ContentState.PUBLISHED || !reader.maySee(member, post)) {
            throw new NotFoundException("post");
        }
        return post;
    }

    private String editor(Model model, Post post, TranslationForm form, FormErrors errors,
            @Nullable PostingRefusedException refused, boolean adding, UUID translator, PageContext page) {
        model.addAttribute("editor", TranslationEditor.of(page, "blogs.translation.newTitle", post.item(),
                post.body(), translations.of(post.item(), translator), adding, form.getLanguage(), form.getTitle(),
                form.getBody(), refused));
        model.addAttribute("errors", errors);
        return "content/translate";
    }
}
