package org.iops.blogs.posts;

import java.util.List;
import java.util.UUID;
import org.iops.blogs.posts.BlogViews.PostList;
import org.iops.blogs.posts.PostRepository.Scope;
import org.iops.content.ContentLanguages;
import org.iops.members.MemberNames;
import org.iops.shared.MemberId;
import org.iops.shared.NotFoundException;
import org.iops.units.Memberships;
import org.iops.units.Permissions;
import org.iops.units.UnitActions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists: a member's blog, a unit's blog (filtered by language), and the author's drafts. */
@Controller
class BlogController {

    private final PostReader reader;
    private final PostRepository posts;
    private final MemberNames names;
    private final UnitDirectory units;
    private final Memberships memberships;
    private final Permissions permissions;

    BlogController(PostReader reader, PostRepository posts, MemberNames names, UnitDirectory units,
            Memberships memberships, Permissions permissions) {
        this.reader = reader;
        this.posts = posts;
        this.names = names;
        this.units = units;
        this.memberships = memberships;
        this.permissions = permissions;
    }

    @GetMapping("/members/{id}/blog")
    String memberBlog(@PathVariable MemberId id,
            @RequestParam(name = "language", required = false) @Nullable String language,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @ModelAttribute("page") PageContext page, Model model) {
        UUID viewer = Readers.viewer();
        String name = names.displayNames(List.of(id.value())).getOrDefault(id.value(), "");
        if (name.isEmpty()) {
            throw new NotFoundException("member");
        }
        String path = "/members/" + id + "/blog";
        String lang = ContentLanguages.known(language);
        PostList list = reader.ofAuthor(viewer, id.value(), lang, Cursor.parse(after), PostReader.PAGE, path,
                page.locale());
        // a member's name is shown only next to what they published for this reader (or to themself)
        if (list.posts().isEmpty() && after == null && lang == null && !id.value().equals(viewer)) {
            throw new NotFoundException("blog");
        }
        model.addAttribute("title", page.t("blogs.member.title", name));
        model.addAttribute("list", list);
        model.addAttribute("feed", path + ".atom");
        model.addAttribute("own", id.value().equals(viewer));
        model.addAttribute("filters", ContentLanguages.filters(posts.languagesOf(Scope.AUTHOR, id.value()), path, lang, page));
        return "blogs/list";
    }

    @GetMapping("/units/{id}/blog")
    String unitBlog(@PathVariable UnitId id, @RequestParam(name = "language", required = false) @Nullable String language,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @ModelAttribute("page") PageContext page, Model model) {
        UnitRef unit = visibleUnit(id, Readers.viewer());
        String lang = ContentLanguages.known(language);
        String path = unit.path() + "/blog";
        PostList list = reader.ofUnit(Readers.viewer(), id, lang, Cursor.parse(after), PostReader.PAGE, path,
                page.locale());
        model.addAttribute("title", page.t("blogs.unit.title", unit.displayName(page.locale())));
        model.addAttribute("list", list);
        model.addAttribute("feed", path + ".atom");
        model.addAttribute("own", false);
        model.addAttribute("filters", ContentLanguages.filters(posts.languagesOf(Scope.UNIT, id.value()), path, lang, page));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("unitName", unit.displayName(page.locale()));
        return "blogs/list";
    }

    @GetMapping("/posts/drafts")
    String drafts(@ModelAttribute("page") PageContext page, Model model) {
        UUID author = Readers.signedIn();
        model.addAttribute("posts", reader.summaries(posts.drafts(author, 200), page.locale()));
        return "blogs/drafts";
    }

    /**
     * The unit, if the reader may find its page: a hidden chapter's blog is as unknown as its page, except to its
     * members and those who administer it.
     */
    UnitRef visibleUnit(UnitId id, @Nullable UUID reader) {
        return units.find(id).filter(u -> units.isPublic(id) || reader != null
                        && (memberships.belongsTo(reader, id) || permissions.may(reader, UnitActions.ADMINISTER, id)))
                .orElseThrow(() -> new NotFoundException("unit"));
    }

}
