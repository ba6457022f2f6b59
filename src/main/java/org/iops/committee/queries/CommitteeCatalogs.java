package org.iops.committee.queries;

import java.util.List;
import org.iops.notifications.Delivery;
import org.iops.notifications.NotificationCatalog;
import org.iops.notifications.NotificationKind;
import org.iops.units.Action;
import org.iops.units.ActionCatalog;
import org.iops.units.Grant;
import org.iops.units.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the committee module declares to the platform. A unit's committee is the holders of the units module's
 * committee role ({@link Role#COMMITTEE_MEMBER}, given on the unit's role form) in that unit; the actions are granted
 * to that role, and {@link CommitteeRoll} narrows them to the unit where it is held (the international committee is
 * not a chapter's committee).
 */
@Configuration(proxyBeanMethods = false)
public class CommitteeCatalogs {

    /** Circulating a query to the unit's committee, and putting a compromise in a run-off. */
    public static final Action QUERY = new Action("committee.query");
    /** Answering a query circulated to one. */
    public static final Action ANSWER = new Action("committee.answer");
    /** Recording a new version of the unit's committee procedures. */
    public static final Action SET_PROCEDURES = new Action("committee.setProcedures");

    /** A query circulated to a committee member, with its answer links. */
    public static final String QUERY_MAIL = "committee.mail.query";
    /** How a query ended (adopted, rejected, escalated, decided by the members), to its committee. */
    public static final String OUTCOME_MAIL = "committee.mail.outcome";

    @Bean
    ActionCatalog committeeActions() {
        return () -> List.of(Grant.of(QUERY, Role.COMMITTEE_MEMBER), Grant.of(ANSWER, Role.COMMITTEE_MEMBER),
                Grant.of(SET_PROCEDURES, Role.COMMITTEE_MEMBER));
    }

    @Bean
    NotificationCatalog committeeNotifications() {
        return () -> List.of(new NotificationKind(QUERY_MAIL, Delivery.IMMEDIATELY),
                new NotificationKind(OUTCOME_MAIL, Delivery.IMMEDIATELY));
    }
}
