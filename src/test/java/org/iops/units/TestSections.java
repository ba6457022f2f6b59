package org.iops.units;

import gg.jte.Content;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two sections as another module would contribute them, on chapters whose name starts with {@link #PREFIX} only (so
 * no other test's page changes): one for everyone who may see the chapter, one for its members only.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSections {

    public static final String PREFIX = "Sectioned";

    @Bean
    UnitSection everyoneSection() {
        return section("test-everyone", 50, false);
    }

    @Bean
    UnitSection membersOnlySection() {
        return section("test-members", 20, true);
    }

    private static UnitSection section(String id, int order, boolean membersOnly) {
        return new UnitSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesTo(UnitSectionContext context) {
                return context.unit().level() == UnitLevel.CHAPTER && context.unit().name().startsWith(PREFIX)
                        && (!membersOnly || context.readerBelongs());
            }

            @Override
            public Content render(UnitSectionContext context) {
                return output -> output.writeContent("<section><h2>" + id + "</h2><p>" + id + "-body for "
                        + context.unit().name() + "</p></section>");
            }
        };
    }
}
