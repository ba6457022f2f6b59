package org.iops.reactions.internal;

import java.util.List;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContext;
import org.iops.web.PageContextFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /reactions}: like an item ({@code like=true}) or take the like back ({@code like=false}). For htmx the
 * button comes back with the new count; without JavaScript the browser goes back to the item.
 */
@Controller
class LikesController {

    private final Likes likes;
    private final LikeAttachment attachment;

    LikesController(Likes likes, LikeAttachment attachment) {
        this.likes = likes;
        this.attachment = attachment;
    }

    @PostMapping("/reactions")
    String like(@RequestParam String item, @RequestParam(defaultValue = "true") boolean like,
            @ModelAttribute("page") PageContext page, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var member = PageContextFactory.currentMember();
        if (member == null) {
            throw new NotFoundException("not signed in");
        }
        UUID liker = member.memberId();
        ContentItem liked = likes.set(liker, ContentRef.parse(item), like);
        if (htmx == null) {
            return "redirect:" + liked.path();
        }
        Likes.Tally tally = likes.tallies(List.of(liked.ref()), liker).getOrDefault(liked.ref(), Likes.Tally.NONE);
        model.addAttribute("like", new LikeView(liked.ref().toString(), liked.ref().id().toString(),
                tally.count(), tally.mine(), true));
        return "reactions/like";
    }
}
