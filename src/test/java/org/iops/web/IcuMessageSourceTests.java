package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read right in every shipped language: the plural rules are the language's own. */
class IcuMessageSourceTests {

    private final IcuMessageSource messages = new IcuMessageSource();

    IcuMessageSourceTests() {
        messages.setBasenames("messages/pages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    @Test
    void englishSaysOneMemberAndTwoMembers() {
        assertThat(messages.getMessage("pages.home.figures.members", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("member");
        assertThat(messages.getMessage("pages.home.figures.members", new Object[] {0}, Locale.ENGLISH))
                .isEqualTo("members");
        assertThat(messages.getMessage("pages.home.figures.members", new Object[] {2L}, Locale.ENGLISH))
                .isEqualTo("members");
    }

    @Test
    void frenchTreatsZeroAsSingular() {
        assertThat(messages.getMessage("pages.home.figures.chapters", new Object[] {0}, Locale.FRENCH))
                .isEqualTo("section locale");
        assertThat(messages.getMessage("pages.home.figures.chapters", new Object[] {2}, Locale.FRENCH))
                .isEqualTo("sections locales");
    }

    @Test
    void numbersAreGroupedInTheReadersLanguage() {
        assertThat(messages.getMessage("pages.home.figures.lifecycle", new Object[] {1234, 5}, Locale.GERMAN))
                .isEqualTo("1.234 aktiv, 5 vorläufig");
    }

    @Test
    void unknownKeyFallsBackToTheGivenDefault() {
        assertThat(messages.getMessage("no.such.key", null, "no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
