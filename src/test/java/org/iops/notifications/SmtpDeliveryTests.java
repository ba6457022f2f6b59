package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** With an SMTP server configured, the join's verification email arrives there and its link verifies. */
class SmtpDeliveryTests extends SmtpContextTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(smtpSetup());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient db;

    @Test
    void theVerificationEmailArrivesOverSmtpAndItsLinkVerifiesTheAddress() throws Exception {
        String email = "smtp-" + System.nanoTime() + "@example.org";
        mvc.perform(post("/join").with(csrf()).header("Accept-Language", "de")
                .param("email", email).param("password", "correct horse battery").param("displayName", "Smtp")
                .param("country", "CH").param("locality", "Basel").param("privacyConsent", "true"));

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = greenMail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getSubject()).isEqualTo("Bestätige deine E-Mail-Adresse");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        Outbox.collect(message, text, html);
        assertThat(html.toString()).contains("<html lang=\"de\"");
        Matcher link = Pattern.compile("http://localhost:\\d+(/verify/[A-Za-z0-9_-]{43})").matcher(text);
        assertThat(link.find()).isTrue();

        mvc.perform(post(link.group(1)).with(csrf()));
        assertThat(db.sql("SELECT count(*) FROM member WHERE email = ? AND email_verified_at IS NOT NULL")
                .param(email).query(Long.class).single()).isOne();
        assertThat(Outbox.to(email)).as("nothing went to the outbox").isEmpty();
    }
}
