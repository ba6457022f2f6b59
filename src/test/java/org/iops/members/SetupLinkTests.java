package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.iops.units.Permissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The one-time setup link printed in the log, and claiming the first international admin role with it. */
@ExtendWith(OutputCaptureExtension.class)
class SetupLinkTests extends MembersIntegrationTest {

    private static final String INTERNATIONAL = "00000000-0000-0000-0000-000000000001";

    @Autowired
    Permissions permissions;

    @Autowired
    ApplicationContext context;

    @Test
    void aFreshDatabasePrintsALinkThatAVerifiedMemberCanClaimOnce(CapturedOutput output) throws Exception {
        // start from a database without international admin, whatever other tests did
        db.sql("DELETE FROM unit_roles WHERE unit_id = ?::uuid").param(INTERNATIONAL).update();
        context.publishEvent(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(),
                new String[0], (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));
        var matcher = java.util.regex.Pattern.compile("http://localhost:8080(/setup/[A-Za-z0-9_-]{43})")
                .matcher(output.getAll());
        assertThat(matcher.find()).as("setup link in the log").isTrue();
        String link = matcher.group(1);
        String token = link.substring("/setup/".length());
        assertThat(count("SELECT count(*) FROM setup_link WHERE token_hash = ?",
                (Object) java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))).isOne();

        String visitorPage = perform(get(link)).getContentAsString();
        assertThat(visitorPage).contains("Log in with a confirmed member account first");
        assertThat(perform(post(link).with(csrf())).getContentAsString())
                .contains("Log in with a confirmed member account first");
        assertThat(permissions.internationalHasAdmin()).as("a visitor claims nothing").isFalse();

        String email = newEmail("founder");
        UUID founder = verifiedMember(email, "Founder", "ZA", "Durban");
        Cookie session = login(email, PASSWORD);
        assertThat(perform(get(link).cookie(session)).getContentAsString()).contains("Make Founder the first");
        assertThat(perform(post(link).with(csrf()).cookie(session)).getRedirectedUrl()).isEqualTo("/me");
        assertThat(permissions.isInternationalAdmin(founder)).isTrue();

        String otherEmail = newEmail("latecomer");
        UUID latecomer = verifiedMember(otherEmail, "Latecomer", "ZA", "Durban");
        var second = perform(post(link).with(csrf()).cookie(login(otherEmail, PASSWORD)));
        assertThat(second.getStatus()).isEqualTo(410);
        assertThat(permissions.isInternationalAdmin(latecomer)).isFalse();
        assertThat(perform(get("/setup/" + "A".repeat(43))).getStatus()).isEqualTo(410);
    }

    @Test
    void aMadeUpLinkIsRefused() throws Exception {
        db.sql("DELETE FROM unit_roles WHERE unit_id = ?::uuid").param(INTERNATIONAL).update();
        assertThat(perform(get("/setup/" + "B".repeat(43))).getStatus()).isEqualTo(400);
    }
}
