package org.iops.pages;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;
import org.iops.IopsApplication;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.OrganizationFigures;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.web.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for the pages module's tests. The figures and permissions come from the members and
 * units modules; test beans stand in for them here (and replace them once those modules are installed), so these
 * tests say exactly who is an international admin and what the figures are.
 */
@SpringBootTest(classes = IopsApplication.class)
@AutoConfigureMockMvc
public abstract class PagesIntegrationTest {

    /** A record of the signed-in member, as the accounts module's principal would present it. */
    public record TestMember(UUID memberId, String displayName) implements CurrentMember {
    }

    public static final TestMember ADMIN = new TestMember(UUID.randomUUID(), "Amina Okafor");
    public static final TestMember MEMBER = new TestMember(UUID.randomUUID(), "Lucas Ferreira");

    public static final OrganizationFigures ORGANIZATION = new OrganizationFigures(41, 312, 187, 125);
    public static final long MEMBERS = 20_417;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @MockitoBean
    protected MemberStatistics memberStatistics;

    @MockitoBean
    protected UnitDirectory unitDirectory;

    @MockitoBean
    protected Permissions permissions;

    @MockitoBean
    protected MemberCards memberCards;

    @BeforeEach
    void standInForTheMembersAndUnitsModules() {
        when(memberStatistics.verifiedMembers()).thenReturn(MEMBERS);
        when(unitDirectory.figures()).thenReturn(ORGANIZATION);
        when(permissions.isInternationalAdmin(any())).thenAnswer(call -> ADMIN.memberId().equals(call.getArgument(0)));
    }

    protected static RequestPostProcessor signedInAs(TestMember member) {
        return authentication(new UsernamePasswordAuthenticationToken(member, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }
}
