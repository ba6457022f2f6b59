package org.iops.notifications.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.iops.notifications.Email;
import org.iops.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders an email and hands it to the post office after the surrounding transaction commits. A transaction
 * synchronization, not a published event, so that addresses and one-time links never land in the event log.
 */
@Service
class MailDispatcher implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final EmailRenderer renderer;
    private final PostOffice postOffice;
    // two workers: a slow SMTP server must not hold up pages, and mail is a trickle
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    MailDispatcher(EmailRenderer renderer, PostOffice postOffice) {
        this.renderer = renderer;
        this.postOffice = postOffice;
    }

    @Override
    public void send(Email email) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch(email);
                }
            });
        } else {
            dispatch(email);
        }
    }

    private void dispatch(Email email) {
        workers.execute(() -> {
            try {
                MimeMessage message = renderer.render(email, postOffice.newMessage());
                postOffice.deliver(message);
            } catch (MessagingException | RuntimeException failure) {
                log.error("Could not send the email {}", email.key(), failure);
            }
        });
    }

    @PreDestroy
    void finishSending() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
