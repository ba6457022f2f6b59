package org.iops.forums.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.iops.content.ContentLanguages;
import org.iops.forums.CategoryId;
import org.iops.forums.store.Category;
import org.iops.forums.store.CategoryRepository;
import org.iops.forums.store.ForumCatalogs;
import org.iops.forums.store.Subscriptions;
import org.iops.forums.store.Subscriptions.Target;
import org.iops.forums.store.Topic;
import org.iops.forums.store.TopicRepository;
import org.iops.forums.store.TopicRepository.Cursor;
import org.iops.forums.web.ForumViews.FollowView;
import org.iops.shared.NotFoundException;
import org.iops.units.Permissions;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.Language;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's forum, its categories, and a category's topics, pinned first, then by last activity, a page at a time. */
@Controller
class ForumController {

    static final int TOPICS_PER_PAGE = 25;

    private final ForumReaders readers;
    private final CategoryRepository categories;
    private final TopicRepository topics;
    private final Subscriptions subscriptions;
    private final Permissions permissions;

    ForumController(ForumReaders readers, CategoryRepository categories, TopicRepository topics,
            Subscriptions subscriptions, Permissions permissions) {
        this.readers = readers;
        this.categories = categories;
        this.topics = topics;
        this.subscriptions = subscriptions;
        this.permissions = permissions;
    }

    @GetMapping("/units/{id}/forum")
    String forum(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        PageContext page = readers.page(request);
        UnitRef unit = readers.unit(id.value());
        UUID reader = ForumReaders.reader();
        boolean manager = permissions.may(reader, ForumCatalogs.MANAGE, id);
        List<Category> all = categories.ofUnit(id.value());
        model.addAttribute("unit", readers.link(unit, page));
        model.addAttribute("categories", all.isEmpty() ? List.of(readers.general(unit, page))
                : all.stream().filter(c -> !c.archived()).map(c -> readers.category(c, page)).toList());
        model.addAttribute("manager", manager);
        model.addAttribute("follow", follow(reader, Target.FORUM, id.value(), unit.path() + "/forum/follow"));
        return "forums/forum";
    }

    /**
     * The implicit "General" of a unit whose forum has no category yet: empty, with "Start a topic". Once the unit has
     * its default category this leads there (or to the forum, if its admins made other categories first).
     */
    @GetMapping("/units/{id}/forum/general")
    String general(@PathVariable UnitId id, HttpServletRequest request, Model model) {
        PageContext page = readers.page(request);
        UnitRef unit = readers.unit(id.value());
        var written = categories.findDefault(id.value());
        if (written.isPresent()) {
            return "redirect:/forums/categories/" + written.get().id();
        }
        if (!categories.ofUnit(id.value()).isEmpty()) {
            return "redirect:" + unit.path() + "/forum";
        }
        model.addAttribute("unit", readers.link(unit, page));
        model.addAttribute("category", readers.general(unit, page));
        model.addAttribute("topics", List.of());
        model.addAttribute("next", null);
        model.addAttribute("first", null);
        model.addAttribute("filters", List.of());
        model.addAttribute("mayPost", readers.mayPost(ForumReaders.reader(), unit));
        model.addAttribute("follow", null);
        return "forums/category";
    }

    @GetMapping("/forums/categories/{id}")
    String category(@PathVariable CategoryId id, @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam(name = "language", required = false) @Nullable String language, HttpServletRequest request,
            Model model) {
        PageContext page = readers.page(request);
        Category category = categories.find(id.value()).orElseThrow(() -> new NotFoundException("category"));
        Cursor cursor = after == null ? null : Cursor.parse(after).orElseThrow(() -> new NotFoundException("cursor"));
        UUID reader = ForumReaders.reader();
        UnitRef unit = readers.unit(category.unitId());
        String lang = ContentLanguages.known(language);
        List<Topic> shown = topics.page(category.id(), readers.visibleIn(reader, unit.id().value()), reader,
                readers.moderates(reader, category.unitId()), lang, cursor, TOPICS_PER_PAGE + 1);
        String path = "/forums/categories/" + id;
        String listed = lang == null ? path : path + "?language=" + lang;
        boolean more = shown.size() > TOPICS_PER_PAGE;
        List<Topic> onPage = more ? shown.subList(0, TOPICS_PER_PAGE) : shown;
        model.addAttribute("unit", readers.link(unit, page));
        model.addAttribute("category", readers.category(category, page));
        model.addAttribute("topics", readers.lines(onPage, page));
        model.addAttribute("next", more ? listed + (lang == null ? "?" : "&") + "after="
                + Cursor.of(onPage.get(onPage.size() - 1)).text() : null);
        model.addAttribute("first", cursor == null ? null : listed);
        model.addAttribute("filters", ContentLanguages.filters(topics.languagesOf(category.id(),
                Language.SHIPPED.stream().map(Language::code).toList()), path, lang, page));
        model.addAttribute("mayPost", !category.archived() && readers.mayPost(reader, unit));
        model.addAttribute("follow", follow(reader, Target.CATEGORY, id.value(), "/forums/categories/" + id + "/follow"));
        return "forums/category";
    }

    /** The follow and mute buttons: null for a visitor. */
    @Nullable FollowView follow(@Nullable UUID reader, Target target, UUID id, String action) {
        if (reader == null) {
            return null;
        }
        return new FollowView(action, subscriptions.of(reader, target, id).map(Enum::name).orElse(null));
    }
}
