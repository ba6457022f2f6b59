package org.iops.pages.home;

import org.iops.pages.HomeFeature;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the foundation itself does today: joining where you live, starting a chapter, roles with a term and a
 * record, privacy on your own terms. Proposals, votes and the rest come with their modules, which add their own.
 */
@Configuration(proxyBeanMethods = false)
class BuiltInHomeFeatures {

    @Bean
    HomeFeature joinWhereYouLive() {
        return new HomeFeature(10, "pages.home.how.join.title", "pages.home.how.join.text");
    }

    @Bean
    HomeFeature startAChapter() {
        return new HomeFeature(20, "pages.home.how.chapter.title", "pages.home.how.chapter.text");
    }

    @Bean
    HomeFeature rolesWithATerm() {
        return new HomeFeature(30, "pages.home.how.roles.title", "pages.home.how.roles.text");
    }

    @Bean
    HomeFeature privacyOnYourTerms() {
        return new HomeFeature(40, "pages.home.how.privacy.title", "pages.home.how.privacy.text");
    }
}
