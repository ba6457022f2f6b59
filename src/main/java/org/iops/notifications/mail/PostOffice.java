package org.iops.notifications.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where mail goes: the SMTP server when {@code spring.mail.host} is set, otherwise one {@code .eml} file per
 * message in {@code <data dir>/outbox/}, which any mail program opens.
 */
@Component
class PostOffice {

    private static final Logger log = LoggerFactory.getLogger(PostOffice.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final @Nullable JavaMailSender smtp;
    private final Path outbox;
    private final Session localSession = Session.getInstance(new Properties());

    PostOffice(ObjectProvider<JavaMailSender> smtp, @Value("${spring.mail.host:}") String host,
            @Value("${iops.data-dir:./data}") Path dataDir) {
        this.smtp = host.isBlank() ? null : smtp.getIfAvailable();
        this.outbox = dataDir.resolve("outbox").toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellWhereMailGoes() {
        if (smtp == null) {
            log.info("No SMTP server configured (SPRING_MAIL_HOST): outgoing emails are written as .eml files to {}",
                    outbox);
        } else {
            log.info("Outgoing emails are sent through the SMTP server configured in spring.mail.host");
        }
    }

    MimeMessage newMessage() {
        return smtp != null ? smtp.createMimeMessage() : new MimeMessage(localSession);
    }

    Path outbox() {
        return outbox;
    }

    void deliver(MimeMessage message) throws MessagingException {
        if (smtp != null) {
            smtp.send(message);
            return;
        }
        try {
            Files.createDirectories(outbox);
            message.saveChanges();
            Path file = outbox.resolve(FILE_TIME.format(Instant.now()) + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            // written aside and moved in whole, so that a reader of the outbox never sees half a message
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.info("Email written to {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
