package org.iops.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The answer to a request Tomcat refuses before the application sees it (a NUL or an encoded slash in the path,
 * invalid UTF-8, a malformed request line): a short page of the site's own with the security headers, instead of
 * Tomcat's report. Every request the application handles gets its error page from {@link ErrorPages}; this valve
 * only answers what nobody wrote a body for.
 */
@Component
class ServerRejectionPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** Tomcat makes it by name, so it is public with a public constructor. */
    public static class Valve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ServerRejectionPage.class);

        // a fixed page (so its own inline style may be allowed); it cannot know the reader's language (the request
        // was not understood), so it says little, in English
        private static final String PAGE = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$d – IOPS</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <p><a href="/">IOPS</a></p>
                <h1>This address cannot be read</h1>
                <p>The request was not understood (error %1$d). Check the address, or start again from <a href="/">the home page</a>.</p>
                </body></html>
                """;

        public Valve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get() || !response.setErrorReported()) {
                return;
            }
            log.info("Refused by the server before the application: {} {} -> {}", request.getMethod(),
                    abbreviated(request.getRequestURI()), status);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("Cache-Control", "no-store");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(PAGE.formatted(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // the client went away: nothing to answer
            }
        }

        private static String abbreviated(String text) {
            String shown = text == null ? "" : text.replaceAll("[^\\x20-\\x7e]", "?");
            return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
        }
    }
}
