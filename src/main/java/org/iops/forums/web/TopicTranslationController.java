package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.iops.content.ContentState;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations.Problem;
import org.iops.content.ContentTranslations;
import org.iops.content.Contents;
import org.iops.content.PostingRefusedException;
import org.iops.content.TranslationEditor;
import org.iops.forums.TopicId;
import org.iops.forums.store.ForumRefusedException;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitRef;
import org.iops.units.UnitStatus;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A topic in another language: read at {@code /topics/{id}/{language}} (its title and opening post translated, the
 * replies as written), translated by any member who may read it, edited by its translator, removed by them, the
 * topic's author or the unit's moderators. Whoever may not read the topic gets the 404 page.
 */
@Controller
class TopicTranslationController {

    private final TopicRepository topics;
    private final TopicPages pages;
    private final ForumReaders readers;
    private final Contents contents;
    private final ContentTranslations translations;

    TopicTranslationController(TopicRepository topics, TopicPages pages, ForumReaders readers, Contents contents,
            ContentTranslations translations) {
        this.topics = topics;
        this.pages = pages;
        this.readers = readers;
        this.contents = contents;
        this.translations = translations;
    }

    @GetMapping("/topics/{id}/{language}")
    String read(@PathVariable TopicId id, @PathVariable String language,
            @RequestParam(name = "page", required = false) @Nullable Integer number, HttpServletRequest request,
            Model model) {
        UUID reader = ForumReaders.reader();
        Topic topic = readable(id, reader);
        if (language.equals(topic.language())) {
            return "redirect:" + topic.path();
        }
        ContentTranslation shown = translations.find(topic.item(), language, reader)
                .orElseThrow(() -> new NotFoundException("translation"));
        int at = request.getParameterMap().containsKey("all") ? 0 : number == null ? 1 : number;
        if (at < 0 || at > TopicPages.pages(topic)) {
            throw new NotFoundException("page " + number);
        }
        return pages.show(topic, at, reader, readers.page(request), model, ReplyForm.EMPTY, shown);
    }

    @GetMapping("/topics/{id}/translate")
    String start(@PathVariable TopicId id, HttpServletRequest request, Model model) {
        UUID translator = ForumReaders.signedIn();
        Topic topic = translatable(id, translator);
        return editor(model, topic, new TopicTranslationForm(), FormErrors.NONE, null, true, translator,
                readers.page(request));
    }

    @PostMapping("/topics/{id}/translate")
    String add(@PathVariable TopicId id, @Valid @ModelAttribute("form") TopicTranslationForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        UUID translator = ForumReaders.signedIn();
        Topic topic = translatable(id, translator);
        PageContext page = readers.page(request);
        FormErrors errors = FormErrors.of(result, TopicText.INVALID, TopicText::limits);
        Optional<Problem> problem = form.getLanguage().isEmpty() ? Optional.empty()
                : translations.problem(topic.item(), form.getLanguage(), true);
        if (problem.isPresent()) {
            errors = errors.with("language", messageOf(problem.get()));
        }
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, topic, form, errors, null, true, translator, page);
        }
        try {
            translations.add(topic.item(), translator, form.getLanguage(), form.getTitle(), form.getBody());
        } catch (DuplicateKeyException raced) {
            // another member published this language a moment before: as if it had been there when checked
            response.setStatus(422);
            return editor(model, topic, form, FormErrors.NONE.with("language", messageOf(Problem.TAKEN)), null, true,
                    translator, page);
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, topic, form, FormErrors.NONE, refused, true, translator, page);
        }
        return "redirect:" + topic.path() + "/" + form.getLanguage();
    }

    @GetMapping("/topics/{id}/{language}/edit")
    String edit(@PathVariable TopicId id, @PathVariable String language, HttpServletRequest request, Model model) {
        UUID translator = ForumReaders.signedIn();
        Topic topic = translatable(id, translator);
        ContentTranslation translation = translations.own(topic.item(), language, translator);
        TopicTranslationForm form = new TopicTranslationForm();
        form.setLanguage(translation.language());
        form.setTitle(translation.title());
        form.setBody(translation.body());
        return editor(model, topic, form, FormErrors.NONE, null, false, translator, readers.page(request));
    }

    @PostMapping("/topics/{id}/{language}/edit")
    String save(@PathVariable TopicId id, @PathVariable String language,
            @Valid @ModelAttribute("form") TopicTranslationForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        UUID translator = ForumReaders.signedIn();
        Topic topic = translatable(id, translator);
        translations.own(topic.item(), language, translator);
        form.setLanguage(language);
        FormErrors errors = FormErrors.of(result, TopicText.INVALID, TopicText::limits);
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, topic, form, errors, null, false, translator, readers.page(request));
        }
        try {
            translations.edit(topic.item(), translator, language, form.getTitle(), form.getBody());
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, topic, form, FormErrors.NONE, refused, false, translator, readers.page(request));
        }
        return "redirect:" + topic.path() + "/" + language;
    }

    @PostMapping("/topics/{id}/{language}/remove")
    String remove(@PathVariable TopicId id, @PathVariable String language) {
        UUID remover = ForumReaders.signedIn();
        Topic topic = readable(id, remover);
        translations.remove(topic.item(), language, remover);
        return "redirect:" + topic.path();
    }

    /** A published topic the reader may read; anything else is a 404, as a topic that never was. */
    private Topic readable(TopicId id, @Nullable UUID reader) {
        return topics.find(id.value())
                .filter(t -> t.state() == ContentState.PUBLISHED && contents.maySee(reader, t.item()))
                .orElseThrow(() -> new NotFoundException("topic"));
    }

    /** As {@link #readable}, in a unit that still takes new text (not archived or merged). */
    private Topic translatable(TopicId id, UUID translator) {
        Topic topic = readable(id, translator);
        UnitRef unit = readers.unit(topic.unitId());
        if (unit.status() == UnitStatus.ARCHIVED || unit.status() == UnitStatus.MERGED) {
            throw new ForumRefusedException("forums.translation.unitClosed", 409);
        }
        return topic;
    }

    private static String messageOf(Problem problem) {
        return switch (problem) {
            case UNKNOWN_LANGUAGE -> "forums.translation.error.language";
            case ORIGINAL_LANGUAGE -> "forums.translation.error.original";
            case TAKEN -> "forums.translation.error.exists";
        };
    }

    private String editor(Model model, Topic topic, TopicTranslationForm form, FormErrors errors,
            @Nullable PostingRefusedException refused, boolean adding, UUID translator, PageContext page) {
        model.addAttribute("editor", TranslationEditor.of(page, "forums.translation.newTitle", topic.item(),
                topic.body(), translations.of(topic.item(), translator), adding, form.getLanguage(), form.getTitle(),
                form.getBody(), refused));
        model.addAttribute("errors", errors);
        return "content/translate";
    }
}
