package org.iops.pages.content;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns stored Markdown into HTML that is safe to put on a page. The stored text is never trusted, even though
 * only admins write it: an admin account can be taken over, and the database can be written by other means.
 * Whatever commonmark produces goes through an allow-list sanitizer, so scripts, event handlers, styles, frames
 * and {@code javascript:} links never reach the reader.
 */
@Component
class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "dl", "dt", "dd")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    /** Safe HTML for the Markdown text. */
    String render(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
