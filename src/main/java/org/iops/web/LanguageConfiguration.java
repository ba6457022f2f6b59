package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: chosen from the browser's Accept-Language among the shipped languages, switchable
 * with {@code ?lang=xx}, remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    private static final String BUNDLES = "classpath*:messages/*.properties";

    /**
     * The message source, formatting with ICU. Every module brings its own bundle, {@code messages/<module>.properties}
     * with its {@code _es}, {@code _fr}, {@code _de} translations: each base file found on the classpath is a bundle,
     * so a new module's messages need no list to be edited. {@code spring.messages.basename} may name more.
     */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename:}") String[] extraBasenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding) throws IOException {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(basenames(extraBasenames).toArray(String[]::new));
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** {@code messages/web}, {@code messages/members}, ...: one per base file, in name order, then the extra ones. */
    static Set<String> basenames(String... extra) throws IOException {
        Set<String> basenames = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
            String file = bundle.getFilename();
            if (file != null && !file.contains("_")) {
                basenames.add("messages/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        Set<String> all = new LinkedHashSet<>(basenames);
        Arrays.stream(extra).map(String::strip).filter(name -> !name.isEmpty()).forEach(all::add);
        return all;
    }

    @Bean
    LocaleResolver localeResolver(SiteCookies cookies) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("iops_lang") {
            @Override
            public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                    Locale locale) {
                super.setLocale(request, response, locale != null && Language.isShipped(locale)
                        ? new Locale(locale.getLanguage()) : null);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(cookies.https());
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String code = range.getRange().split("-")[0];
                    Locale candidate = new Locale(code);
                    if (Language.isShipped(candidate)) {
                        return candidate;
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                // fall through to English
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
