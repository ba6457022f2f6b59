package org.iops.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The highlighted excerpt is safe HTML whatever the member wrote: only the search's own markers become markup. */
class SearchExcerptsTests {

    @Test
    void escapesEverythingAndMarksOnlyTheMatches() {
        String headline = "<script>alert('x')</script> the \u0002garden\u0003 & \"<b>beds</b>\"";

        assertThat(SearchExcerpts.html(headline)).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; the <mark>garden</mark> &amp; &quot;&lt;b&gt;beds&lt;/b&gt;&quot;");
    }

    @Test
    void closesAMarkLeftOpenAndIgnoresAStrayEnd() {
        assertThat(SearchExcerpts.html("a\u0003 \u0002b")).isEqualTo("a <mark>b</mark>");
    }
}
