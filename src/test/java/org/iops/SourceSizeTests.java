package org.iops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No class of the application grows past 300 lines: a class that does that much is two classes. */
class SourceSizeTests {

    private static final int MOST_LINES = 300;

    @Test
    void noSourceFileOfTheApplicationIsLongerThanThreeHundredLines() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("run from the project's directory").isDirectory();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java")).filter(SourceSizeTests::tooLong)
                    .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)").sorted().toList();
        }
        assertThat(tooLong).as("files over " + MOST_LINES + " lines").isEmpty();
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MOST_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
