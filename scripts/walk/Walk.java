// A small walker for docs/walkthrough.md: signs in (or not), visits each page of a list at 1280 and 375 px, saves
// full-page and screen-sized screenshots, and prints status, time, the page width (wider than the window = the page
// scrolls sideways) and console errors. Run by scripts/walk.sh; not part of the build.
import com.microsoft.playwright.*;
import com.microsoft.playwright.options.*;
import java.nio.file.*;
import java.util.*;

/** Walks a list of pages as a given user at desktop and phone widths; screenshots, timing, overflow, status. */
public class Walk {
    static final String BASE = "http://localhost:8205";
    public static void main(String[] args) throws Exception {
        // args: outdir email lang url-file
        String out = args[0], email = args[1], lang = args[2];
        List<String> lines = Files.readAllLines(Paths.get(args[3]));
        Files.createDirectories(Paths.get(out));
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            for (int width : new int[]{1280, 375}) {
                Browser.NewContextOptions o = new Browser.NewContextOptions().setLocale(lang).setViewportSize(width, width < 400 ? 812 : 900).setBaseURL(BASE);
                if (width < 400) o.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1);
                BrowserContext c = b.newContext(o);
                c.setDefaultTimeout(15000);
                String css = System.getenv("WALK_CSS");
                if (css != null) c.route("**/css/site*.css", route -> { try { route.fulfill(new Route.FulfillOptions().setContentType("text/css").setBody(Files.readString(Paths.get(css)))); } catch (Exception e) { throw new RuntimeException(e); } });
                Page p = c.newPage();
                List<String> console = new ArrayList<>();
                p.onConsoleMessage(m -> { if (m.type().equals("error")) console.add(m.text()); });
                if (!email.equals("-")) {
                    p.navigate("/login");
                    p.fill("#email", email);
                    p.fill("#password", "demo-password-2026");
                    p.click("form[action='/login'] button[type=submit]");
                    p.waitForLoadState();
                }
                for (String line : lines) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] parts = line.trim().split("\\s+", 2);
                    String name = parts[0], url = parts[1];
                    console.clear();
                    long t0 = System.nanoTime();
                    Response r = p.navigate(url);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    int sw = ((Number) p.evaluate("document.documentElement.scrollWidth")).intValue();
                    Object wide = p.evaluate("(() => { const w = document.documentElement.clientWidth; const out = []; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); if (r.right > w + 1 && r.width > 0 && !e.closest('.table-scroll') && getComputedStyle(e).position !== 'absolute') out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); if (out.length > 5) break; } return out.join(' | '); })()");
                    String f = out + "/" + name + "-" + width + ".png";
                    p.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(f)).setFullPage(true));
                    int h = ((Number) p.evaluate("document.documentElement.scrollHeight")).intValue();
                    int seg = width < 400 ? 1400 : 1800;
                    for (int y = 0, i = 0; y < h && i < 6; y += seg, i++) p.screenshot(new Page.ScreenshotOptions().setPath(Paths.get(out + "/" + name + "-" + width + "-p" + i + ".png")).setFullPage(true).setClip(0, y, width, Math.min(seg, h - y)));
                    System.out.printf("%s %d status=%s %dms scrollW=%d url=%s title=%s%s%s%n", name, width, r == null ? "?" : r.status(), ms, sw, p.url().replace(BASE, ""), p.title(),
                        String.valueOf(wide).isEmpty() ? "" : " OVERFLOW[" + wide + "]", console.isEmpty() ? "" : " CONSOLE" + console);
                }
                c.close();
            }
        }
    }
}
