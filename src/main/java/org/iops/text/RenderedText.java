package org.iops.text;

import java.util.List;

/**
 * Member text made ready for a page.
 *
 * @param html safe HTML: put it on the page as it is (it is the one thing a template may write unescaped)
 * @param mentions the display names written as {@code @displayName}, without the {@code @}, each once, in the
 *     order they first appear; outside code and links. Resolving them to members is the caller's business.
 */
public record RenderedText(String html, List<String> mentions) {

    public RenderedText {
        mentions = List.copyOf(mentions);
    }
}
