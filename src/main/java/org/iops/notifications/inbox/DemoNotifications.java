package org.iops.notifications.inbox;

import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.iops.demo.BulkCopy;
import org.iops.demo.DemoContribution;
import org.iops.demo.DemoLoad;
import org.iops.demo.DemoMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's notification lists: each confirmed member has {@code iops.demo.notifications-per-member} (default 3)
 * mentions by chapter mates, about posts titled in English, Spanish, French or German, the older ones read; and
 * one member in ten chose the daily digest for mentions. Written after the placements and, as a module's part,
 * from order 1000.
 */
@Component
@Order(1900)
@ConditionalOnProperty("iops.demo.members")
class DemoNotifications implements DemoContribution {

    private static final String KIND = "content.mention";
    private static final List<String> NAMES = List.of("Ana", "Ben", "Carla", "Dmitri", "Elif", "Farid", "Greta",
            "Hugo", "Inés", "Jonas", "Kemal", "Léa", "Mateo", "Nora", "Oskar", "Paula");
    private static final List<String> TITLES = List.of("Our chapter's first assembly", "Ideas for the spring fair",
            "Asamblea del sábado", "Propuestas para la huerta comunitaria", "Réunion de quartier jeudi",
            "Compte rendu de la permanence", "Treffen der Ortsgruppe am Montag", "Vorschläge für das Sommerfest");

    private final int perMember;
    private final String baseUrl;

    DemoNotifications(@Value("${iops.demo.notifications-per-member:3}") int perMember,
            @Value("${iops.base-url}") String baseUrl) {
        this.perMember = perMember;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public void write(DemoLoad load) throws SQLException {
        Random random = load.random();
        Instant loaded = DemoLoad.LOADED_AT;
        try (BulkCopy lines = load.copy("member_notification", "id, member_id, kind, link, parameters, names, count, "
                + "unit_id, unit_name, created_at, updated_at, read_at");
                BulkCopy choices = load.copy("notification_preference", "member_id, kind, delivery, changed_at")) {
            for (DemoMember member : load.members()) {
                if (!member.confirmed()) {
                    continue;
                }
                for (int i = 0; i < perMember; i++) {
                    String name = NAMES.get(random.nextInt(NAMES.size()));
                    String title = TITLES.get(random.nextInt(TITLES.size()));
                    Timestamp at = Timestamp.from(loaded.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30))));
                    String parameters = "[{\"text\":\"" + name + "\"},{\"text\":\"" + title.replace("\"", "")
                            + "\"},{\"recipientName\":\"\"}]";
                    lines.row(load.uuid(), member.id(), KIND, baseUrl + "/units/" + member.chapter().id(), parameters,
                            "{" + name + "}", 1, member.chapter().id(), member.chapter().name(), at, at,
                            i == 0 ? null : at);
                }
                if (member.index() % 10 == 0) {
                    choices.row(member.id(), KIND, "DAILY", Timestamp.from(loaded));
                }
            }
        }
    }

    @Override
    public void wipe(DemoLoad load) throws SQLException {
        try (Statement wipe = load.connection().createStatement()) {
            wipe.execute("TRUNCATE member_notification, notification_preference, notification_digest");
        }
    }
}
