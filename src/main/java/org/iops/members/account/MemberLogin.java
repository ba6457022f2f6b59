package org.iops.members.account;

import org.iops.shared.MalformedIdException;
import org.iops.shared.MemberId;
import org.iops.web.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How members sign in: by address and password at the login form (never by member id, which is public), by member
 * id when a remember-me cookie or a one-time sign-in link brings them back. Whether the address is verified is told only after the password was right, so the login form never
 * reveals whether an address is registered.
 */
@Configuration(proxyBeanMethods = false)
class MemberLogin {

    @Bean
    UserDetailsService memberDetails(MemberRepository members) {
        return username -> {
            var member = MalformedIdException.wellFormed(username)
                    ? members.findById(MemberId.parse(username).value())
                    : members.findByEmail(username);
            return member.map(m -> new SignedInMember(m.id(), m.displayName(), m.verified(), m.suspended(), m.passwordHash()))
                    .orElseThrow(() -> new UsernameNotFoundException("No such member"));
        };
    }

    /** The login form's check: only email addresses, rate-limited where the password is checked. */
    @Bean
    AuthenticationProvider memberAuthentication(UserDetailsService memberDetails, PasswordEncoder passwords,
            MemberRepository members, RateLimiter limiter, SignInLinks signInLinks) {
        return new LimitedLogin(passwordCheck(memberDetails, passwords), members, limiter, signInLinks);
    }

    @Bean
    AuthenticationFailureHandler loginFailures() {
        return new LoginFailures();
    }

    private static AuthenticationProvider passwordCheck(UserDetailsService memberDetails, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(memberDetails);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("The address is not verified yet");
            }
            if (!user.isAccountNonLocked()) {
                throw new LockedException("The member is suspended");
            }
        });
        return provider;
    }
}
