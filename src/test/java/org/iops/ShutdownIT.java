package org.iops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator stops the packaged application with {@code SIGTERM} (what systemd, Kubernetes and Ctrl-C send)
 * while visitors are using it: it stops within a few seconds, logs no error or warning on the way, and leaves
 * no PostgreSQL running behind it.
 */
class ShutdownIT {

    @TempDir
    Path dataDir;

    @Test
    void sigtermStopsTheApplicationAndItsDatabaseQuicklyAndQuietly() throws Exception {
        int port = freePort();
        Path log = dataDir.resolve("application.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(java, "-jar", packagedJar().toString(), "--server.port=" + port,
                "--iops.data-dir=" + dataDir.resolve("data"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI home = URI.create("http://localhost:" + port + "/");
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(home.resolve("/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

            // visitors keep arriving while the operator stops it
            AtomicBoolean stopping = new AtomicBoolean();
            List<Thread> visitors = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread visitor = new Thread(() -> {
                    while (!stopping.get() || app.isAlive()) {
                        try {
                            http.send(HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(5)).build(),
                                    HttpResponse.BodyHandlers.discarding());
                        } catch (IOException e) {
                            if (!app.isAlive()) {
                                return;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                visitor.start();
                visitors.add(visitor);
            }
            assertThat(http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);

            long start = System.nanoTime();
            stopping.set(true);
            app.destroy(); // SIGTERM
            boolean exited = app.waitFor(20, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            for (Thread visitor : visitors) {
                visitor.join(Duration.ofSeconds(10).toMillis());
            }

            assertThat(exited).as("the application stopped within 20 s of SIGTERM").isTrue();
            assertThat(took).as("time from SIGTERM to exit").isLessThan(Duration.ofSeconds(8));
            List<String> lines = Files.readAllLines(log);
            int shutdownStarts = indexOf(lines, "Commencing graceful shutdown");
            assertThat(shutdownStarts).as("graceful shutdown was logged").isNotNegative();
            List<String> afterSigterm = lines.subList(shutdownStarts, lines.size());
            assertThat(afterSigterm).as("log lines after SIGTERM")
                    .noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception"));
            assertThat(afterSigterm).anyMatch(l -> l.contains("server stopped"));
            assertThat(dataDir.resolve("data/pg/postmaster.pid")).as("PostgreSQL left running").doesNotExist();
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly();
            }
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("iops-platform-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no packaged jar in target/: failsafe runs after the package phase"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
