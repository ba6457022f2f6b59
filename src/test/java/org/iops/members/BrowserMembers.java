package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.UUID;
import org.iops.members.account.Accounts;
import org.iops.units.Residence;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Confirmed members for browser tests, made without the join form, and logging them in through the login form. */
public final class BrowserMembers {

    private BrowserMembers() {
    }

    /** A confirmed member with this display name; returns their (unique) email address. */
    public static String confirmed(Accounts accounts, JdbcClient db, String name, String country, String town,
            @org.jspecify.annotations.Nullable String bio, String password, Locale language) {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.join(new Accounts.JoinRequest(email, password, name, null, bio, new Residence(country, town, null),
                language));
        // confirmed as the emailed link confirms it: that is also when the member is placed
        accounts.verify(Outbox.latest(email, 1).link("/verify/").substring("/verify/".length()));
        return email;
    }

    public static void logIn(Page target, String email, String password) {
        target.navigate("/login");
        target.getByLabel("Email address").fill(email);
        target.getByLabel("Password").fill(password);
        target.locator("main form button[type=submit]").click();
        target.waitForURL("**/me");
        assertThat(target.url()).endsWith("/me");
    }
}
