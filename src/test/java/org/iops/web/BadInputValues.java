package org.iops.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The bad values {@link BadInputCrawlTests} sends: odd queries for pages, broken forms for writes. */
final class BadInputValues {

    static final List<String> ODD_QUERIES = List.of("page=-1&before=garbage&lang=xx",
            "page=99999999999&before=2026-02-30&offset=-5", "page=1&page=2&lang=en&lang=de&q=a&q=b");
    /** An htmx request for the fragment alone, with nothing else: a fragment must not need what the page gives it. */
    static final Body HTMX = new Body("HX-Request", field -> List.of());
    static final String MEGABYTE = "x".repeat(1 << 20);
    static final String CONTROL = "a\u0000b\u0001\u0008\u001b[31m\u202e\uFFFF\r\n";

    private BadInputValues() {
    }

    /** A way of filling a write's fields: its name in the report and the value for each field. */
    record Body(String name, Function<String, List<String>> values) {
    }

    /** Odd query parameters every page may meet, and each of the page's own parameters of the wrong type. */
    static List<Body> queries() {
        List<Body> queries = new ArrayList<>();
        for (String query : ODD_QUERIES) {
            queries.add(new Body("?" + query, field -> List.of()));
        }
        for (String typed : List.of("abc", "2026-02-30", CONTROL)) {
            queries.add(new Body("every parameter " + abbreviated(typed), field -> List.of(typed)));
        }
        return queries;
    }

    /** The bad forms every write is sent: all of them are refused or change nothing on a 200. */
    static List<Body> bodies(BadInputWorld world) {
        return List.of(new Body("an empty form", field -> List.of()),
                new Body("1 MB fields", field -> List.of(MEGABYTE)),
                new Body("control characters", field -> List.of(CONTROL)),
                new Body("invalid UTF-8", field -> List.of()),
                new Body("abc for every field", field -> List.of("abc")),
                new Body("impossible dates", field -> List.of("2026-02-30")),
                new Body("numbers out of range", field -> List.of("99999999999")),
                new Body("negative numbers", field -> List.of("-1")),
                new Body("repeated fields", field -> List.of("1", "abc", "")),
                new Body("another's ids", field -> List.of(foreignId(world, field))));
    }

    /** For a field naming a thing, a real one of B's (a member, a unit, an item); otherwise B's chapter. */
    private static String foreignId(BadInputWorld world, String field) {
        String name = field.toLowerCase(java.util.Locale.ROOT);
        Map<String, UUID> items = world.itemsByKind();
        if (name.contains("member") || name.contains("author")) {
            return world.authorB().toString();
        }
        if (name.equals("item") || name.equals("target")) {
            return "blogs.post:" + items.get("posts");
        }
        for (Map.Entry<String, UUID> kind : items.entrySet()) {
            if (name.contains(kind.getKey().substring(0, kind.getKey().length() - 1))) {
                return kind.getValue().toString();
            }
        }
        return world.chapterB().toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
