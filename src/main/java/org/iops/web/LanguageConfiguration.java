package org.iops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    /** Spring Boot's message source, reading the same {@code spring.messages.*} settings, formatting with ICU. */
    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
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
