package org.iops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application takes the time of day from its {@code Clock} bean ({@link ClockConfiguration}), which a test moves
 * ({@link TestClock}): a class that asked the system instead (a token that expired by the wall clock while the test's
 * clock said otherwise, accounts removed by the wall clock) would escape every test of a deadline. Elapsed times
 * ({@code System.nanoTime}) are not the time of day and are not looked for.
 */
class SystemClockTests {

    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|LocalTime|Year|YearMonth)\\.now\\(\\)"
                    + "|System\\.currentTimeMillis\\(\\)|Clock\\.system(UTC|DefaultZone)?\\(");

    /** Where the system's time is the right one, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "org/iops/ClockConfiguration.java", "the Clock bean itself",
            "org/iops/notifications/mail/PostOffice.java", "an .eml file's name: when it was written, on this machine",
            "org/iops/polls/core/DeadlineAlarm.java", "db-scheduler's execution times are the system's",
            "org/iops/members/account/DemoMembers.java", "how long loading the demo took",
            "org/iops/demo/DemoDataLoader.java", "how long loading the demo took");

    @Test
    void onlyTheClockBeanAndAFewNamedPlacesAskTheSystemForTheTime() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("run from the project's directory").isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !ALLOWED.containsKey(sources.relativize(file).toString().replace('\\', '/')))
                    .filter(SystemClockTests::asksTheSystem).map(file -> sources.relativize(file).toString()).sorted()
                    .toList();
        }
        assertThat(offenders).as("classes taking the time from the system instead of the Clock bean").isEmpty();
        ALLOWED.keySet().forEach(allowed -> assertThat(sources.resolve(allowed))
                .as("an allowed place that no longer exists: take it off the list").exists());
    }

    private static boolean asksTheSystem(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(line -> !line.startsWith("*") && !line.startsWith("//"))
                    .anyMatch(line -> SYSTEM_TIME.matcher(line).find());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
