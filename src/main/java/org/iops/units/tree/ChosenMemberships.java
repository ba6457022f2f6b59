package org.iops.units.tree;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.iops.units.ChapterJoined;
import org.iops.units.ChapterLeft;
import org.iops.units.UnitId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District, campus and online chapters, which members join and leave by choice (a residence chapter is left only by
 * moving). Publishes {@link ChapterJoined} and {@link ChapterLeft}.
 */
@Service
@Transactional
public class ChosenMemberships {

    private final JdbcClient jdbc;
    private final UnitRepository units;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    ChosenMemberships(JdbcClient jdbc, UnitRepository units, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
        this.events = events;
    }

    /** Joining a district, campus or online chapter by choice; joining again changes nothing. */
    public void join(UUID member, UUID chapterId) {
        Unit chapter = units.chapter(chapterId);
        if (chapter.isLocalityChapter() || !chapter.isLive()) {
            throw new UnitRuleException("chapter", "units.error.notJoinable");
        }
        int added = jdbc.sql("INSERT INTO unit_memberships (id, member_id, unit_id, kind, since) "
                        + "VALUES (?, ?, ?, 'CHOICE', ?) ON CONFLICT (member_id, unit_id) WHERE until IS NULL DO NOTHING")
                .params(UUID.randomUUID(), member, chapterId, java.sql.Timestamp.from(clock.instant())).update();
        if (added == 1) {
            units.adjustCounts(Map.of(chapterId, 1));
            events.publishEvent(new ChapterJoined(member, new UnitId(chapterId)));
        }
    }

    /** Leaving a chapter joined by choice; leaving one not joined changes nothing. */
    public void leave(UUID member, UUID chapterId) {
        Unit chapter = units.chapter(chapterId);
        int ended = jdbc.sql("UPDATE unit_memberships SET until = greatest(?, since) WHERE member_id = ? "
                        + "AND unit_id = ? AND kind = 'CHOICE' AND until IS NULL")
                .params(java.sql.Timestamp.from(clock.instant()), member, chapter.id()).update();
        if (ended == 1) {
            units.adjustCounts(Map.of(chapterId, -1));
            events.publishEvent(new ChapterLeft(member, new UnitId(chapterId)));
        }
    }
}
