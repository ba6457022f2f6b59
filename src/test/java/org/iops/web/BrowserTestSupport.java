package org.iops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iops.IopsApplication;
import org.iops.TestFixtures;
import org.iops.units.TestMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Base of the browser tests ({@code *BrowserIT}, run by failsafe in {@code ./mvnw verify}): the application on a
 * random port, Debian's Chromium driven by Playwright (never a downloaded browser; one for the whole run,
 * {@link SharedBrowser}), a fresh browser context per test, and helpers to sign a member in
 * ({@link #signIn(BrowserContext, UUID)}, {@link #signedIn(UUID, int)}), to take screenshots and to check
 * accessibility with axe-core. Every browser test shares this one context
 * ({@link TestFixtures} included), so a subclass adds no configuration of its own.
 */
@TestFixtures
@SpringBootTest(classes = IopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static final AxeRunOptions VIOLATIONS_ONLY = new AxeRunOptions();

    static {
        VIOLATIONS_ONLY.setResultTypes(List.of("violations"));
    }

    @LocalServerPort
    protected int port;

    @Autowired
    private SessionRepository<? extends Session> sessions;
    @Autowired
    private TestMembers testMembers;

    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        browser = SharedBrowser.get();
    }

    @BeforeEach
    void openContext() {
        context = newContext("en-GB", 1280, 900);
        page = context.newPage();
    }

    /** A separate browser session, for example a second member. */
    protected BrowserContext newContext(String locale, int width, int height) {
        BrowserContext fresh = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(width, height).setBaseURL(baseUrl()));
        fresh.setDefaultTimeout(15_000);
        return fresh;
    }

    /** A phone-sized session (390 x 844, touch). */
    protected BrowserContext newPhoneContext(String locale) {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true).setBaseURL(baseUrl()));
        phone.setDefaultTimeout(15_000);
        return phone;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** The browser stays for the next class (launching Chromium costs seconds); this class's sessions do not. */
    @AfterAll
    void closeSessions() {
        browser.contexts().forEach(BrowserContext::close);
    }

    /** Signs {@code member} in to {@code target}, under the display name the members module has for them. */
    protected void signIn(BrowserContext target, UUID member) {
        signIn(target, testMembers.principal(member));
    }

    /**
     * Signs {@code member} in to {@code target} without the sign-in form: a real session of the site (Spring
     * Session's table) holding the member as the accounts module's principal would, and its {@code SESSION} cookie
     * in the browser. The form itself is tested by the members module's browser tests.
     */
    protected void signIn(BrowserContext target, CurrentMember member) {
        String id = signedInSession(sessions, new TestMembers.Principal(member.memberId(), member.displayName()));
        String cookie = Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
        target.addCookies(List.of(new Cookie("SESSION", cookie).setUrl(baseUrl())));
    }

    /** A new page in a browser session of its own, {@code width} pixels wide (a phone below 400), signed in. */
    protected Page signedIn(UUID member, int width) {
        return signedIn(testMembers.principal(member), width);
    }

    /** A new page in a browser session of its own, {@code width} pixels wide (a phone below 400), signed in. */
    protected Page signedIn(CurrentMember member, int width) {
        BrowserContext session = newContext("en-GB", width, width < 400 ? 812 : 900);
        signIn(session, member);
        return session.newPage();
    }

    private static <S extends Session> String signedInSession(SessionRepository<S> repository,
            TestMembers.Principal member) {
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new UsernamePasswordAuthenticationToken(member, null,
                        List.of(new SimpleGrantedAuthority("ROLE_MEMBER")))));
        repository.save(session);
        return session.getId();
    }

    /** The page's one top-level heading, for Playwright's auto-waiting {@code assertThat(...).hasText(...)}. */
    protected static Locator mainHeading(Page target) {
        return target.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** For {@code assertThat(page).hasURL(...)}: an address that ends with {@code path}. */
    protected static Pattern urlEndingWith(String path) {
        return Pattern.compile(".*" + literally(path) + "$");
    }

    /** For {@code assertThat(page).hasURL(...)}: an address that has {@code path} in it. */
    protected static Pattern urlContaining(String path) {
        return Pattern.compile(".*" + literally(path) + ".*");
    }

    // Playwright matches in the browser, with JavaScript's regular expressions: no \Q...\E, so escape each character
    private static String literally(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Saves a full-page screenshot as target/screenshots/{name}.png when the run asks for screenshots
     * ({@code ./mvnw verify -Diops.screenshots=true}, as when looking at what you changed): a full run's 300 full-page
     * PNGs cost minutes of the build, and nothing reads them but a person.
     */
    protected Path screenshot(Page target, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        if (!Boolean.getBoolean("iops.screenshots")) {
            return file;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Fails with a readable list when axe-core finds a serious or critical accessibility violation. axe runs in the
     * page itself (legacy mode: the pages have no frames, and the default mode opens a second page per check to merge
     * frames' results) and reports every violating node but only one example of what passed: the browser tests'
     * three hundred checks took a third of the time they took before (ErrorPagesBrowserIT shows it still fails).
     */
    protected void assertAccessible(Page target) {
        AxeResults results = new AxeBuilder(target).options(VIOLATIONS_ONLY).setLegacyMode(true).analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(severe).as(() -> "axe-core violations on " + target.url() + ":\n" + severe.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                .limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
