package org.iops.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.iops.IopsApplication;
import org.iops.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one context of the tests that deliver over real SMTP ({@link MailOutageTests}, {@link SmtpDeliveryTests}):
 * the application sends to GreenMail on a free port picked before the context starts (a fixed one could collide with
 * another test run on the same machine), sweeps its outbox every 200 ms, and takes its time from the movable
 * {@link TestClock}. A subclass adds no configuration of its own, so both classes share one context and one database;
 * each starts and stops its own GreenMail on {@link #SMTP_PORT}.
 */
@SpringBootTest(classes = IopsApplication.class, properties = {"spring.mail.host=localhost",
        "iops.notifications.sweep-every=200ms", "db-scheduler.polling-interval=100ms"})
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
public abstract class SmtpContextTest {

    protected static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    protected static ServerSetup smtpSetup() {
        return new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP);
    }

    protected static GreenMail startSmtp() {
        GreenMail server = new GreenMail(smtpSetup());
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
