package org.iops.blogs.posts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iops.blogs.PostId;
import org.iops.blogs.posts.BlogViews.FeaturedLine;
import org.iops.blogs.posts.BlogViews.LogView;
import org.iops.members.MemberNames;
import org.iops.shared.ForbiddenException;
import org.iops.shared.MalformedIdException;
import org.iops.shared.NotFoundException;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.iops.units.UnitRef;
import org.iops.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Featuring: from a post's page, an admin features it on their unit (promotes it, from a unit below); on the unit's
 * featuring screen they order and unfeature the featured posts and read the log of who did what.
 */
@Controller
class FeatureController {

    private final Featuring featuring;
    private final PostReader reader;
    private final PostRepository posts;
    private final UnitDirectory units;
    private final MemberNames names;

    FeatureController(Featuring featuring, PostReader reader, PostRepository posts, UnitDirectory units,
            MemberNames names) {
        this.featuring = featuring;
        this.reader = reader;
        this.posts = posts;
        this.units = units;
        this.names = names;
    }

    @PostMapping("/posts/{id}/feature")
    String feature(@PathVariable PostId id, @RequestParam(name = "unit", defaultValue = "") String unit,
            @ModelAttribute("page") PageContext page, RedirectAttributes redirect) {
        UUID admin = Readers.signedIn();
        Post post = reader.readable(admin, id);
        UnitId target = new UnitId(MalformedIdException.uuid(unit, "unit"));
        if (!featuring.mayFeature(admin, target)) {
            throw new ForbiddenException("blogs.feature");
        }
        boolean added = featuring.feature(admin, post, target);
        redirect.addFlashAttribute("notice", page.t(added ? "blogs.feature.done" : "blogs.feature.notAdded",
                Featuring.MOST));
        return "redirect:" + id.path();
    }

    @GetMapping("/units/{id}/blog/featured")
    String screen(@PathVariable UnitId id, @ModelAttribute("page") PageContext page, Model model) {
        UUID admin = Readers.signedIn();
        UnitRef unit = require(admin, id);
        List<UUID> featured = featuring.featured(id);
        List<Featuring.LogLine> log = featuring.log(id, 50);
        List<UUID> mentioned = new java.util.ArrayList<>(featured);
        log.forEach(line -> mentioned.add(line.post()));
        Map<UUID, Post> byId = posts.findAll(mentioned).stream().collect(Collectors.toMap(Post::id, Function.identity()));
        Map<UUID, String> actors = names.displayNames(log.stream().map(Featuring.LogLine::actor)
                .filter(java.util.Objects::nonNull).distinct().toList());
        String former = page.t("members.former");
        model.addAttribute("unitId", id.toString());
        model.addAttribute("unitName", unit.displayName(page.locale()));
        model.addAttribute("unitPath", unit.path());
        model.addAttribute("featured", featured.stream().filter(byId::containsKey).map(byId::get)
                .map(post -> new FeaturedLine(post.id().toString(), post.title(), post.postId().path(),
                        post.unit().equals(id.value()) ? "" : units.find(new UnitId(post.unit()))
                                .map(u -> u.displayName(page.locale())).orElse(""))).toList());
        model.addAttribute("log", log.stream().map(line -> new LogView(
                line.actor() == null || actors.getOrDefault(line.actor(), "").isEmpty() ? former : actors.get(line.actor()),
                "blogs.feature.log." + line.action(),
                byId.containsKey(line.post()) ? byId.get(line.post()).title() : "", line.at())).toList());
        return "blogs/featured";
    }

    @PostMapping("/units/{id}/blog/featured")
    String change(@PathVariable UnitId id, @RequestParam(name = "post", defaultValue = "") String post,
            @RequestParam(name = "up", defaultValue = "") String up, @RequestParam(name = "down", defaultValue = "") String down,
            @RequestParam(name = "remove", defaultValue = "") String remove, @ModelAttribute("page") PageContext page,
            RedirectAttributes redirect) {
        UUID admin = Readers.signedIn();
        require(admin, id);
        UUID postId = MalformedIdException.uuid(post, "post");
        if (!remove.isEmpty()) {
            featuring.unfeature(admin, id, postId);
        } else if (!up.isEmpty() || !down.isEmpty()) {
            featuring.move(admin, id, postId, !up.isEmpty());
        } else {
            throw new NotFoundException("change");
        }
        redirect.addFlashAttribute("notice", page.t("blogs.feature.changed"));
        return "redirect:/units/" + id + "/blog/featured";
    }

    private UnitRef require(UUID admin, UnitId id) {
        UnitRef unit = units.find(id).orElseThrow(() -> new NotFoundException("unit"));
        if (!featuring.mayFeature(admin, id)) {
            throw new ForbiddenException("blogs.feature");
        }
        return unit;
    }
}
