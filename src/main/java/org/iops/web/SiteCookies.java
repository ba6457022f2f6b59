package org.iops.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names and flags of the site's sign-in cookies. When the site is served over HTTPS ({@code iops.base-url}
 * starts with {@code https://}, as behind the documented TLS proxy) they are {@code Secure} and carry the
 * {@code __Host-} prefix, which browsers accept only from this very host, over HTTPS, for path {@code /}: a
 * neighbouring subdomain or a plain-HTTP page cannot plant or overwrite them.
 */
@Component
public class SiteCookies {

    private final boolean https;

    SiteCookies(@Value("${iops.base-url}") String baseUrl) {
        this.https = baseUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    public boolean https() {
        return https;
    }

    public String session() {
        return prefix() + "SESSION";
    }

    public String rememberMe() {
        return prefix() + "remember-me";
    }

    /** Whether a cookie of that name is one of the sign-in cookies, whichever prefix it has. */
    public static boolean isSignIn(String cookieName) {
        String name = cookieName.startsWith("__Host-") ? cookieName.substring(7) : cookieName;
        return name.equals("SESSION") || name.equals("remember-me") || name.equals("JSESSIONID");
    }

    private String prefix() {
        return https ? "__Host-" : "";
    }
}
