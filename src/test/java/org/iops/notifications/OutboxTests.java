package org.iops.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
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
        assertThat(mail.subject()).isEqualTo("Confirme ton adresse e-mail");
        assertThat(lines(mail.text())).contains("Bonjour Zoé,\n\nBienvenue !", "Confirmer mon adresse:\nhttp://localhost:8080/verify/abc",
                "cette adresse a été saisie");
        assertThat(mail.html()).containsPattern("<p>\\s*Bonjour Zoé,\\s*</p>")
                .contains("href=\"http://localhost:8080/verify/abc\"", "lang=\"fr\"");
        assertThat(output.getAll()).contains("Email written to " + mail.file().toAbsolutePath().normalize()
                .toString().substring(0, 20));
    }

    @Test
    void aMembersEmailGoesToTheirAddressInTheLanguageTheyChoseWithTheirSettingsInTheFooter() throws Exception {
        String to = newEmail("member");
        UUID member = verifiedMember(to, "Inés", "ES", "Sevilla");
        db.sql("UPDATE member SET language = 'es' WHERE id = ?").param(member).update();

        notifications.notify(member, "members.mail.roleEnded", "http://localhost:8080/units/x",
                Parameter.recipientName(), Parameter.message("units.role.ADMIN"), Parameter.text("Sevilla"));

        Outbox.Mail mail = Outbox.latest(to, 2);
        assertThat(mail.subject()).isEqualTo("Tu función Administrador de Sevilla ha terminado");
        assertThat(lines(mail.text())).contains("Hola, Inés:\n\nUn administrador", "Abrir la página de Sevilla:\n",
                "Tus ajustes, y el idioma de estos correos: http://localhost:8080/me");
        assertThat(mail.html()).contains("lang=\"es\"", "Abrir la página de Sevilla</a>");
    }

    @Test
    void aMemberGoneBeforeTheirEmailLeavesGetsNothing() throws Exception {
        String to = newEmail("gone");
        UUID member = verifiedMember(to, "Gone", "ES", "Cádiz");
        transactions.executeWithoutResult(status -> {
            notifications.notify(member, "members.mail.roleEnded", null, Parameter.recipientName(),
                    Parameter.message("units.role.ADMIN"), Parameter.text("Cádiz"));
            db.sql("UPDATE member SET deleted_at = now() WHERE id = ?").param(member).update();
        });
        assertThat(Outbox.settledCount(to)).as("only the confirmation email").isOne();
        assertThat(db.sql("SELECT last_error FROM notification WHERE member_id = ? AND given_up_at IS NOT NULL")
                .param(member).query(String.class).single()).isEqualTo("the member is gone");
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
        assertThat(Outbox.latest(to, 1).subject()).isEqualTo("Jemand wollte mit deiner Adresse beitreten");
    }

    /** The text with the line breaks MIME sends ({@code \r\n}) as in the message key ({@code \n}). */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }
}
