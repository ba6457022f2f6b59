package org.iops.members.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iops.shared.TooManyRequestsException;
import org.iops.web.RateLimiter;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits login attempts per IP address and per address typed, before Spring Security checks the password: a
 * limited attempt costs no password hashing, and the answer is a 429 page.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    LoginRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        try {
            limiter.consume(Limits.LOGIN_PER_IP, request.getRemoteAddr());
            if (email != null && !email.isBlank()) {
                limiter.consume(Limits.LOGIN_PER_ACCOUNT, MemberRepository.normalizeEmail(email));
            }
        } catch (TooManyRequestsException tooMany) {
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<LoginRateLimitFilter> loginRateLimitFilter(RateLimiter limiter) {
            FilterRegistrationBean<LoginRateLimitFilter> registration =
                    new FilterRegistrationBean<>(new LoginRateLimitFilter(limiter));
            registration.addUrlPatterns("/login");
            // before Spring Security's filter chain
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
            return registration;
        }
    }
}
