package org.iops.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the render-and-sanitize path: whatever a member writes, and whatever HTML reaches the sanitizer, the
 * output holds no script, style, frame, event handler or dangerous URL, and every link carries the rel. The normal
 * test run fuzzes for a short bounded time (surefire sets {@code JAZZER_FUZZ}); the seed corpus of hostile inputs
 * is in {@code MemberTextFuzzTestsInputs/renderAndSanitize}.
 */
class MemberTextFuzzTests {

    private static final MemberText TEXT = new MemberText();

    private static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "em", "strong", "ul", "ol", "li",
            "blockquote", "pre", "code", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a",
            "img");
    private static final Set<String> ATTRIBUTES = Set.of("href", "title", "rel", "src", "alt", "loading", "align",
            "start", "class");

    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=]+)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-z][a-z0-9+.-]*):");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#x([0-9a-f]{1,6});?|&#([0-9]{1,7});?");

    @FuzzTest(maxDuration = "8s")
    void renderAndSanitize(byte[] input) {
        String written = new String(input, StandardCharsets.UTF_8);
        if (!MemberText.fits(written)) {
            return;
        }
        assertSafe(TEXT.render(written).html());
        assertSafe(MemberText.POLICY.sanitize(written));
    }

    static void assertSafe(String sanitized) {
        // the sanitizer writes an empty comment after some characters so that no template language can read them
        String html = sanitized.replace("<!-- -->", "");
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(ELEMENTS).as("element in %s", html).contains(name);
            if (!tag.group(1).isEmpty()) {
                continue;
            }
            String attributes = tag.group(3);
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            StringBuilder seen = new StringBuilder();
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
                assertThat(ATTRIBUTES).as("attribute in %s", html).contains(attributeName);
                if (attributeName.equals("href") || attributeName.equals("src")) {
                    Matcher scheme = SCHEME.matcher(decode(attribute.group(2)));
                    if (scheme.find()) {
                        assertThat(scheme.group(1)).as("URL in %s", html).isIn("http", "https", "mailto");
                    }
                }
                seen.append(' ').append(attributeName).append("=\"").append(attribute.group(2)).append('"');
            }
            assertThat(attributes.replaceAll("\\s*/$", "")).as("attributes of %s", html).isEqualTo(seen.toString());
            if (name.equals("a") && seen.indexOf(" href=") >= 0) {
                assertThat(seen.toString()).as("link in %s", html).contains(" rel=\"nofollow ugc noopener\"");
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<style", "<iframe", "<object", "<embed");
    }

    private static String decode(String value) {
        Matcher entity = NUMERIC_ENTITY.matcher(value.toLowerCase(Locale.ROOT));
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int code = entity.group(1) != null ? Integer.parseInt(entity.group(1), 16) : Integer.parseInt(entity.group(2));
            String character = Character.isValidCodePoint(code) ? Character.toString(code) : "?";
            entity.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replaceAll("[\\x00-\\x20]", "");
    }
}
