package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import org.iops.content.PostingRefusedException;
import org.iops.forums.CategoryId;
import org.iops.forums.TopicId;
import org.iops.forums.store.Category;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumPosting;
import org.iops.forums.store.ForumRefusedException;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.forums.web.ForumViews.CategoryView;
import org.iops.shared.ForbiddenException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Starting a topic in a category, and its author editing or deleting it. */
@Controller
class TopicFormController {

    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final ForumPosting posting;
    private final ForumReaders readers;

    TopicFormController(CategoryRepository categories, TopicRepository topics, ForumPosting posting, ForumReaders readers) {
        this.categories = categories;
        this.topics = topics;
        this.posting = posting;
        this.readers = readers;
    }

    @GetMapping("/forums/categories/{id}/new")
    String newTopic(@PathVariable CategoryId id, HttpServletRequest request, Model model) {
        Category category = postable(id);
        PageContext page = readers.page(request);
        return form(model, page, category, TopicForm.in(page.lang()), FormErrors.NONE, null);
    }

    @PostMapping("/forums/categories/{id}/new")
    String start(@PathVariable CategoryId id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Category category = postable(id);
        PageContext page = readers.page(request);
        return submit(model, page, readers.unit(category.unitId()), readers.category(category, page), form, result,
                response, () -> posting.startTopic(ForumReaders.signedIn(), category.id(), form.getTitle(),
                        form.getBody(), form.getLanguage(), form.getVisibility()));
    }

    /** Starting the first topic of a unit whose forum has no category yet: in its implicit "General". */
    @GetMapping("/units/{id}/forum/general/new")
    String newTopicInGeneral(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        UnitRef unit = general(id);
        if (!categories.ofUnit(id.value()).isEmpty()) {
            return "redirect:" + categories.findDefault(id.value()).map(c -> "/forums/categories/" + c.id() + "/new")
                    .orElse(unit.path() + "/forum");
        }
        PageContext page = readers.page(request);
        return form(model, page, unit, readers.general(unit, page), TopicForm.in(page.lang()), FormErrors.NONE, null);
    }

    @PostMapping("/units/{id}/forum/general/new")
    String startInGeneral(@PathVariable UnitId id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        UnitRef unit = general(id);
        PageContext page = readers.page(request);
        return submit(model, page, unit, readers.general(unit, page), form, result, response,
                () -> posting.startTopicInGeneral(ForumReaders.signedIn(), id.value(), form.getTitle(), form.getBody(),
                        form.getLanguage(), form.getVisibility()));
    }

    /** A new topic's form sent: published (a redirect to it), or the form again with why not (422, 403, 409, 429). */
    private String submit(Model model, PageContext page, UnitRef unit, CategoryView category, TopicForm form,
            BindingResult result, HttpServletResponse response, Supplier<Topic> start) {
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(model, page, unit, category, form, FormErrors.of(result, TopicForm.INVALID, TopicForm::limits),
                    null);
        }
        try {
            return "redirect:" + start.get().path();
        } catch (ForumRefusedException refused) {
            response.setStatus(refused.status());
            return form(model, page, unit, category, form, FormErrors.NONE.with("body", refused.messageKey()), null);
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return form(model, page, unit, category, form,
                    FormErrors.NONE.with("body", refused.messageKey(), refused.arguments()), null);
        }
    }

    @GetMapping("/topics/{id}/edit")
    String edit(@PathVariable TopicId id, HttpServletRequest request, Model model) {
        Topic topic = own(id);
        Category category = categories.find(topic.categoryId()).orElseThrow();
        return form(model, readers.page(request), category, TopicForm.of(topic), FormErrors.NONE, topic);
    }

    @PostMapping("/topics/{id}/edit")
    String save(@PathVariable TopicId id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Topic topic = own(id);
        Category category = categories.find(topic.categoryId()).orElseThrow();
        if (result.hasErrors()) {
            response.setStatus(422);
            return form(model, readers.page(request), category, form,
                    FormErrors.of(result, TopicForm.INVALID, TopicForm::limits), topic);
        }
        posting.editTopic(ForumReaders.signedIn(), topic.id(), form.getTitle(), form.getBody(), form.getLanguage(),
                form.getVisibility());
        return "redirect:" + topic.path() + "?page=1";
    }

    @PostMapping("/topics/{id}/delete")
    String delete(@PathVariable TopicId id) {
        Topic topic = posting.deleteTopic(ForumReaders.signedIn(), id.value());
        return "redirect:/forums/categories/" + topic.categoryId();
    }

    /** The category, if the signed-in reader may start a topic there. */
    private Category postable(CategoryId id) {
        UUID reader = ForumReaders.signedIn();
        Category category = categories.find(id.value()).orElseThrow(() -> new NotFoundException("category"));
        UnitRef unit = readers.unit(category.unitId());
        if (!readers.mayPost(reader, unit)) {
            throw new ForumRefusedException("forums.post.notMember", 403);
        }
        if (category.archived()) {
            throw new ForumRefusedException("forums.category.archivedRefused", 409);
        }
        return category;
    }

    /** The unit, if the signed-in reader may start a topic in its forum. */
    private UnitRef general(UnitId id) {
        UnitRef unit = readers.unit(id.value());
        if (!readers.mayPost(ForumReaders.signedIn(), unit)) {
            throw new ForumRefusedException("forums.post.notMember", 403);
        }
        return unit;
    }

    private Topic own(TopicId id) {
        UUID reader = ForumReaders.signedIn();
        Topic topic = topics.find(id.value()).orElseThrow(() -> new NotFoundException("topic"));
        if (!reader.equals(topic.authorId()) || topic.state() == org.iops.content.ContentState.REMOVED) {
            throw new ForbiddenException("edit topic " + id);
        }
        return topic;
    }

    private String form(Model model, PageContext page, Category category, TopicForm form, FormErrors errors,
            @org.jspecify.annotations.Nullable Topic editing) {
        UnitRef unit = readers.unit(category.unitId());
        return form(model, page, unit, readers.category(category, page), form, errors, editing);
    }

    private String form(Model model, PageContext page, UnitRef unit, CategoryView category, TopicForm form,
            FormErrors errors, @org.jspecify.annotations.Nullable Topic editing) {
        model.addAttribute("unit", readers.link(unit, page));
        model.addAttribute("category", category);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("action", editing == null ? category.path() + "/new" : editing.path() + "/edit");
        model.addAttribute("editing", editing != null);
        model.addAttribute("mentions", editing == null ? "any" : editing.ref().toString());
        model.addAttribute("languages", TopicForm.languages());
        model.addAttribute("visibilities", TopicForm.visibilities(page));
        return "forums/topicForm";
    }
}
