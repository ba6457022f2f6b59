package org.iops.convention.demo;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.iops.demo.DemoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's part of the convention: most confirmed members declare a gender (about four in ten of those who do
 * are women), and active chapters record meetings over the months before the load, with notes in their branch's
 * language, so the dashboard shows chapters that count, chapters close to it and chapters that lack a meeting.
 * {@code iops.demo.meetings-per-chapter} (default 4) sets how many meetings an active chapter records at most.
 */
@Component
@Order(1600)
@ConditionalOnProperty("iops.demo.members")
class DemoConvention implements DemoContribution {

    private static final Map<String, List<String>> NOTES = Map.of(
            "en", List.of("General assembly", "Reading group and planning", "Neighbourhood meeting", ""),
            "es", List.of("Asamblea general", "Grupo de lectura y planificación", "Reunión del barrio", ""),
            "fr", List.of("Assemblée générale", "Groupe de lecture et planification", "Réunion de quartier", ""),
            "de", List.of("Vollversammlung", "Lesekreis und Planung", "Treffen im Viertel", ""));

    /*
     * The language of a branch's notes: the country's, from the JDK's locales, when it is Spanish, French or German
     * and English is not one of the country's own; English otherwise.
     */
    private static final Map<String, String> LANGUAGES = languagesByCountry();

    private final int meetingsPerChapter;

    DemoConvention(@Value("${iops.demo.meetings-per-chapter:4}") int meetingsPerChapter) {
        this.meetingsPerChapter = meetingsPerChapter;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        Random random = load.random();
        Map<UUID, List<DemoMember>> byChapter = new HashMap<>();
        try (BulkCopy rows = load.copy("member_gender", "member_id, gender, declared_at")) {
            for (DemoMember member : load.members()) {
                if (!member.confirmed()) {
                    continue;
                }
                byChapter.computeIfAbsent(member.chapter().id(), id -> new ArrayList<>()).add(member);
                int answer = random.nextInt(100);
                if (answer < 35) {
                    continue;
                }
                String gender = answer < 62 ? "WOMAN" : answer < 92 ? "MAN" : answer < 95 ? "ANOTHER" : "UNSAID";
                rows.row(member.id(), gender, member.joinedAt().plus(Duration.ofDays(1 + random.nextInt(30))));
            }
        }
        LocalDate loaded = LocalDate.ofInstant(DemoLoad.LOADED_AT, ZoneOffset.UTC);
        try (BulkCopy rows = load.copy("convention_meeting", "id, chapter_id, met_on, note, recorded_by, recorded_at")) {
            for (DemoUnit chapter : load.chapters()) {
                List<DemoMember> members = byChapter.getOrDefault(chapter.id(), List.of());
                // a chapter of a few members rarely meets; a large active one usually does
                if (!chapter.living() || !chapter.status().equals("ACTIVE") || members.size() < 3
                        || random.nextInt(4) == 0) {
                    continue;
                }
                List<String> notes = NOTES.get(languageOf(chapter.branch().countryCode()));
                int count = 1 + random.nextInt(Math.max(1, meetingsPerChapter));
                Set<LocalDate> days = new java.util.HashSet<>();
                for (int i = 0; i < count; i++) {
                    LocalDate day = loaded.minusDays(random.nextInt(i == 0 ? 80 : 330));
                    if (!days.add(day)) {
                        continue;
                    }
                    DemoMember recorder = members.get(random.nextInt(members.size()));
                    rows.row(load.uuid(), chapter.id(), day, notes.get(random.nextInt(notes.size())), recorder.id(),
                            day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
                }
            }
        }
    }

    private static String languageOf(String country) {
        return LANGUAGES.getOrDefault(country, "en");
    }

    private static Map<String, String> languagesByCountry() {
        Map<String, String> languages = new java.util.TreeMap<>();
        java.util.Arrays.stream(java.util.Locale.getAvailableLocales())
                .filter(locale -> !locale.getCountry().isEmpty() && NOTES.containsKey(locale.getLanguage()))
                .forEach(locale -> languages.merge(locale.getCountry(), locale.getLanguage(),
                        (one, other) -> one.equals("en") || other.equals("en") ? "en"
                                : one.compareTo(other) <= 0 ? one : other));
        return languages;
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE convention_meeting, member_gender, convention_snapshot, convention_ready");
        }
    }
}
