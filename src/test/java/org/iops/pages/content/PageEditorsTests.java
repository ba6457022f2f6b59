package org.iops.pages.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.iops.pages.PagesIntegrationTest.TestMember;
import org.iops.shared.ForbiddenException;
import org.iops.units.Permissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Deny by default: without a signed-in international admin, or without the units module, nobody edits. */
class PageEditorsTests {

    private final TestMember member = new TestMember(UUID.randomUUID(), "Ines");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodyEditsWhenThePermissionsAreNotInstalled() {
        signIn();
        PageEditors editors = new PageEditors(new StaticListableBeanFactory().getBeanProvider(Permissions.class));
        assertThatThrownBy(editors::require).isInstanceOf(ForbiddenException.class);
        assertThat(editors.signedInMemberMayEdit()).isFalse();
    }

    @Test
    void visitorsNeverEdit() {
        PageEditors editors = editorsWhereEveryoneIsAdmin();
        assertThatThrownBy(editors::require).isInstanceOf(ForbiddenException.class);
        assertThat(editors.signedInMemberMayEdit()).isFalse();
    }

    @Test
    void anInternationalAdminEdits() {
        signIn();
        assertThat(editorsWhereEveryoneIsAdmin().require()).isEqualTo(member);
    }

    private void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(member, null, List.of()));
    }

    private static PageEditors editorsWhereEveryoneIsAdmin() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("permissions", org.mockito.Mockito.mock(Permissions.class,
                call -> call.getMethod().getReturnType() == boolean.class ? Boolean.TRUE : null));
        return new PageEditors(beans.getBeanProvider(Permissions.class));
    }
}
