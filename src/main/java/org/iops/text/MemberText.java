package org.iops.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders what a member wrote (Markdown) into HTML that is safe on any page, and finds the {@code @displayName}
 * mentions in it. A module that shows member text calls {@link #render(String)} and writes
 * {@link RenderedText#html()} with {@code $unsafe}; nothing else of member text is ever written unescaped.
 *
 * <p>The policy, in short (in full in {@code docs/security.md}): paragraphs, emphasis, lists, block quotes, code,
 * tables, headings (demoted by {@link #HEADING_OFFSET} levels, so {@code #} becomes {@code h3}), links to
 * http, https and mailto with {@code rel="nofollow ugc noopener"}, images by http or https link only, loaded
 * lazily and always with alt text. Raw HTML in the text is shown as text, never interpreted. Whatever commonmark
 * produces then passes an allow-list sanitizer, so a bug in the Markdown step cannot let a script through.
 */
@Component
public class MemberText {

    /** The longest text, in characters, that a member may write in one piece. */
    public static final int MAX_LENGTH = 100_000;

    /** How many levels a heading in member text is pushed down: the page keeps h1 and h2 for itself. */
    public static final int HEADING_OFFSET = 2;

    // Deeper nesting than this is shown as plain text; it keeps parsing linear and the output's depth small.
    private static final int MAX_NESTING = 16;

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    // A mention starts after a space or punctuation (so a@b.org is no mention) and ends on a letter or digit.
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]{0,62}[\\p{L}\\p{N}_])?)");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern LINK_URL = Pattern.compile("(?i)(https?://|mailto:)\\S+");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "ul", "ol", "li", "blockquote", "pre", "code")
            .allowElements("h3", "h4", "h5", "h6")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .allowElements("table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowStandardUrlProtocols()
            .allowElements("a")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .allowElements("img")
            .allowAttributes("src").matching(WEB_URL).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("loading").matching(true, "lazy").onElements("img")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_NESTING).maxInlineNesting(MAX_NESTING).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Image image) {
                    attributes.put("loading", "lazy");
                    if (attributes.getOrDefault("alt", "").isBlank()) {
                        attributes.put("alt", defaultAlt(image.getDestination()));
                    }
                }
            })
            .build();

    private final TextContentRenderer plain = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * The words of what a member wrote, without Markdown syntax and without the tags of any raw HTML in it: what a
     * search index keeps. A text longer than {@link #MAX_LENGTH} is cut there first.
     */
    public String plainText(String markdown) {
        Node document = parser.parse(markdown.length() > MAX_LENGTH ? markdown.substring(0, MAX_LENGTH) : markdown);
        List<Node> tags = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                tags.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral(TAG.matcher(html.getLiteral()).replaceAll(" "));
            }
        });
        tags.forEach(Node::unlink);
        return plain.render(document).strip();
    }

    /** Whether the text is short enough to be rendered; a form checks this and tells the writer if not. */
    public static boolean fits(String markdown) {
        return markdown.length() <= MAX_LENGTH;
    }

    /**
     * Safe HTML for what a member wrote, and the mentions in it.
     *
     * @throws MemberTextTooLongException if the text does not {@link #fits(String) fit}
     */
    public RenderedText render(String markdown) {
        if (!fits(markdown)) {
            throw new MemberTextTooLongException(markdown.length());
        }
        return rendered.get(markdown, this::renderNow);
    }

    // Rendering is a pure function of the text: a page of twenty replies renders the ones it has not met before,
    // and keeps at most about 32 million characters of text and HTML (the least used go first)
    private final Cache<String, RenderedText> rendered = Caffeine.newBuilder()
            .maximumWeight(32_000_000)
            .weigher((String markdown, RenderedText text) -> markdown.length() + text.html().length())
            .build();

    private RenderedText renderNow(String markdown) {
        Node document = parser.parse(markdown);
        Set<String> mentions = new LinkedHashSet<>();
        List<Node> unwrap = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_OFFSET));
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                // a mention inside a link's text is the link's, not a person's
                if (!LINK_URL.matcher(link.getDestination()).matches()) {
                    unwrap.add(link);
                }
            }

            @Override
            public void visit(Image image) {
                if (!WEB_URL.matcher(image.getDestination()).matches()) {
                    unwrap.add(image);
                }
            }

            @Override
            public void visit(Text text) {
                Matcher matcher = MENTION.matcher(text.getLiteral());
                while (matcher.find()) {
                    mentions.add(matcher.group(1));
                }
            }
        });
        unwrap.forEach(MemberText::unwrap);
        return new RenderedText(POLICY.sanitize(renderer.render(document)), List.copyOf(mentions));
    }

    /** A link or image to anything but the web (or mail) keeps its words and loses its target. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /**
     * An image without a description is named by its file (or else its site, or else its address), so a screen
     * reader says something useful in any language.
     */
    static String defaultAlt(String destination) {
        try {
            URI uri = URI.create(destination);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!name.isBlank()) {
                return name;
            }
            return uri.getHost() == null ? destination : uri.getHost();
        } catch (IllegalArgumentException malformed) {
            return destination;
        }
    }
}
