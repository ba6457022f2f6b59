package org.iops.web;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Registers the visitor page cache right after Spring Security, so that cached pages get the security headers. */
@Configuration(proxyBeanMethods = false)
class VisitorPageCacheConfiguration {

    @Bean
    FilterRegistrationBean<VisitorPageCache> visitorPageCache(LocaleResolver localeResolver,
            @Value("${iops.visitor-page-cache.time-to-live:5s}") Duration timeToLive,
            @Value("${iops.visitor-page-cache.max-entries:5000}") long maxEntries) {
        FilterRegistrationBean<VisitorPageCache> registration = new FilterRegistrationBean<>(
                new VisitorPageCache(localeResolver, timeToLive, maxEntries, Ticker.systemTicker()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
