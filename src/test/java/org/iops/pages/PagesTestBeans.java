package org.iops.pages;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.iops.members.MemberStatistics;
import org.iops.units.MemberCards;
import org.iops.units.OrganizationFigures;
import org.iops.units.Permissions;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test beans for what the pages module reads from the members and units modules: the figures, who is an
 * international admin, and member cards. They are primary rather than replacements, so the real implementations
 * stay in the context (other beans of those modules need them by their own type) while the pages module sees
 * exactly the figures and admins each test sets. Call {@link #standIn} before each test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PagesTestBeans {

    public static final long MEMBERS = 20_417;
    public static final OrganizationFigures ORGANIZATION = new OrganizationFigures(MEMBERS, 41, 312, 125, 0, 187);

    @Bean
    @Primary
    MemberStatistics pagesTestMemberStatistics() {
        return mock(MemberStatistics.class);
    }

    @Bean
    @Primary
    UnitDirectory pagesTestUnitDirectory() {
        return mock(UnitDirectory.class);
    }

    @Bean
    @Primary
    Permissions pagesTestPermissions() {
        return mock(Permissions.class);
    }

    @Bean
    @Primary
    MemberCards pagesTestMemberCards() {
        return mock(MemberCards.class);
    }

    /** Forgets what the previous test recorded and sets the figures and the one international admin. */
    public static void standIn(MemberStatistics members, UnitDirectory units, Permissions permissions,
            MemberCards cards, UUID internationalAdmin) {
        reset(members, units, permissions, cards);
        when(members.verifiedMembers()).thenReturn(MEMBERS);
        when(units.figures()).thenReturn(ORGANIZATION);
        when(permissions.isInternationalAdmin(any())).thenAnswer(call -> internationalAdmin.equals(call.getArgument(0)));
        // the pages module asks for its own action, pages.edit, in the international
        when(permissions.may(any(), any(), any())).thenAnswer(call -> internationalAdmin.equals(call.getArgument(0))
                && UnitId.INTERNATIONAL.equals(call.getArgument(2)));
    }
}
