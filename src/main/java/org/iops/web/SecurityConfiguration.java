package org.iops.web;

import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.iops.shared.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL. Deny by default: each module declares its endpoints ({@link RequestRules}), public or for
 * members, and everything nobody declared is refused; the services check each member's roles on top of that.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * Nobody collects Spring Security's own spans ({@code management.observations.enable.spring.security=false}), but
     * while an observation registry exists it still wraps each of its filters, and the authorization manager, in an
     * observing decorator on every request: without observations the chain runs its filters directly.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, UserDetailsService members, PersistentTokenRepository tokens,
            List<HandlerMapping> handlerMappings, AuthenticationFailureHandler loginFailures, SiteCookies cookies,
            FindByIndexNameSessionRepository<? extends Session> sessions, List<RequestRules> modules)
            throws Exception {
        String rememberMeKey = randomKey();
        StolenRememberMeCookies.Services rememberMe = new StolenRememberMeCookies.Services(rememberMeKey, members,
                tokens, sessions);
        rememberMe.setParameter("remember");
        rememberMe.setCookieName(cookies.rememberMe());
        rememberMe.setTokenValiditySeconds(60 * 60 * 24 * 30);
        if (cookies.https()) {
            rememberMe.setUseSecureCookie(true); // otherwise Secure follows the request
        }
        RequestCache savedRequests = noNewSessions();
        http.authorizeHttpRequests(auth -> {
                    auth
                        // a forward is the application's own doing (a limited login shows its form again)
                        .dispatcherTypeMatchers(DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/error", "/error/**").permitAll();
                    modules.stream().flatMap(module -> module.rules().stream()).forEach(rule -> apply(auth, rule));
                    // an endpoint nobody declared is refused; an address no controller maps leads to the 404 page
                    auth.anyRequest().access((authentication, context) -> new AuthorizationDecision(
                            !SignInOrNotFoundEntryPoint.hasController(handlerMappings, context.getRequest())));
                })
                .csrf(csrf -> modules.stream().flatMap(module -> module.withoutCsrf().stream())
                        .forEach(pattern -> csrf.ignoringRequestMatchers(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern))))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(new SignedInRedirect(savedRequests))
                        .failureHandler(loginFailures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
                .addFilterBefore(new StolenRememberMeCookies(), RememberMeAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")))
                // a visitor sent to the login page gets no session: a row per anonymous request would pile up
                .requestCache(cache -> cache.requestCache(savedRequests))
                .exceptionHandling(errors -> errors.accessDeniedPage("/error/403")
                        .authenticationEntryPoint(new SignInOrNotFoundEntryPoint(handlerMappings)));
        return http.build();
    }

    /** One declared endpoint; a page anyone may GET may also be asked for its headers only (HEAD). */
    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            RequestRule rule) {
        List<HttpMethod> methods = rule.method() == null ? List.of()
                : rule.method() == HttpMethod.GET ? List.of(HttpMethod.GET, HttpMethod.HEAD) : List.of(rule.method());
        List<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl> urls = methods.isEmpty()
                ? List.of(auth.requestMatchers(rule.pattern()))
                : methods.stream().map(method -> auth.requestMatchers(method, rule.pattern())).toList();
        for (var url : urls) {
            switch (rule.access()) {
                case ANYONE -> url.permitAll();
                case MEMBERS -> url.authenticated();
                case OPERATORS -> url.hasRole("OPERATOR");
            }
        }
    }

    /** The session cookie: {@code __Host-SESSION} and Secure when the site is served over HTTPS. */
    @Bean
    CookieSerializer sessionCookie(SiteCookies cookies) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(cookies.session());
        cookie.setCookiePath("/");
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        if (cookies.https()) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }

    /**
     * Argon2id, of the normalized password ({@link Text#password}): "  correct  horse " is "correct horse". A hash
     * made before normalization still matches the password exactly as it was typed then. The cost of a new hash is
     * {@code iops.passwords.argon2.memory-kib} (16 MiB) and {@code iops.passwords.argon2.iterations} (2), Spring
     * Security's defaults; a hash is checked with the cost it was made with, so changing them never locks anyone
     * out. The tests make cheaper hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${iops.passwords.argon2.memory-kib:16384}") int memoryKib,
            @org.springframework.beans.factory.annotation.Value("${iops.passwords.argon2.iterations:2}") int iterations) {
        PasswordEncoder argon2 = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations)));
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return argon2.encode(Text.password(raw.toString()));
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                String normalized = Text.password(raw.toString());
                return argon2.matches(normalized, encoded)
                        || !normalized.contentEquals(raw) && argon2.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return argon2.upgradeEncoding(encoded);
            }
        };
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }

    private static RequestCache noNewSessions() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setCreateSessionAllowed(false);
        return cache;
    }

    /** Persistent remember-me tokens live in the database; the key only signs this node's own tokens. */
    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
