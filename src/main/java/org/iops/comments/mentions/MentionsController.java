package org.iops.comments.mentions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.Contents;
import org.iops.shared.NotFoundException;
import org.iops.web.PageContextFactory;
import org.iops.web.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /mentions?q=ma&item=blogs.post:...}: up to eight display names for the suggestions of a Markdown
 * textarea ({@code static/js/mentions.js}), as JSON. Members only, at most {@link #LIMIT} a minute each.
 */
@Controller
class MentionsController {

    static final RateLimiter.Limit LIMIT = new RateLimiter.Limit("mention-suggestions", 120, Duration.ofMinutes(1));

    private final MentionSuggestions suggestions;
    private final Contents contents;
    private final RateLimiter limiter;

    MentionsController(MentionSuggestions suggestions, Contents contents, RateLimiter limiter) {
        this.suggestions = suggestions;
        this.contents = contents;
        this.limiter = limiter;
    }

    @GetMapping(path = "/mentions", produces = "application/json")
    @ResponseBody
    Map<String, List<String>> suggest(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String item) {
        var member = PageContextFactory.currentMember();
        if (member == null) {
            throw new NotFoundException("not signed in");
        }
        UUID writer = member.memberId();
        limiter.consume(LIMIT, writer.toString());
        ContentItem about = null;
        if (item != null && !item.isEmpty() && !"any".equals(item)) {
            about = contents.find(ContentRef.parse(item)).filter(found -> contents.maySee(writer, found))
                    .orElseThrow(() -> new NotFoundException("item " + item));
        }
        return Map.of("names", suggestions.suggest(writer, q, about));
    }
}
