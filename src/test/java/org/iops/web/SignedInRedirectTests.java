package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, only a path of this site is followed; any address that a browser would take elsewhere is /me. */
class SignedInRedirectTests {

    @Test
    void keepsThePathAndQueryOfAPageOfThisSite() {
        assertThat(SignedInRedirect.pathOnThisSite("https://evil.example/units/1/admin?x=1&continue"))
                .isEqualTo("/units/1/admin?x=1&continue");
        assertThat(SignedInRedirect.pathOnThisSite("http://localhost:8080/me/export")).isEqualTo("/me/export");
        assertThat(SignedInRedirect.pathOnThisSite(null)).isEqualTo("/me");
    }

    @Test
    void neverSendsTheMemberToAnotherSite() {
        for (String elsewhere : new String[] {"//evil.example", "https://site//evil.example/x", "/\\evil.example",
                "https://site/\\evil.example", "https://site/%5Cevil.example", "https:evil.example",
                "evil.example/me", "javascript:alert(1)", "https://site/a b", ""}) {
            assertThat(SignedInRedirect.pathOnThisSite(elsewhere)).as(elsewhere).isEqualTo("/me");
        }
    }
}
