package org.iops.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;
import org.iops.ApplicationTest;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.Permissions;
import org.iops.units.TestMembers;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitFixtures;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages module's tests, in the context every module's MockMvc tests share ({@link ApplicationTest}), with the
 * real members and units modules: {@link #ADMIN} is a real member holding the international admin role, and
 * {@link #MEMBER} a real member holding none.
 */
@ApplicationTest
public abstract class PagesIntegrationTest {

    /** A record of the signed-in member, as the accounts module's principal would present it. */
    public record TestMember(UUID memberId, String displayName) implements CurrentMember {
    }

    public static final TestMember ADMIN = new TestMember(UUID.randomUUID(), "Amina Okafor");
    public static final TestMember MEMBER = new TestMember(UUID.randomUUID(), "Lucas Ferreira");

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MemberStatistics memberStatistics;

    @Autowired
    protected UnitDirectory unitDirectory;

    @Autowired
    protected Permissions permissions;

    @Autowired
    protected MemberCards memberCards;

    @Autowired
    protected TestMembers members;

    @Autowired
    protected UnitFixtures fixtures;

    @BeforeEach
    void theAdminAndTheMemberAreRealMembers() {
        members.add(ADMIN.memberId(), ADMIN.displayName(), false);
        members.add(MEMBER.memberId(), MEMBER.displayName(), false);
        // again before each test: a test of the setup link starts from a database without international admin
        fixtures.makeInternationalAdmin(ADMIN.memberId());
    }

    protected static RequestPostProcessor signedInAs(TestMember member) {
        return authentication(new UsernamePasswordAuthenticationToken(member, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }
}
