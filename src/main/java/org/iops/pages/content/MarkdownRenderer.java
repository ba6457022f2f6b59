package org.iops.pages.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.iops.shared.Text;
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

    /**
     * The HTML of a page, split before its first top-level section so that a table of contents can go between,
     * and its second-level headings, which carry anchors for that table.
     */
    record Rendered(String introduction, String body, List<Section> sections) {

        String html() {
            return introduction + body;
        }
    }

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String ANCHOR_PREFIX = "s-";
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^a-z0-9]+");

    // Blocks are listed here rather than taken from Sanitizers.BLOCKS: joining two policies that both allow h2
    // would drop the anchor ids this policy allows on it.
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote")
            .allowElements("pre", "code", "hr", "br", "dl", "dt", "dd")
            // only the anchors this class writes, prefixed so they cannot shadow anything of the page's own
            .allowAttributes("id").matching(Pattern.compile(ANCHOR_PREFIX + "[a-z0-9-]{1,80}")).onElements("h2")
            .toFactory()
            .and(Sanitizers.FORMATTING)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();

    /** Safe HTML for the Markdown text. */
    String render(String markdown) {
        return renderWithSections(markdown).html();
    }

    Rendered renderWithSections(String markdown) {
        Node document = parser.parse(markdown);
        Map<Node, String> anchors = new IdentityHashMap<>();
        List<Section> sections = new ArrayList<>();
        Set<String> used = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 2) {
                    String title = plainText.render(heading).strip();
                    String anchor = anchor(title, used, sections.size() + 1);
                    anchors.put(heading, anchor);
                    sections.add(new Section(anchor, title));
                }
            }
        });
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    String anchor = anchors.get(node);
                    if (anchor != null) {
                        attributes.put("id", anchor);
                    }
                })
                .build();
        Document introduction = new Document();
        List<Node> beforeFirstSection = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null && !anchors.containsKey(node); node = node.getNext()) {
            beforeFirstSection.add(node);
        }
        if (beforeFirstSection.size() < countChildren(document)) {
            beforeFirstSection.forEach(introduction::appendChild);
        }
        return new Rendered(POLICY.sanitize(renderer.render(introduction)), POLICY.sanitize(renderer.render(document)),
                List.copyOf(sections));
    }

    private static int countChildren(Node parent) {
        int count = 0;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            count++;
        }
        return count;
    }

    /** A readable anchor from the heading's words; the section number where the words give none or repeat. */
    private static String anchor(String title, Set<String> used, int number) {
        String words = NOT_IN_ANCHOR.matcher(Text.matchKey(title)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-+$", "");
        }
        String anchor = ANCHOR_PREFIX + (words.isEmpty() ? Integer.toString(number) : words);
        if (!used.add(anchor)) {
            anchor = anchor + "-" + number;
            used.add(anchor);
        }
        return anchor;
    }
}
