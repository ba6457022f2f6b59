package org.iops.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Cookie;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.iops.units.Residence;
import org.iops.units.TestMembers;
import org.iops.units.tree.UnitDirectoryService;
import org.iops.web.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** The journeys' members: placed in a town, and signed in to a browser through a real session of the site. */
final class SignedInBrowsers {

    /** A signed-in member, kept in a real session as the accounts module's principal would be. */
    record Reader(UUID memberId, String displayName) implements CurrentMember, Serializable {
    }

    private final TestMembers members;
    private final UnitDirectoryService directory;
    private final JdbcClient db;
    private final SessionRepository<? extends Session> sessions;
    private final String baseUrl;

    SignedInBrowsers(TestMembers members, UnitDirectoryService directory, JdbcClient db,
            SessionRepository<? extends Session> sessions, String baseUrl) {
        this.members = members;
        this.directory = directory;
        this.db = db;
        this.sessions = sessions;
        this.baseUrl = baseUrl;
    }

    /** A new member living in {@code town} (Portugal). */
    UUID placed(String name, String town) {
        UUID member = members.add(name);
        directory.place(member, new Residence("PT", town, null));
        return member;
    }

    void signIn(BrowserContext browser, UUID member) {
        String name = db.sql("SELECT display_name FROM member WHERE id = ?").param(member).query(String.class).single();
        String id = signedInSession(sessions, new Reader(member, name));
        String cookie = Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        browser.addCookies(List.of(new Cookie("SESSION", cookie).setUrl(baseUrl)));
    }

    private static <S extends Session> String signedInSession(SessionRepository<S> repository, Reader reader) {
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new UsernamePasswordAuthenticationToken(reader, null,
                        List.of(new SimpleGrantedAuthority("ROLE_MEMBER")))));
        repository.save(session);
        return session.getId();
    }
}
