package org.iops.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a reader sees of what a member wrote, and what the later mention feature is given. */
class MemberTextTests {

    private final MemberText text = new MemberText();

    private String html(String markdown) {
        return text.render(markdown).html();
    }

    @Test
    void rendersTheEverydayMarkdownOfAPost() {
        String html = html("""
                Hello *all* and **welcome**.

                - one
                - two

                1. first

                > quoted

                Use `mvn` or:

                ```java
                var x = 1;
                ```

                | a | b |
                |:--|--:|
                | 1 | 2 |
                """);

        assertThat(html).contains("<em>all</em>", "<strong>welcome</strong>", "<ul><li>one</li>", "<ol><li>first",
                "<blockquote>", "<code>mvn</code>", "<pre><code class=\"language-java\">var x &#61; 1;",
                "<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>");
    }

    @Test
    void everyLinkIsNofollowUgcNoopener() {
        assertThat(html("[site](https://example.org/a) and <https://example.org/b>"))
                .contains("<a href=\"https://example.org/a\" rel=\"nofollow ugc noopener\">site</a>")
                .contains("<a href=\"https://example.org/b\" rel=\"nofollow ugc noopener\">");
    }

    @Test
    void bareAddressesBecomeLinks() {
        assertThat(html("see https://example.org/x and write to ana@example.org"))
                .contains("<a href=\"https://example.org/x\" rel=\"nofollow ugc noopener\">https://example.org/x</a>")
                .contains("href=\"mailto:ana&#64;example.org\"");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        String html = html("<script>alert(1)</script>\n\nhi <b onclick=\"x()\">bold</b> <iframe src=x></iframe>");

        assertThat(html).doesNotContain("<script", "<b", "<iframe")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onclick&#61;");
    }

    @Test
    void linksOtherThanWebAndMailLoseTheirTarget() {
        assertThat(html("[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:x)"))
                .isEqualTo("<p>a b c</p>\n");
        assertThat(html("[on our site](/members) [ftp](ftp://example.org/f)")).isEqualTo("<p>on our site ftp</p>\n");
    }

    @Test
    void imagesAreLazyAndAlwaysHaveAltText() {
        assertThat(html("![Our banner](https://example.org/banner.png)"))
                .isEqualTo("<p><img src=\"https://example.org/banner.png\" alt=\"Our banner\" loading=\"lazy\" /></p>\n");
        assertThat(html("![](https://example.org/pics/meeting.jpg?size=2)"))
                .contains("alt=\"meeting.jpg\"", "loading=\"lazy\"");
        assertThat(html("![](https://example.org/)")).contains("alt=\"example.org\"");
    }

    @Test
    void imagesOnlyByWebLink() {
        assertThat(html("![x](data:image/png;base64,iVBORw0KGgo=) ![y](javascript:alert(1)) ![z](mailto:a@b.org)"))
                .isEqualTo("<p>x y z</p>\n");
    }

    @Test
    void headingsAreDemotedBelowThePagesOwn() {
        assertThat(html("# Big\n\n## Smaller\n\n##### Tiny"))
                .isEqualTo("<h3>Big</h3>\n<h4>Smaller</h4>\n<h6>Tiny</h6>\n");
    }

    @Test
    void mentionsAreFoundOnceInOrderOutsideCodeLinksAndAddresses() {
        RenderedText rendered = text.render("""
                Thanks @ana_g and @Jürgen.M, and again @ana_g.
                Not `@incode`, not [@inlink](https://example.org), not ana@example.org, not @.
                > quoting @Léa-2
                """);

        assertThat(rendered.mentions()).containsExactly("ana_g", "Jürgen.M", "Léa-2");
        assertThat(rendered.html()).contains("Thanks &#64;ana_g");
    }

    @Test
    void refusesTextLongerThanTheLimit() {
        String longest = "a".repeat(MemberText.MAX_LENGTH);

        assertThat(MemberText.fits(longest)).isTrue();
        assertThat(html(longest)).startsWith("<p>aaa");
        assertThat(MemberText.fits(longest + "a")).isFalse();
        assertThatThrownBy(() -> text.render(longest + "a")).isInstanceOf(MemberTextTooLongException.class);
    }

    @Test
    void pathologicalNestingRendersQuicklyAndFlat() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String quotes = html(">".repeat(50_000) + " x");
            assertThat(quotes.split("<blockquote>", -1).length - 1).isBetween(1, 16);
            for (String nasty : new String[] {">".repeat(50_000) + " x", "*".repeat(50_000) + "x",
                    "*a ".repeat(30_000), "[".repeat(50_000) + "x" + "](y)".repeat(10_000),
                    "- ".repeat(40_000) + "x", "`".repeat(50_000), "![".repeat(40_000),
                    "<".repeat(50_000) + "a", "|a".repeat(20_000) + "\n|-|\n" + "|b".repeat(20_000)}) {
                assertThat(html(nasty)).isNotBlank();
            }
        });
    }
}
