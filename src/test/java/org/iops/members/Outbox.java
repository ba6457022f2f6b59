package org.iops.members;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Reads the .eml files the application writes when no SMTP server is configured (test profile). */
public final class Outbox {

    public static final Path DIR = Path.of("target/test-data/outbox");
    // each file is looked at once: a message is moved into the outbox whole and never changes. Parsing every message
    // on every poll made each wait cost seconds once a few hundred had been sent, and reading every file's time on
    // every poll made each poll cost tens of milliseconds once a run had sent tens of thousands.
    private static final Set<String> SEEN = new HashSet<>();
    private static final Map<String, List<Mail>> BY_ADDRESS = new HashMap<>();
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[\\w/-]+)");

    /** One received message, decoded. */
    public record Mail(String to, String subject, String text, String html, Path file) {

        /** The path of the first link in the text that starts with {@code prefix}, e.g. "/verify/". */
        public String link(String prefix) {
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(prefix)) {
                    return matcher.group(1);
                }
            }
            throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
        }
    }

    private Outbox() {
    }

    /** Every message written so far to this address, oldest first (the file names begin with the time). */
    public static List<Mail> to(String address) {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        synchronized (BY_ADDRESS) {
            try (Stream<Path> files = Files.list(DIR)) {
                List<Path> fresh = files.filter(f -> SEEN.add(f.getFileName().toString()))
                        .filter(f -> f.toString().endsWith(".eml") && sentByThisRun(f)).sorted().toList();
                for (Path file : fresh) {
                    Mail mail = readOnce(file);
                    BY_ADDRESS.computeIfAbsent(mail.to().toLowerCase(Locale.ROOT), a -> new ArrayList<>()).add(mail);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            List<Mail> found = new ArrayList<>(BY_ADDRESS.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()));
            found.sort(Comparator.comparing(mail -> mail.file().getFileName().toString()));
            return found;
        }
    }

    // an upper bound only: a wait ends as soon as the mail is there, and a machine busy with other builds needs more
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Waits (mail leaves in the background) until the address has at least {@code count} messages. */
    public static List<Mail> await(String address, int count) {
        try {
            return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                    .until(() -> to(address), mails -> mails.size() >= count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Expected " + count + " emails to " + address + ", got " + to(address).size());
        }
    }

    /** The latest message to the address, waiting for the {@code count}-th. */
    public static Mail latest(String address, int count) {
        List<Mail> mails = await(address, count);
        return mails.get(mails.size() - 1);
    }

    /** How many messages the address has once the count has stayed the same for half a second. */
    public static int settledCount(String address) {
        int[] last = {to(address).size()};
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .during(Duration.ofMillis(500)).atMost(PATIENCE)
                .until(() -> {
                    int now = to(address).size();
                    boolean same = now == last[0];
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    // the outbox outlives a run (target/ is not cleaned between runs): earlier runs' messages are not read at all
    private static final long RUN_STARTED = ManagementFactory.getRuntimeMXBean().getStartTime() - 1_000;

    private static boolean sentByThisRun(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= RUN_STARTED;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Mail readOnce(Path file) {
        try {
            return read(file);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    static Mail read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            return new Mail(to, message.getSubject(), text.toString(), html.toString(), file);
        }
    }

    public static void collect(Part part, StringBuilder text, StringBuilder html) throws Exception {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        }
    }
}
