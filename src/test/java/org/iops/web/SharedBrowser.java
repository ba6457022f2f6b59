package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The one headless Chromium that every browser test class of a test run drives, launched by the first class that
 * needs it and closed when the JVM ends. Launching Playwright's driver and Chromium costs one to three seconds; it
 * used to happen once per class. Each test still gets fresh browser contexts (cookies, storage, viewport of its own),
 * and {@link BrowserTestSupport} closes a class's contexts after it.
 */
final class SharedBrowser {

    /** Where Debian installs Chromium; override with IOPS_CHROMIUM. */
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("IOPS_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;
    private static boolean hooked;

    private SharedBrowser() {
    }

    static synchronized Browser get() {
        if (browser == null || !browser.isConnected()) {
            assertThat(CHROMIUM).as("Chromium for browser tests (apt-get install chromium)").exists();
            close();
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::close, "close-chromium"));
                hooked = true;
            }
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
