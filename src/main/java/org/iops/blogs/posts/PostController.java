package org.iops.blogs.posts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.blogs.posts.BlogViews.RevisionLine;
import org.iops.blogs.posts.PostRepository.Revision;
import org.iops.content.ContentTranslation;
import org.iops.content.ContentTranslations;
import org.iops.members.MemberNames;
import org.iops.shared.NotFoundException;
import org.iops.text.MemberText;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reading a post: its page (or a translation's), its revision history and each revision. Whoever may not see the
 * post gets the 404 page, as for a post that never was.
 */
@Controller
class PostController {

    private final PostReader reader;
    private final PostPages pages;
    private final ContentTranslations translations;
    private final PostRepository posts;
    private final MemberNames names;
    private final MemberText text;

    PostController(PostReader reader, PostPages pages, ContentTranslations translations, PostRepository posts,
            MemberNames names, MemberText text) {
        this.reader = reader;
        this.pages = pages;
        this.translations = translations;
        this.posts = posts;
        this.names = names;
        this.text = text;
    }

    @GetMapping("/posts/{id}")
    String post(@PathVariable PostId id, @ModelAttribute("page") PageContext page,
            Model model) {
        UUID viewer = Readers.viewer();
        Post post = reader.readable(viewer, id);
        model.addAttribute("view", pages.page(post, viewer, null, page));
        return "blogs/post";
    }

    @GetMapping("/posts/{id}/{language}")
    String translation(@PathVariable PostId id, @PathVariable String language,
            @ModelAttribute("page") PageContext page, Model model) {
        UUID viewer = Readers.viewer();
        Post post = reader.readable(viewer, id);
        if (post.isDraft() || reader.hiddenFrom(viewer, post)) {
            throw new NotFoundException("translation");
        }
        if (language.equals(post.language())) {
            return "redirect:" + post.postId().path();
        }
        ContentTranslation shown = translations.find(post.item(), language, viewer)
                .orElseThrow(() -> new NotFoundException("translation"));
        model.addAttribute("view", pages.page(post, viewer, shown, page));
        return "blogs/post";
    }

    @GetMapping("/posts/{id}/revisions")
    String history(@PathVariable PostId id, @ModelAttribute("page") PageContext page,
            Model model) {
        Post post = published(id);
        List<Revision> revisions = posts.revisions(post.id());
        Map<UUID, String> editors = names.displayNames(revisions.stream().map(Revision::editor)
                .filter(java.util.Objects::nonNull).distinct().toList());
        String former = page.t("members.former");
        model.addAttribute("title", post.title());
        model.addAttribute("postPath", post.postId().path());
        model.addAttribute("revisions", revisions.stream().map(r -> new RevisionLine(r.version(),
                r.editor() == null ? former : editors.getOrDefault(r.editor(), former).isEmpty() ? former
                        : editors.get(r.editor()), r.createdAt(), post.postId().path() + "/revisions/" + r.version(),
                r.version() == post.version())).toList());
        return "blogs/history";
    }

    @GetMapping("/posts/{id}/revisions/{version}")
    String revision(@PathVariable PostId id, @PathVariable int version,
            @ModelAttribute("page") PageContext page, Model model) {
        Post post = published(id);
        Revision revision = posts.revision(post.id(), version).orElseThrow(() -> new NotFoundException("revision"));
        String editor = revision.editor() == null ? ""
                : names.displayNames(List.of(revision.editor())).getOrDefault(revision.editor(), "");
        model.addAttribute("postPath", post.postId().path());
        model.addAttribute("language", post.language());
        model.addAttribute("revision", new RevisionLine(revision.version(), editor.isEmpty() ? page.t("members.former")
                : editor, revision.createdAt(), "", revision.version() == post.version()));
        model.addAttribute("title", revision.title());
        model.addAttribute("html", text.render(revision.body()).html());
        return "blogs/revision";
    }

    /** A post out of the drafts that the reader may read (its history included). */
    private Post published(PostId id) {
        UUID viewer = Readers.viewer();
        Post post = reader.readable(viewer, id);
        if (post.isDraft() || reader.hiddenFrom(viewer, post)) {
            throw new NotFoundException("post");
        }
        return post;
    }
}
