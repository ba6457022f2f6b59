package org.iops.forums.demo;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.iops.demo.DemoUnit;
import org.iops.forums.demo.DemoTexts.Texts;
import org.iops.forums.store.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo forums: a General category in the international, every branch and every living chapter with members;
 * topics (about one per 25 replies) in the authors' chapters, a tenth in their branch and a twentieth in the
 * international, public, members-only or unit-only, in the chapter's language (English, Spanish, French, German);
 * replies by members of the unit. {@code iops.demo.forum-replies} sets how many replies (default: one per member,
 * so 1,000,000 members give 1,000,000 replies). The benchmark chapter always has a topic of exactly 101 posts.
 */
@Component
@Order(1100)
@ConditionalOnProperty("iops.demo.members")
class DemoForums implements DemoContribution {

    static final int REPLIES_PER_TOPIC = 25;
    static final int BENCHMARK_REPLIES = 100;
    /** Mixed into a topic's seed for its translation, so that translating draws nothing from the topic's own numbers. */
    private static final long TRANSLATIONS = 0x7472616e736c6174L;

    private final long replies;

    DemoForums(@Value("${iops.demo.forum-replies:-1}") long replies) {
        this.replies = replies;
    }

    /** A topic to write; its replies come from their own seeded random, so they can be generated twice alike. */
    private record Planned(UUID id, UUID unit, UUID category, String language, List<UUID> voices, int count, long seed) {
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        Random random = load.random();
        Map<UUID, List<UUID>> voicesByUnit = new HashMap<>();
        Map<UUID, String> languageByUnit = new HashMap<>();
        List<DemoMember> confirmed = load.members().stream().filter(DemoMember::confirmed).toList();
        for (DemoMember member : confirmed) {
            DemoUnit chapter = member.chapter();
            voicesByUnit.computeIfAbsent(chapter.id(), u -> new ArrayList<>()).add(member.id());
            voicesByUnit.computeIfAbsent(chapter.branch().id(), u -> new ArrayList<>()).add(member.id());
            voicesByUnit.computeIfAbsent(DemoLoad.INTERNATIONAL, u -> new ArrayList<>()).add(member.id());
            languageByUnit.put(chapter.id(), DemoTexts.languageOf(chapter.countryCode()));
            languageByUnit.put(chapter.branch().id(), DemoTexts.languageOf(chapter.countryCode()));
        }
        if (confirmed.isEmpty()) {
            return;
        }
        Map<UUID, UUID> categoryOfUnit = new LinkedHashMap<>();
        try (BulkCopy categories = load.copy("forum_category", "id, unit_id, position, is_default, created_at")) {
            for (UUID unit : voicesByUnit.keySet()) {
                UUID id = load.uuid();
                categoryOfUnit.put(unit, id);
                categories.row(id, unit, 0, true, DemoLoad.FIRST_JOIN);
            }
        }
        long total = replies >= 0 ? replies : confirmed.size();
        List<Planned> topics = plan(load, random, confirmed, voicesByUnit, languageByUnit, categoryOfUnit, total);
        write(load, random, topics);
    }

    private static List<Planned> plan(DemoLoad load, Random random, List<DemoMember> confirmed,
            Map<UUID, List<UUID>> voicesByUnit, Map<UUID, String> languageByUnit, Map<UUID, UUID> categoryOfUnit,
            long total) {
        List<Planned> topics = new ArrayList<>();
        UUID benchmark = load.benchmarkChapter().id();
        long left = total;
        if (voicesByUnit.containsKey(benchmark)) {
            topics.add(new Planned(load.uuid(), benchmark, categoryOfUnit.get(benchmark), languageByUnit.get(benchmark),
                    voicesByUnit.get(benchmark), (int) Math.min(BENCHMARK_REPLIES, left), random.nextLong()));
            left -= topics.get(0).count();
        }
        long count = Math.max(1, left / REPLIES_PER_TOPIC);
        for (long t = 0; t < count; t++) {
            DemoMember starter = confirmed.get(random.nextInt(confirmed.size()));
            int where = random.nextInt(20);
            UUID unit = where == 0 ? DemoLoad.INTERNATIONAL : where <= 2 ? starter.chapter().branch().id() : starter.chapter().id();
            int share = (int) Math.min(left, random.nextInt(2 * REPLIES_PER_TOPIC + 1));
            left -= share;
            if (t == count - 1) {
                share += (int) Math.min(left, Integer.MAX_VALUE / 2);
            }
            topics.add(new Planned(load.uuid(), unit, categoryOfUnit.get(unit), languageByUnit.getOrDefault(unit, "en"),
                    voicesByUnit.get(unit), share, random.nextLong()));
        }
        return topics;
    }

