package org.iops.blogs.posts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The excerpt a list shows of a post: its words, without the Markdown around them, cut at a word's length. */
class PostExcerptTests {

    @Test
    void anExcerptIsPlainWords() {
        assertThat(PostReader.excerpt("# Plan\n\nWe fixed **twelve** bikes.\n\n- bring tools\n1. bring [friends](https://x.org)"))
                .isEqualTo("Plan We fixed twelve bikes. bring tools bring friends https://x.org");
    }

    @Test
    void aLongTextIsCutWithAnEllipsis() {
        String excerpt = PostReader.excerpt("word ".repeat(200));
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(221);
    }
}
