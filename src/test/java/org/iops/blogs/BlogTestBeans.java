package org.iops.blogs;

import gg.jte.Content;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.content.PostingRule;
import org.iops.content.PostingVerdict;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What other modules will contribute to posts, as they would, for the blogs tests only and harmless to every other
 * test: an attachment below posts whose title starts with {@link #ATTACHED} (where comments will go), and a posting
 * rule that holds texts containing {@link #HOLD} for a moderator (as the spam defences will).
 */
@TestConfiguration(proxyBeanMethods = false)
public class BlogTestBeans {

    public static final String ATTACHED = "Attached";
    public static final String HOLD = "[hold-for-a-moderator]";

    @Bean
    ContentAttachment testCommentsBelowPosts() {
        return new ContentAttachment() {
            @Override
            public Place place() {
                return Place.BELOW;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public boolean attachesTo(String type) {
                return PostId.TYPE.equals(type);
            }

            @Override
            public Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page) {
                Map<ContentRef, Content> shown = new HashMap<>();
                items.stream().filter(item -> item.title().startsWith(ATTACHED)).forEach(item -> shown.put(item.ref(),
                        output -> output.writeContent("<section><h2>test-attachment</h2><p>attached to "
                                + item.ref() + "</p></section>")));
                return shown;
            }
        };
    }

    @Bean
    PostingRule testHoldRule() {
        return (author, unit, markdown) -> markdown.contains(HOLD) ? PostingVerdict.HOLD : PostingVerdict.PUBLISH;
    }
}
