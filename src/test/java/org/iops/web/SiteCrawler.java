package org.iops.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads a site breadth-first as one reader, the way a scraper would: every same-site address in {@code href},
 * {@code src}, {@code hx-get} (also asked as htmx asks, for the fragment alone), a GET form's {@code action}, a redirect's {@code Location} and a JSON answer's
 * strings that look like addresses. It skips logging out, static files and language switches, follows at most two
 * pages of any pagination (of one address, whatever the page), and reads at most {@code cap} pages.
 */
final class SiteCrawler {

    /** One answer as the reader got it: the address, the status, and the body and headers as one text. */
    record Page(String url, String path, int status, String text) {
        String lowerCase() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    interface Reading {
        void read(Page page);
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:href|src|hx-get)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern HX_GET = Pattern.compile("\\shx-get\\s*=\\s*[\"']([^\"']*)[\"']");
    /** Marks an address htmx asks for: read again as htmx does, for the fragment alone. */
    static final String HTMX = "HX:";
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\saction\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern POST = Pattern.compile("\\smethod\\s*=\\s*[\"']?post", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_ADDRESS = Pattern.compile("\"(/[^\"\\s\\\\]*)\"");
    private static final Pattern PAGINATION = Pattern.compile("(?:^|&)(?:page|before|after|cursor|offset)=[^&]*");
    private static final List<String> SKIPPED = List.of("/logout", "/css/", "/js/", "/img/", "/webjars/", "/favicon",
            "/static/", "/robots.txt");

    private final MockMvc mvc;
    private final int cap;
    private int requests;

    SiteCrawler(MockMvc mvc, int cap) {
        this.mvc = mvc;
        this.cap = cap;
    }

    int requests() {
        return requests;
    }

    /** Reads from the seeds outwards as the signed-in reader ({@code as}), handing each answer to {@code reading}. */
    int crawl(Collection<String> seeds, RequestPostProcessor as, Reading reading) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> pagesOf = new HashMap<>();
        for (String seed : seeds) {
            offer(seed, queue, seen, pagesOf);
        }
        int read = 0;
        while (!queue.isEmpty() && read < cap) {
            String url = queue.poll();
            read++;
            Page page = fetch(url, as);
            reading.read(page);
            for (String link : links(page)) {
                offer(link, queue, seen, pagesOf);
            }
        }
        return read;
    }

    private Page fetch(String url, RequestPostProcessor as) {
        requests++;
        boolean htmx = url.startsWith(HTMX);
        String address = htmx ? url.substring(HTMX.length()) : url;
        String path = address.split("\\?", 2)[0];
        try {
            MockHttpServletRequestBuilder request = get(URI.create(address)).header("Accept-Language", "en").with(as);
            MockHttpServletResponse response = mvc.perform(htmx ? request.header("HX-Request", "true") : request)
                    .andReturn().getResponse();
            StringBuilder text = new StringBuilder(response.getContentAsString());
            for (String header : response.getHeaderNames()) {
                text.append('\n').append(header).append(": ").append(String.join(", ", response.getHeaders(header)));
            }
            return new Page(url, path, response.getStatus(), text.toString());
        } catch (Exception unhandled) {
            return new Page(url, path, 599, "threw " + unhandled);
        }
    }

    static List<String> links(Page page) {
        List<String> links = new java.util.ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(page.text());
        while (attribute.find()) {
            links.add(attribute.group(1));
        }
        Matcher htmx = HX_GET.matcher(page.text());
        while (htmx.find()) {
            links.add(HTMX + htmx.group(1));
        }
        Matcher form = FORM.matcher(page.text());
        while (form.find()) {
            Matcher action = ACTION.matcher(form.group(1));
            if (!POST.matcher(form.group(1)).find() && action.find()) {
                links.add(action.group(1));
            }
        }
        Matcher json = JSON_ADDRESS.matcher(page.text());
        while (json.find()) {
            links.add(json.group(1));
        }
        Matcher location = Pattern.compile("\nLocation: (\\S+)").matcher(page.text());
        while (location.find()) {
            links.add(location.group(1));
        }
        return links;
    }

    private static void offer(String raw, Deque<String> queue, Set<String> seen, Map<String, Integer> pagesOf) {
        boolean htmx = raw.startsWith(HTMX);
        @Nullable String address = sameSite(HtmlUtils.htmlUnescape(htmx ? raw.substring(HTMX.length()) : raw).trim());
        @Nullable String url = address == null ? null : htmx ? HTMX + address : address;
        if (url == null || !seen.add(url)) {
            return;
        }
        String[] parts = url.split("\\?", 2);
        if (parts.length == 2 && PAGINATION.matcher(parts[1]).find()) {
            String key = parts[0] + "?" + PAGINATION.matcher(parts[1]).replaceAll("");
            if (pagesOf.merge(key, 1, Integer::sum) > 2) {
                return;
            }
        }
        queue.add(url);
    }

    /** The address as a path and query on this site, or null for another site, a skipped or a malformed one. */
    static @Nullable String sameSite(String link) {
        String url = link.replaceFirst("^https?://localhost(:\\d+)?", "");
        int fragment = url.indexOf('#');
        if (fragment >= 0) {
            url = url.substring(0, fragment);
        }
        if (!url.startsWith("/") || url.startsWith("//") || url.contains("lang=")
                || SKIPPED.stream().anyMatch(url::startsWith)) {
            return null;
        }
        try {
            URI.create(url);
            return url;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
