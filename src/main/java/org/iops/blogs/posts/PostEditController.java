package org.iops.blogs.posts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentLanguages;
import org.iops.content.ContentState;
import org.iops.content.PostingRefusedException;
import org.iops.content.Visibility;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitLevel;
import org.iops.units.UnitRef;
import org.iops.web.FormErrors;
import org.iops.web.FormOption;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a post, saving it as a draft or publishing it, editing and deleting it: the author's own. */
@Controller
class PostEditController {

    private final Posting posting;
    private final PostReader reader;
    private final UnitDirectory directory;

    PostEditController(Posting posting, PostReader reader, UnitDirectory directory) {
        this.posting = posting;
        this.reader = reader;
        this.directory = directory;
    }

    @GetMapping("/posts/new")
    String write(@ModelAttribute("page") PageContext page, Model model) {
        UUID author = Readers.signedIn();
        PostForm form = new PostForm();
        form.setLanguage(page.lang());
        List<UnitRef> units = posting.unitsFor(author);
        // the residence chapter when there is one: the nearest unit, where a member's writing is read first
        units.stream().filter(u -> u.level() == UnitLevel.CHAPTER).findFirst()
                .or(() -> units.stream().reduce((first, last) -> last))
                .ifPresent(u -> form.setUnit(u.id().toString()));
        return editor(model, author, form, FormErrors.NONE, null, null, page);
    }

    @PostMapping("/posts/new")
    String create(@Valid @ModelAttribute("form") PostForm form, BindingResult result,
            @RequestParam(name = "publish", defaultValue = "false") boolean publish,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID author = Readers.signedIn();
        FormErrors errors = errors(author, form, result, null);
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, author, form, errors, null, null, page);
        }
        try {
            PostId id = posting.create(author, form, publish);
            return saved(id, publish, redirect, page);
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, author, form, FormErrors.NONE, refused, null, page);
        }
    }

    @GetMapping("/posts/{id}/edit")
    String edit(@PathVariable PostId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID author = Readers.signedIn();
        Post post = own(author, id);
        PostForm form = new PostForm();
        form.setTitle(post.title());
        form.setBody(post.body());
        form.setLanguage(post.language());
        form.setVisibility(post.visibility().name());
        form.setUnit(post.unit().toString());
        return editor(model, author, form, FormErrors.NONE, null, post, page);
    }

    @PostMapping("/posts/{id}/edit")
    String update(@PathVariable PostId id, @Valid @ModelAttribute("form") PostForm form, BindingResult result,
            @RequestParam(name = "publish", defaultValue = "false") boolean publish,
            @ModelAttribute("page") PageContext page, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID author = Readers.signedIn();
        Post post = own(author, id);
        FormErrors errors = errors(author, form, result, post.unit());
        if (errors.any()) {
            response.setStatus(422);
            return editor(model, author, form, errors, null, post, page);
        }
        try {
            posting.update(author, id, form, publish);
            return saved(id, publish || !post.isDraft(), redirect, page);
        } catch (PostingRefusedException refused) {
            response.setStatus(refused.tooMany() ? 429 : 403);
            return editor(model, author, form, FormErrors.NONE, refused, post, page);
        }
    }

    @PostMapping("/posts/{id}/delete")
    String delete(@PathVariable PostId id, @ModelAttribute("page") PageContext page, RedirectAttributes redirect) {
        UUID author = Readers.signedIn();
        posting.delete(author, id);
        redirect.addFlashAttribute("notice", page.t("blogs.post.deleted"));
        return "redirect:/members/" + author + "/blog";
    }

    private String saved(PostId id, boolean published, RedirectAttributes redirect, PageContext page) {
        redirect.addFlashAttribute("notice", page.t(published ? "blogs.post.published" : "blogs.post.draftSaved"));
        return "redirect:" + id.path();
    }

    /** The author's post for the editor; anyone else's is a 404 (or a 403 to a reader who may see it). */
    private Post own(UUID author, PostId id) {
        Post post = reader.readable(author, id);
        if (!post.isAuthor(author)) {
            throw reader.maySee(author, post) ? new org.iops.shared.ForbiddenException("not the author")
                    : new NotFoundException("post");
        }
        if (!post.isDraft() && post.contentState() == ContentState.REMOVED) {
            throw new NotFoundException("post");
        }
        return post;
    }

    private FormErrors errors(UUID author, PostForm form, BindingResult result, @Nullable UUID currentUnit) {
        FormErrors errors = FormErrors.of(result, TextForm.INVALID, TextForm::limits);
        for (var problem : posting.problems(author, form, currentUnit).entrySet()) {
            errors = errors.with(problem.getKey(), problem.getValue());
        }
        return errors;
    }

    private String editor(Model model, UUID author, PostForm form, FormErrors errors,
            @Nullable PostingRefusedException refused, @Nullable Post post, PageContext page) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refused == null ? null : refused.messageKey());
        model.addAttribute("refusalArgs", refused == null ? new Object[0] : refused.arguments());
        model.addAttribute("action", post == null ? "/posts/new" : post.postId().path() + "/edit");
        model.addAttribute("postPath", post == null ? null : post.postId().path());
        model.addAttribute("draft", post == null || post.isDraft());
        model.addAttribute("mentions", post == null ? "any" : post.postId().ref().toString());
        model.addAttribute("languages", ContentLanguages.options(page.locale()));
        List<UnitRef> units = new java.util.ArrayList<>(posting.unitsFor(author));
        if (post != null && units.stream().noneMatch(u -> u.id().value().equals(post.unit()))) {
            // an author who moved away may keep an old post where it was
            directory.find(new UnitId(post.unit())).ifPresent(units::add);
        }
        model.addAttribute("units", units.stream()
                .map(u -> FormOption.of(u.id().toString(), u.displayName(page.locale()))).toList());
        model.addAttribute("visibilities", java.util.Arrays.stream(Visibility.values())
                .map(v -> FormOption.of(v.name(), page.t("blogs.visibility." + v.name()))).toList());
        return "blogs/edit";
    }
}
