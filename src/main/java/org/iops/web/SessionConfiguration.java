package org.iops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (Spring Session JDBC, configured by Spring Boot) so that any node serves any
 * request. Two changes keep a signed-in page view to one read of the session row and no write, and the sign-in
 * stored in it is deserialized once, not on every page ({@link SessionAttributeReader}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Wraps Boot's repository in {@link QuietSessions}, so that a request that changed nothing but the time does not
     * write the row ({@code iops.session.touch-after}, default 60 s). Declaring a repository bean instead would turn
     * Boot's session configuration off, filter included.
     */
    @Bean
    static BeanPostProcessor quietSessions(Environment environment) {
        Duration touchAfter = environment.getProperty("iops.session.touch-after", Duration.class, Duration.ofSeconds(60));
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository stored) {
                    stored.setConversionService(SessionAttributeReader.conversions(SessionConfiguration.class.getClassLoader()));
                    return new QuietSessions<>((FindByIndexNameSessionRepository) stored, touchAfter);
                }
                return bean;
            }
        };
    }

    /**
     * Spring Session's filter, after saving the session (when the response is committed and again at the end),
     * asks whether the requested session id was valid and reads the session from the database again to answer.
     * Around that filter, each session is read once per request ({@link QuietSessions#duringOneRequest}).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadOnce() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                QuietSessions.duringOneRequest(() -> chain.doFilter(request, response));
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
