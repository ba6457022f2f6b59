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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL. Deny by default: only the public pages and the account forms are open; everything
 * else needs a signed-in member, and the services check each member's roles on top of that.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    /** Pages anyone may read; what they show depends on who reads them. */
    private static final String[] PUBLIC_PAGES = {"/", "/join", "/join/**", "/login", "/login/link/**", "/verify/**", "/password/**",
        "/pages/**", "/branches", "/branches/**", "/chapters/**", "/units/**", "/members/**", "/setup/**",
        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/error",
        "/actuator/health", "/actuator/health/**"};

    /** Forms anyone may send. */
    private static final String[] PUBLIC_FORMS = {"/join", "/login", "/login/link/**", "/verify/**", "/password/**", "/setup/**"};

    @Bean
    SecurityFilterChain web(HttpSecurity http, UserDetailsService members, PersistentTokenRepository tokens,
            List<HandlerMapping> handlerMappings, AuthenticationFailureHandler loginFailures, SiteCookies cookies,
            FindByIndexNameSessionRepository<? extends Session> sessions)
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
        http.authorizeHttpRequests(auth -> auth
                        // a forward is the application's own doing (a limited login shows its form again)
                        .dispatcherTypeMatchers(DispatcherType.FORWARD).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_FORMS).permitAll()
                        .requestMatchers("/error", "/error/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/me", false)
                        .failureHandler(loginFailures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
                .addFilterBefore(new StolenRememberMeCookies(), RememberMeAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")))
                // a visitor sent to the login page gets no session: a row per anonymous request would pile up
                .requestCache(cache -> cache.requestCache(noNewSessions()))
                .exceptionHandling(errors -> errors.accessDeniedPage("/error/403")
                        .authenticationEntryPoint(new SignInOrNotFoundEntryPoint(handlerMappings)));
        return http.build();
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
     * made before normalization still matches the password exactly as it was typed then.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
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
