package org.iops.members.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Length limits and the breached-password list, with no composition rules. */
class PasswordRulesTests {

    private static final PasswordRules rules = new PasswordRules();

    @Test
    void shipsAListOfAtLeastTenThousandCommonPasswords() {
        assertThat(rules.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(rules.problem("")).contains("members.password.required");
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(rules.problem("short pass!")).contains("members.password.tooShort");
    }

    @Test
    void acceptsExactlyTwelveAndExactly128Characters() {
        assertThat(rules.problem("vx7 orbit kq")).isEmpty();
        assertThat(rules.problem("a".repeat(60) + "b".repeat(68))).isEmpty();
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(rules.problem("x".repeat(129))).contains("members.password.tooLong");
    }

    @Test
    void countsCharactersNotBytes() {
        // twelve characters outside the basic plane are twenty-four Java chars
        assertThat(rules.problem("😀".repeat(12))).isEmpty();
        assertThat(rules.problem("😀".repeat(11))).contains("members.password.tooShort");
    }

    @Test
    void needsNoDigitsCapitalsOrSymbols() {
        assertThat(rules.problem("lantern orchard velvet")).isEmpty();
    }

    @Test
    void refusesABreachedPasswordWhateverItsCase() {
        assertThat(rules.problem("qwertyuiop123")).contains("members.password.breached");
        assertThat(rules.problem("QwertyUIOP123")).contains("members.password.breached");
        assertThat(rules.problem("1q2w3e4r5t6y")).contains("members.password.breached");
    }

    @Test
    void refusesAPasswordOfOnlySpaces() {
        assertThat(rules.problem(" ".repeat(12))).contains("members.password.onlySpaces");
        assertThat(rules.problem("\t \u00a0\u2003".repeat(4))).contains("members.password.onlySpaces");
    }

    @Test
    void judgesThePasswordAsItIsStoredNotAsItWasPadded() {
        assertThat(rules.problem("  password1234")).contains("members.password.breached");
        assertThat(rules.problem("password1234   ")).contains("members.password.breached");
        assertThat(rules.problem("   short pass   ")).as("spaces do not make it longer")
                .contains("members.password.tooShort");
    }

    @Test
    void findsABreachedPasswordWrittenWithSpacesFullWidthOrAnotherCase() {
        assertThat(rules.problem("password 1234")).contains("members.password.breached");
        assertThat(rules.problem("ｐａｓｓｗｏｒｄ１２３４")).contains("members.password.breached");
        assertThat(rules.problem("PASSWORD1234")).contains("members.password.breached");
    }
}
