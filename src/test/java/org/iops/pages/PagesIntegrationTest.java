package org.iops.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;
import org.iops.IopsApplication;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the pages module's tests. The figures and permissions come from the members and
 * units modules; primary test beans ({@link PagesTestBeans}) stand in for them, so these tests say exactly who is
 * an international admin and what the figures are.
 */
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
@Import(PagesTestBeans.class)
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

    @BeforeEach
    void standInForTheMembersAndUnitsModules() {
        PagesTestBeans.standIn(memberStatistics, unitDirectory, permissions, memberCards, ADMIN.memberId());
    }

    protected static RequestPostProcessor signedInAs(TestMember member) {
        return authentication(new UsernamePasswordAuthenticationToken(member, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }
}
