package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.iops.members.MembersIntegrationTest;
import org.iops.members.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server every email becomes one .eml file in the outbox, and the log says where. */
@ExtendWith(OutputCaptureExtension.class)
class OutboxTests extends MembersIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmailBecomesARealMimeFileInTheOutboxWithTextAndHtmlInTheRecipientsLanguage(CapturedOutput output) {
        String to = newEmail("outbox");
        notifications.sendToAddress(to, Locale.FRENCH, "members.mail.verify", "http://localhost:8080/verify/abc",
                Parameter.text("Zoé"));
        Outbox.Mail mail = Outbox.latest(to, 1);
        assertThat(mail.file()).startsWith(Outbox.DIR).hasExtension("eml");
        assertThat(mail.subject()).isEqualTo("Confirmez votre adresse e-mail");
        assertThat(mail.text()).contains("Bonjour Zoé", "http://localhost:8080/verify/abc");
        assertThat(mail.html()).containsPattern("<p>\\s*Bonjour Zoé,\\s*</p>")
                .contains("href=\"http://localhost:8080/verify/abc\"", "lang=\"fr\"");
        assertThat(output.getAll()).contains("Email written to " + mail.file().toAbsolutePath().normalize()
                .toString().substring(0, 20));
    }

    @Test
    void anEmailSentInARolledBackTransactionIsNeverSent() {
        String to = newEmail("rolled-back");
        transactions.executeWithoutResult(status -> {
            notifications.sendToAddress(to, Locale.ENGLISH, "members.mail.joinAgain", "http://localhost:8080/x");
            status.setRollbackOnly();
        });
        assertThat(Outbox.settledCount(to)).isZero();
    }

    @Test
    void anEmailSentInACommittedTransactionLeavesAfterTheCommit() {
        String to = newEmail("committed");
        transactions.executeWithoutResult(status -> {
            notifications.sendToAddress(to, Locale.GERMAN, "members.mail.joinAgain", "http://localhost:8080/x");
            assertThat(Outbox.settledCount(to)).as("nothing leaves before the commit").isZero();
        });
        assertThat(Outbox.latest(to, 1).subject()).isEqualTo("Jemand wollte mit Ihrer Adresse beitreten");
    }
}
