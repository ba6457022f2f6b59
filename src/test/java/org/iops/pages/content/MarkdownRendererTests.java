package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsEmphasisAndLinks() {
        String html = markdown.render("""
                ## What we hope for

                - **Self-management**, for *everyone*
                - [Read more](https://example.org/vision)
                """);
        assertThat(html).contains("<h2 id=\"s-what-we-hope-for\">What we hope for</h2>")
                .contains("<li><strong>Self-management</strong>, for <em>everyone</em></li>")
                .contains("href=\"https://example.org/vision\"");
    }

    @Test
    void givesSecondLevelHeadingsAnchorsForATableOfContents() {
        MarkdownRenderer.Rendered page = markdown.renderWithSections("""
                ## What is a chapter?

                Text.

                ## ¿Qué pasa si no hay capítulo?

                ## What is a chapter?

                ## 你好
                """);
        assertThat(page.sections()).containsExactly(
                new Section("s-what-is-a-chapter", "What is a chapter?"),
                new Section("s-que-pasa-si-no-hay-capitulo", "¿Qué pasa si no hay capítulo?"),
                new Section("s-what-is-a-chapter-3", "What is a chapter?"),
                new Section("s-4", "你好"));
        assertThat(page.html()).contains("<h2 id=\"s-what-is-a-chapter\">What is a chapter?</h2>")
                .contains("<h2 id=\"s-4\">");
    }

    @Test
    void splitsThePageBeforeItsFirstSection() {
        MarkdownRenderer.Rendered page = markdown.renderWithSections("Intro.\n\n## One\n\nText.\n\n## Two\n");
        assertThat(page.introduction()).isEqualTo("<p>Intro.</p>\n");
        assertThat(page.body()).startsWith("<h2 id=\"s-one\">One</h2>").contains("<h2 id=\"s-two\">");
    }

    @Test
    void aPageWithoutTopLevelSectionsIsAllBody() {
        MarkdownRenderer.Rendered page = markdown.renderWithSections("Intro.\n\n> ## Quoted\n");
        assertThat(page.introduction()).isEmpty();
        assertThat(page.body()).contains("<p>Intro.</p>").contains("<blockquote>");
    }

    @Test
    void keepsNoIdsWrittenIntoTheMarkdown() {
        assertThat(markdown.render("<h2 id=\"location\">Hi</h2><p id=\"s-x\">x</p>"))
                .doesNotContain("id=");
    }

    @Test
    void rendersTables() {
        String html = markdown.render("""
                | level | decides |
                | --- | --- |
                | chapter | its own affairs |
                """);
        assertThat(html).contains("<table>").contains("<td>its own affairs</td>");
    }

    @Test
    void dropsScriptsEventHandlersAndDangerousLinks() {
        String html = markdown.render("""
                Hello <script>alert('stolen')</script> reader.

                <img src="x" onerror="alert('stolen')">

                <a href="javascript:alert('stolen')">click</a> and [also](javascript:alert('stolen'))

                <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
                <p onclick="alert('stolen')" style="color:red">styled</p>
                """);
        assertThat(html).doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("style=")
                .doesNotContain("alert(")
                .contains("Hello").contains("reader.").contains("styled");
    }

    @Test
    void keepsTextThatOnlyLooksLikeMarkup() {
        assertThat(markdown.render("Use `<b>` for bold, and 3 < 4 > 2 & so on."))
                .contains("<code>&lt;b&gt;</code>").contains("3 &lt; 4 &gt; 2 &amp; so on");
    }
}
