package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * A module puts its links and its own items into every page's layout through {@link Navigation} and
 * {@link LayoutItem} beans, and its words through its own message bundle: nothing in {@code web} lists them.
 */
class LayoutContributionTests {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    record Reader(UUID memberId, String displayName) implements CurrentMember {
    }

    /** A module of the future: a link for everyone, and an unread badge for signed-in members. */
    private static final Navigation EVENTS = page -> List.of(
            NavigationLink.main(250, "/events", "events.nav", "/events"),
            NavigationLink.footer(650, "/events/calendar", "events.calendar"));

    private static final LayoutItem BADGE = new LayoutItem() {
        @Override
        public NavigationLink.Area area() {
            return NavigationLink.Area.MAIN;
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public Optional<gg.jte.Content> render(PageContext page) {
            return page.signedIn() ? Optional.of(output -> output.writeContent("<span class=\"badge\">3</span>"))
                    : Optional.empty();
        }
    };

    @Test
    void aModulesLinksAndItemsShowInTheirAreasInOrder() {
        PageContext page = page("/events/today", new Reader(UUID.randomUUID(), "Rosa"));
        page.contributions(List.of(EVENTS, about()), List.of(BADGE));

        assertThat(page.layout(NavigationLink.Area.MAIN)).extracting(PageContext.LayoutEntry::order)
                .containsExactly(50, 100, 250);
        String html = render(page);
        assertThat(html).containsSubsequence("<span class=\"badge\">3</span>", ">About<", "Events</a>",
                "Rosa", "About us", "Calendar</a>");
        assertThat(html).contains("<a href=\"/events\" aria-current=\"page\">Events</a>");
    }

    @Test
    void anItemMayShowNothingToAVisitor() {
        PageContext page = page("/", null);
        page.contributions(List.of(EVENTS), List.of(BADGE));

        String html = render(page);
        assertThat(html).doesNotContain("badge").contains("<a href=\"/events\">Events</a>");
    }

    @Test
    void everyMessagesFileOnTheClasspathIsABundleWithoutBeingListed() throws Exception {
        // src/test/resources/messages/layouttest.properties stands for a new module's bundle
        assertThat(LanguageConfiguration.basenames()).contains("messages/web", "messages/members", "messages/units",
                "messages/pages", "messages/notifications", "messages/layouttest");
        var messages = new LanguageConfiguration().messageSource(new String[0], "UTF-8");
        assertThat(messages.getMessage("layouttest.greeting", new Object[] {2}, Locale.ENGLISH))
                .isEqualTo("2 new events");
        assertThat(messages.getMessage("pages.nav.about", null, Locale.forLanguageTag("de"))).isNotEqualTo("pages.nav.about");
    }

    private static Navigation about() {
        return page -> List.of(NavigationLink.main(100, "/pages/vision", "pages.nav.about", "/pages"));
    }

    private static PageContext page(String uri, CurrentMember member) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessages(Map.of("events.nav", "Events", "events.calendar", "Calendar", "pages.nav.about", "About",
                "site.name", "IOPS", "nav.footer", "About us"), Locale.ENGLISH);
        return new PageContext(messages, Locale.ENGLISH, uri, null, null, member, path -> path);
    }

    private static String render(PageContext page) {
        StringOutput output = new StringOutput();
        TEMPLATES.render("web/layout.jte", Map.of("page", page, "title", "Test",
                "content", (gg.jte.Content) out -> out.writeContent("<p>body</p>")), output);
        return output.toString();
    }
}
