package org.iops.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.iops.members.privacy.Audience;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PrivacyCrawlTests} seeded, and who may see each piece of it: the table of the documented rules
 * (docs/accounts.md "Privacy", docs/units.md "Shown publicly", docs/blogs.md and docs/forums.md "Who sees what",
 * docs/moderation.md, docs/search.md "Visibility"). Every sentinel is {@code zq} and ten random letters, new each run.
 */
final class PrivacyWorld {

    /** The kinds of reader the crawl reads the site as. */
    enum Reader {
        VISITOR, OTHER_BRANCH, OTHER_CHAPTER, CHAPTER_MATE, ADMIN_OF_OTHER_CHAPTER, ADMIN_OF_X;

        static final Set<Reader> ALL = EnumSet.allOf(Reader.class);
        static final Set<Reader> NOBODY = EnumSet.noneOf(Reader.class);

        /** The readers who stand in a relation to a member of X that {@code PrivacyPolicy.canSee} lets see the audience. */
        static Set<Reader> entitledTo(Audience audience) {
            return switch (audience) {
                case EVERYONE -> ALL;
                case MEMBERS -> EnumSet.complementOf(EnumSet.of(VISITOR));
                case CHAPTER -> EnumSet.of(CHAPTER_MATE, ADMIN_OF_X); // the others live elsewhere or administer elsewhere
                case ADMINS -> EnumSet.of(ADMIN_OF_X);
            };
        }

        /** Members of X and moderators of X (its admin): the readers of X's "members of this unit" content. */
        static final Set<Reader> X_UNIT = EnumSet.of(CHAPTER_MATE, ADMIN_OF_X);
        static final Set<Reader> SIGNED_IN = entitledTo(Audience.MEMBERS);
    }

    /**
     * Where a sentinel may show more narrowly than elsewhere: on pages whose path starts with the prefix (or, for a
     * prefix ending in {@code $}, on the page of exactly that path).
     */
    record Scope(String pathPrefix, Set<Reader> entitled) {
        boolean covers(String path) {
            return pathPrefix.endsWith("$") ? path.equals(pathPrefix.substring(0, pathPrefix.length() - 1))
                    : path.startsWith(pathPrefix);
        }
    }

    /**
     * One distinctive string, the readers who may see it, narrower rules on some pages, and whether every entitled
     * reader must find it somewhere (the crawl's positive control).
     */
    record Sentinel(String what, String value, Set<Reader> entitled, List<Scope> scopes, boolean mustBeFound) {

        boolean mayBeSeenBy(Reader reader, String path) {
            return entitled.contains(reader)
                    && scopes.stream().noneMatch(s -> s.covers(path) && !s.entitled().contains(reader));
        }
    }

    final Map<Reader, @Nullable UUID> readers = new LinkedHashMap<>();
    final List<Sentinel> sentinels = new ArrayList<>();
    /** Seeded things by the first segment of their addresses (units, members, posts, topics...). */
    final Map<String, List<UUID>> things = new LinkedHashMap<>();
    /** The members-only items, as content references, for the addresses an attacker would guess. */
    final List<String> refs = new ArrayList<>();
    /** What a deletion erased, and the mails sent before it (which named the member while the account was there). */
    final Set<Sentinel> erased = new java.util.HashSet<>();
    final Set<String> sentBeforeDeletion = new java.util.HashSet<>();
    UUID chapterX;
    UUID chapterY;
    String countryB = "LV";

    static String sentinel() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** A sentinel that reads as a proper name (towns, chapters, display names). */
    static String name() {
        String s = sentinel();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    Sentinel add(String what, String value, Set<Reader> entitled, Scope... scopes) {
        Sentinel s = new Sentinel(what, value.toLowerCase(), entitled, List.of(scopes), !entitled.isEmpty());
        sentinels.add(s);
        return s;
    }

    /** Also {@code members-only} items' text and titles, which anyone may find who may read the item. */
    void item(String kind, UUID id, @Nullable String ref) {
        things.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        if (ref != null) {
            refs.add(ref);
        }
    }

    @Nullable UUID reader(Reader reader) {
        return readers.get(reader);
    }
}
