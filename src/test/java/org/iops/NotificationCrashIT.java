package org.iops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application is killed ({@code SIGKILL}) after a join committed its confirmation email and before
 * the email was sent: started again on the same data, it sends the email, once. The first run sends nothing at
 * all (no scheduler, no send after commit), so the kill always falls in that window.
 */
class NotificationCrashIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void anEmailCommittedBeforeAKillIsSentOnceAfterTheRestart() throws Exception {
        String email = "crash-" + System.nanoTime() + "@example.org";
        int smtpPort = ShutdownIT.freePort();
        Process first = start(dir.resolve("first.log"), smtpPort, "--db-scheduler.enabled=false",
                "--iops.notifications.send-on-commit=off");
        try {
            int port = awaitUp(first, dir.resolve("first.log"));
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            URI site = URI.create("http://localhost:" + port);
            String form = http.send(HttpRequest.newBuilder(site.resolve("/join")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            assertThat(csrf.find()).as("the join form has a CSRF token").isTrue();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", csrf.group(1));
            fields.put("email", email);
            fields.put("password", "correct horse battery");
            fields.put("displayName", "Crash");
            fields.put("country", "PT");
            fields.put("locality", "Porto");
            fields.put("privacyConsent", "true");
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(site.resolve("/join"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(joined.headers().firstValue("Location")).as("the join committed").hasValue("/join/sent");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to send
            first.waitFor(20, TimeUnit.SECONDS);
        }

        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Process second = start(dir.resolve("second.log"), smtpPort, "--iops.notifications.sweep-every=1s");
        try {
            awaitUp(second, dir.resolve("second.log"));
            await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessagesForDomain(email).length >= 1);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> smtp.getReceivedMessagesForDomain(email).length == 1);
            assertThat(smtp.getReceivedMessagesForDomain(email)[0].getSubject())
                    .isEqualTo("Confirm your email address");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
            smtp.stop();
        }
    }

    private Process start(Path log, int smtpPort, String... extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Stream<String> command = Stream.concat(Stream.of(java, "-jar", ShutdownIT.packagedJar().toString(),
                "--server.port=0",
                "--iops.data-dir=" + dir.resolve("data"), "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort), Stream.of(extra));
        return new ProcessBuilder(command.toList()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The port the application announced once it is up. */
    private static int awaitUp(Process app, Path log) {
        Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    assertThat(app.isAlive()).as("the application is running (see " + log + ")").isTrue();
                    Matcher m = started.matcher(Files.readString(log));
                    return m.find() && Files.readString(log).contains("Started IopsApplication")
                            ? Integer.parseInt(m.group(1)) : 0;
                }, port -> port > 0);
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