    /** Topics first (their replies refer to them), each knowing its last reply's time; then the replies. */
    private static void write(DemoLoad load, Random random, List<Planned> topics) throws SQLException {
        String[] visibility = {"PUBLIC", "PUBLIC", "PUBLIC", "MEMBERS", "MEMBERS", "UNIT"};
        long span = Duration.between(DemoLoad.FIRST_JOIN, DemoLoad.LOADED_AT).toSeconds();
        List<Instant> starts = new ArrayList<>();
        try (BulkCopy topicRows = load.copy("forum_topic", "id, category_id, unit_id, author_id, title, body, language,"
                + " visibility, state, pinned, closed, last_number, created_at, last_activity_at")) {
            for (Planned topic : topics) {
                Texts texts = DemoTexts.BY_LANGUAGE.get(topic.language());
                Instant started = DemoLoad.LOADED_AT.minusSeconds(1 + (long) (random.nextDouble() * span / 4));
                starts.add(started);
                Instant last = replies(topic, started, null);
                topicRows.row(topic.id(), topic.category(), topic.unit(), voice(topic, random),
                        texts.pick(texts.titles(), random), texts.pick(texts.openings(), random), topic.language(),
                        visibility[random.nextInt(visibility.length)], "PUBLISHED", false, random.nextInt(30) == 0,
                        topic.count(), started, last);
            }
        }
        try (BulkCopy replyRows = load.copy("forum_reply", "id, topic_id, unit_id, number, author_id, body, state, created_at")) {
            for (int t = 0; t < topics.size(); t++) {
                replies(topics.get(t), starts.get(t), replyRows);
            }
        }
        translations(load, topics, starts);
    }

    /**
     * One topic in eight is translated into another of the four languages by a member of its unit, an hour after it
     * started. Each topic's choice comes from its own seed, so the rest of the demo is the same with or without them.
     */
    private static void translations(DemoLoad load, List<Planned> topics, List<Instant> starts) throws SQLException {
        List<String> languages = List.of("en", "es", "fr", "de");
        try (BulkCopy rows = load.copy("content_translation", "id, original_type, original_id, language, translator_id,"
                + " state, title, body, created_at, updated_at")) {
            for (int t = 0; t < topics.size(); t++) {
                Planned topic = topics.get(t);
                Random random = new Random(topic.seed() ^ TRANSLATIONS);
                if (random.nextInt(8) != 0) {
                    continue;
                }
                String into = languages.get((languages.indexOf(topic.language()) + 1 + random.nextInt(3)) % 4);
                Texts texts = DemoTexts.BY_LANGUAGE.get(into);
                Instant at = starts.get(t).plusSeconds(3600).isAfter(DemoLoad.LOADED_AT) ? DemoLoad.LOADED_AT
                        : starts.get(t).plusSeconds(3600);
                rows.row(load.uuid(), Topic.TYPE, topic.id(), into, voice(topic, random), "PUBLISHED",
                        texts.pick(texts.titles(), random), texts.pick(texts.openings(), random), at, at);
            }
        }
    }

    /** Generates the topic's replies (writing them when {@code rows} is given); returns the last one's time. */
    private static Instant replies(Planned topic, Instant started, @org.jspecify.annotations.Nullable BulkCopy rows)
            throws SQLException {
        Random random = new Random(topic.seed());
        Texts texts = DemoTexts.BY_LANGUAGE.get(topic.language());
        Instant at = started;
        for (int number = 1; number <= topic.count(); number++) {
            at = at.plusSeconds(60 + random.nextInt(6 * 3600));
            if (at.isAfter(DemoLoad.LOADED_AT)) {
                at = DemoLoad.LOADED_AT;
            }
            UUID author = voice(topic, random);
            String body = texts.pick(texts.replies(), random);
            // a random (version 4) id, as DemoLoad.uuid makes them, from the topic's own random
            UUID id = new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                    (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
            if (rows != null) {
                rows.row(id, topic.id(), topic.unit(), number, author, body, "PUBLISHED", at);
            }
        }
        return at;
    }

    private static UUID voice(Planned topic, Random random) {
        return topic.voices().get(random.nextInt(topic.voices().size()));
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement statement = load.connection().createStatement()) {
            statement.execute("DELETE FROM content_translation WHERE original_type = '" + Topic.TYPE + "'");
            statement.execute("DELETE FROM forum_moderation");
            statement.execute("DELETE FROM forum_read");
            statement.execute("DELETE FROM forum_subscription");
            statement.execute("DELETE FROM forum_reply");
            statement.execute("DELETE FROM forum_topic");
            statement.execute("DELETE FROM forum_category");
        }
    }
}
