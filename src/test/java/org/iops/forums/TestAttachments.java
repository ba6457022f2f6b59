package org.iops.forums;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import gg.jte.Content;
import org.iops.content.ContentAttachment;
import org.iops.content.ContentItem;
import org.iops.content.ContentRef;
import org.iops.web.PageContext;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Attachments as the reactions and comments modules will add them, on forum items only: a footer mark on every topic
 * and reply shown, and a mark below a topic, each naming its item, so a test sees what the page asked for.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAttachments {

    @Bean
    ContentAttachment testFooter() {
        return attachment(ContentAttachment.Place.FOOTER, "test-footer");
    }

    @Bean
    ContentAttachment testBelow() {
        return attachment(ContentAttachment.Place.BELOW, "test-below");
    }

    private static ContentAttachment attachment(ContentAttachment.Place place, String mark) {
        return new ContentAttachment() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return 1;
            }

            @Override
            public boolean attachesTo(String type) {
                return type.startsWith("forums.");
            }

            @Override
            public Map<ContentRef, Content> render(List<ContentItem> items, @Nullable UUID reader, PageContext page) {
                Map<ContentRef, Content> shown = new LinkedHashMap<>();
                items.forEach(item -> shown.put(item.ref(),
                        output -> output.writeContent("<span class=\"" + mark + "\">" + mark + " " + item.ref() + "</span>")));
                return shown;
            }
        };
    }
}
