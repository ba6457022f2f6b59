package org.iops.blogs.posts;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
 * The demo's blog posts: written by confirmed members to their chapter (some to their branch or the international),
 * in their country's language or another of the four, mostly public, some for members or the unit only, a few with a
 * translation. {@code iops.demo.blog-posts} sets how many (default: one for every four members), up to millions.
 */
@Component
@Order(1100)
@ConditionalOnProperty("iops.demo.members")
class DemoBlogs implements DemoContribution {

    private static final Set<String> SPANISH = Set.of("ES", "AR", "MX", "CO", "CL", "PE", "UY", "VE", "EC", "BO");
    private static final Set<String> FRENCH = Set.of("FR", "BE", "SN", "CI", "CA", "CH");
    private static final Set<String> GERMAN = Set.of("DE", "AT");

    private static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("What our chapter did this month", "Notes from the neighbourhood assembly",
                    "Why we started a food cooperative", "Lessons from the rent strike", "A reading list for new members"),
            "es", List.of("Lo que hizo nuestro capítulo este mes", "Notas de la asamblea del barrio",
                    "Por qué empezamos una cooperativa de alimentos", "Lecciones de la huelga de alquileres",
                    "Lecturas para los nuevos miembros"),
            "fr", List.of("Ce que notre chapitre a fait ce mois-ci", "Notes de l’assemblée de quartier",
                    "Pourquoi nous avons lancé une coopérative alimentaire", "Leçons de la grève des loyers",
                    "Des lectures pour les nouveaux membres"),
            "de", List.of("Was unsere Ortsgruppe diesen Monat gemacht hat", "Notizen von der Nachbarschaftsversammlung",
                    "Warum wir eine Lebensmittelkooperative gegründet haben", "Was wir aus dem Mietstreik gelernt haben",
                    "Eine Leseliste für neue Mitglieder"));

    private static final Map<String, String> BODIES = Map.of(
            "en", "We met **%d times** and decided everything together.\n\n- a workshop\n- a shared meal\n- a plan for next month",
            "es", "Nos reunimos **%d veces** y lo decidimos todo juntos.\n\n- un taller\n- una comida compartida\n- un plan para el mes que viene",
            "fr", "Nous nous sommes réunis **%d fois** et avons tout décidé ensemble.\n\n- un atelier\n- un repas partagé\n- un plan pour le mois prochain",
            "de", "Wir haben uns **%d-mal** getroffen und alles gemeinsam entschieden.\n\n- ein Workshop\n- ein gemeinsames Essen\n- ein Plan für den nächsten Monat");

    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");

    private final Integer posts;

    DemoBlogs(@Value("${iops.demo.blog-posts:-1}") Integer posts) {
        this.posts = posts;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        List<DemoMember> writers = load.members().stream().filter(DemoMember::confirmed).toList();
        if (writers.isEmpty()) {
            return;
        }
        int total = posts >= 0 ? posts : Math.max(20, load.memberCount() / 4);
        Random random = load.random();
        // a COPY sends its rows in chunks: what refers to the posts is written once they are all in
        List<Object[]> translated = new java.util.ArrayList<>();
        try (BulkCopy rows = load.copy("blog_post", "id, author_id, unit_id, visibility, state, language, title, body, "
                        + "created_at, published_at, version")) {
            for (int i = 0; i < total; i++) {
                DemoMember author = writers.get(random.nextInt(writers.size()));
                DemoUnit chapter = author.chapter();
                int where = random.nextInt(20);
                java.util.UUID unit = where == 0 ? DemoLoad.INTERNATIONAL
                        : where < 4 ? chapter.branch().id() : chapter.id();
                String language = random.nextInt(5) == 0 ? LANGUAGES.get(random.nextInt(4))
                        : languageOf(chapter.branch().countryCode());
                int visibility = random.nextInt(10);
                String title = TITLES.get(language).get(random.nextInt(5));
                String body = BODIES.get(language).formatted(2 + random.nextInt(6));
                long span = Math.max(1, Duration.between(author.joinedAt(), DemoLoad.LOADED_AT).toSeconds());
                Instant at = author.joinedAt().plusSeconds((long) (random.nextDouble() * span));
                java.util.UUID id = load.uuid();
                boolean draft = random.nextInt(25) == 0;
                rows.row(id, author.id(), unit, visibility < 7 ? "PUBLIC" : visibility < 9 ? "MEMBERS" : "UNIT",
                        draft ? Post.DRAFT : "PUBLISHED", language, title, body, at, draft ? null : at, draft ? 0 : 1);
                if (draft) {
                    continue;
                }
                if (random.nextInt(8) == 0) {
                    String other = LANGUAGES.get((LANGUAGES.indexOf(language) + 1 + random.nextInt(3)) % 4);
                    DemoMember translator = writers.get(random.nextInt(writers.size()));
                    translated.add(new Object[] {load.uuid(), "blogs.post", id, other, translator.id(), "PUBLISHED",
                            TITLES.get(other).get(random.nextInt(5)), BODIES.get(other).formatted(3),
                            at.plusSeconds(3600), at.plusSeconds(3600)});
                }
            }
        }
        try (Statement revisions = load.connection().createStatement()) {
            revisions.execute("INSERT INTO blog_post_revision (post_id, version, editor_id, title, body, created_at) "
                    + "SELECT id, 1, author_id, title, body, published_at FROM blog_post WHERE state = 'PUBLISHED'");
        }
        try (BulkCopy translations = load.copy("content_translation", "id, original_type, original_id, language, "
                + "translator_id, state, title, body, created_at, updated_at")) {
            for (Object[] row : translated) {
                translations.row(row);
            }
        }
    }

    private static String languageOf(String country) {
        return SPANISH.contains(country) ? "es" : FRENCH.contains(country) ? "fr" : GERMAN.contains(country) ? "de" : "en";
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("DELETE FROM content_translation WHERE original_type = 'blogs.post'");
            wipe.execute("TRUNCATE blog_feature_log, blog_featured, blog_post_revision, blog_post");
        }
    }
}
