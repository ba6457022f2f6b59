package org.iops.proposals.proposing;

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
import org.iops.proposals.ProposalOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's proposals: put by confirmed members to their chapter (some to their branch), in their country's
 * language or another of the four; about half still in discussion (their deadlines after the demo's date), the
 * others ended with each kind of outcome. None is voting: a vote is a poll, which the polls' own demo makes.
 * {@code iops.demo.proposals} sets how many (default: one for every fifty members, at least twelve).
 */
@Component
@Order(1500)
@ConditionalOnProperty("iops.demo.members")
class DemoProposals implements DemoContribution {

    private static final Set<String> SPANISH = Set.of("ES", "AR", "MX", "CO", "CL", "PE", "UY", "VE", "EC", "BO");
    private static final Set<String> FRENCH = Set.of("FR", "BE", "SN", "CI", "CA", "CH");
    private static final Set<String> GERMAN = Set.of("DE", "AT");
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de");
    private static final List<ProposalOutcome> OUTCOMES = List.of(ProposalOutcome.values());

    private static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("Open a tool library", "Meet every second Tuesday", "Start a solidarity fund",
                    "Translate our leaflets", "Join the tenants' union march"),
            "es", List.of("Abrir una biblioteca de herramientas", "Reunirnos cada dos martes",
                    "Crear una caja de solidaridad", "Traducir nuestros folletos", "Sumarnos a la marcha de inquilinos"),
            "fr", List.of("Ouvrir une bibliothèque d’outils", "Se réunir un mardi sur deux",
                    "Créer une caisse de solidarité", "Traduire nos tracts", "Rejoindre la marche des locataires"),
            "de", List.of("Eine Werkzeugbibliothek eröffnen", "Uns jeden zweiten Dienstag treffen",
                    "Einen Solidaritätsfonds gründen", "Unsere Flugblätter übersetzen",
                    "Beim Marsch der Mietergewerkschaft mitgehen"));

    private final int proposals;

    DemoProposals(@Value("${iops.demo.proposals:-1}") int proposals) {
        this.proposals = proposals;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        List<DemoMember> authors = load.members().stream().filter(DemoMember::confirmed).toList();
        if (authors.isEmpty()) {
            return;
        }
        int total = proposals >= 0 ? proposals : Math.max(12, load.memberCount() / 50);
        Random random = load.random();
        try (BulkCopy rows = load.copy("proposal", "id, unit_id, author_id, title, language, visibility, phase, "
                + "content_state, version, support_needed, supporters, poll_type, quorum_percent, two_thirds, "
                + "created_at, discussion_ends, voting_ends, outcome, outcome_at")) {
            for (int i = 0; i < total; i++) {
                DemoMember author = authors.get(random.nextInt(authors.size()));
                DemoUnit chapter = author.chapter();
                java.util.UUID unit = random.nextInt(8) == 0 ? chapter.branch().id() : chapter.id();
                String language = random.nextInt(5) == 0 ? LANGUAGES.get(random.nextInt(4))
                        : languageOf(chapter.branch().countryCode());
                boolean open = random.nextBoolean();
                Instant created = open ? DemoLoad.LOADED_AT.minus(Duration.ofDays(random.nextInt(10)))
                        : DemoLoad.LOADED_AT.minus(Duration.ofDays(30 + random.nextInt(900)));
                Instant discussionEnds = open ? DemoLoad.LOADED_AT.plus(Duration.ofDays(60 + random.nextInt(30)))
                        : created.plus(Duration.ofDays(14));
                Instant votingEnds = discussionEnds.plus(Duration.ofDays(7));
                ProposalOutcome outcome = open ? null : OUTCOMES.get(random.nextInt(OUTCOMES.size()));
                rows.row(load.uuid(), unit, author.id(), TITLES.get(language).get(random.nextInt(5)), language,
                        random.nextInt(4) == 0 ? "PUBLIC" : "UNIT", open ? "DISCUSSION" : "CLOSED", "PUBLISHED", 1, 3,
                        1, random.nextBoolean() ? "CONSENT" : "YES_NO", 20, false, created, discussionEnds,
                        votingEnds, outcome == null ? null : outcome.name(),
                        outcome == null ? null : outcome == ProposalOutcome.NOT_ENOUGH_SUPPORT ? discussionEnds
                                : votingEnds);
            }
        }
        try (Statement texts = load.connection().createStatement()) {
            texts.execute("INSERT INTO proposal_version (proposal_id, version, title, body, editor_id, created_at) "
                    + "SELECT id, 1, title, CASE language "
                    + "WHEN 'es' THEN 'Proponemos que **' || title || '**.' || chr(10) || chr(10) || 'Lo decidimos juntos en asamblea.' "
                    + "WHEN 'fr' THEN 'Nous proposons de **' || title || '**.' || chr(10) || chr(10) || 'Nous le déciderons ensemble en assemblée.' "
                    + "WHEN 'de' THEN 'Wir beantragen: **' || title || '**.' || chr(10) || chr(10) || 'Wir entscheiden gemeinsam in der Versammlung.' "
                    + "ELSE 'We propose to **' || title || '**.' || chr(10) || chr(10) || 'We decide it together at the assembly.' END, "
                    + "author_id, created_at FROM proposal");
            texts.execute("INSERT INTO proposal_support (proposal_id, member_id, created_at) "
                    + "SELECT id, author_id, created_at FROM proposal");
        }
    }

    private static String languageOf(String country) {
        return SPANISH.contains(country) ? "es" : FRENCH.contains(country) ? "fr" : GERMAN.contains(country) ? "de" : "en";
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE proposal_amendment, proposal_support, proposal_version, proposal");
        }
    }
}
