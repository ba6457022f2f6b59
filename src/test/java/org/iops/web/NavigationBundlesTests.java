package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.units.Role;
import org.iops.units.UnitFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Each module names its own links in its own bundle: a link's label is a key of {@code messages/<module>.properties}
 * of the module that contributes the link, so adding or removing a module's links edits nothing in {@code web}'s
 * bundle (which holds only the layout's own words).
 */
@ApplicationTest
class NavigationBundlesTests {

    record Reader(UUID memberId, String displayName) implements CurrentMember {
    }

    @Autowired
    List<Navigation> navigation;
    @Autowired
    MessageSource messages;
    @Autowired
    UnitFixtures fixtures;

    @Test
    void everyLinkIsLabelledFromTheBundleOfTheModuleThatContributesIt() {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        fixtures.grant(member, Role.ADMIN, fixtures.chapterOf(member));
        List<String> keys = new ArrayList<>();
        for (Reader reader : new Reader[] {null, new Reader(member, "Ana")}) {
            PageContext page = new PageContext(messages, Locale.ENGLISH, "/", null, null, reader, path -> path);
            for (Navigation contribution : navigation) {
                String module = module(contribution);
                for (NavigationLink link : contribution.links(page)) {
                    keys.add(link.labelKey());
                    assertThat(link.labelKey()).as("a link of the %s module", module).startsWith(module + ".");
                    assertThat(bundle(module).getProperty(link.labelKey()))
                            .as("%s in messages/%s.properties", link.labelKey(), module).isNotBlank();
                }
            }
        }
        assertThat(keys).as("the links of a visitor's and of a role holder's page")
                .contains("pages.nav.about", "pages.nav.privacy", "units.nav.branches", "units.nav.roles");
        assertThat(bundle("web").stringPropertyNames()).as("web's own bundle")
                .noneMatch(key -> keys.contains(key));
    }

    /** The module a bean belongs to: the package below {@code org.iops}. */
    private static String module(Navigation contribution) {
        String name = AopUtils.getTargetClass(contribution).getPackageName();
        assertThat(name).startsWith("org.iops.");
        String below = name.substring("org.iops.".length());
        return below.contains(".") ? below.substring(0, below.indexOf('.')) : below;
    }

    private static Properties bundle(@Nullable String module) {
        Properties properties = new Properties();
        try (InputStream in = NavigationBundlesTests.class.getResourceAsStream("/messages/" + module + ".properties")) {
            assertThat(in).as("messages/%s.properties", module).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return properties;
    }
}
