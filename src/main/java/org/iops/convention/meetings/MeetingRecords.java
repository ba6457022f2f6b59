package org.iops.convention.meetings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chapters' meeting records: an admin's dated record that the chapter met. No day in the future, none older than a
 * year, one record per chapter and day. The caller checked that the recorder may ({@code convention.recordMeeting}).
 */
@Service
@Order(800)
public class MeetingRecords implements PersonalData {

    public static final int NOTE_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today as the records count it (UTC). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Transactional
    public Meeting record(UUID chapter, LocalDate metOn, String note, UUID recordedBy) {
        LocalDate today = today();
        if (metOn.isAfter(today)) {
            throw new MeetingRefusedException("metOn", "convention.meeting.future");
        }
        if (metOn.isBefore(today.minusYears(1))) {
            throw new MeetingRefusedException("metOn", "convention.meeting.tooOld");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_LIMIT) {
            throw new MeetingRefusedException("note", "convention.meeting.noteTooLong");
        }
        Meeting meeting = new Meeting(UUID.randomUUID(), chapter, metOn, text);
        int written = jdbc.sql("""
                INSERT INTO convention_meeting (id, chapter_id, met_on, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chapter_id, met_on) DO NOTHING""")
                .params(meeting.id(), chapter, Date.valueOf(metOn), text, recordedBy, Timestamp.from(clock.instant()))
                .update();
        if (written == 0) {
            throw new MeetingRefusedException("metOn", "convention.meeting.already");
        }
        return meeting;
    }

    /** The chapter's latest records, newest first. */
    public List<Meeting> recent(UUID chapter, int limit) {
        return jdbc.sql("SELECT id, chapter_id, met_on, note FROM convention_meeting WHERE chapter_id = ? "
                        + "ORDER BY met_on DESC LIMIT ?")
                .params(chapter, limit)
                .query((rs, n) -> new Meeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    public @Nullable LocalDate lastMet(UUID chapter) {
        return recent(chapter, 1).stream().map(Meeting::metOn).findFirst().orElse(null);
    }

    /** A merged chapter's meetings are the survivor's (a day both recorded stays once). */
    @Transactional
    public void move(UUID from, UUID to) {
        jdbc.sql("""
                UPDATE convention_meeting m SET chapter_id = ? WHERE chapter_id = ?
                   AND NOT EXISTS (SELECT 1 FROM convention_meeting s WHERE s.chapter_id = ? AND s.met_on = m.met_on)""")
                .params(to, from, to).update();
        jdbc.sql("DELETE FROM convention_meeting WHERE chapter_id = ?").param(from).update();
    }

    @Transactional
    public void deleteOf(UUID chapter) {
        jdbc.sql("DELETE FROM convention_meeting WHERE chapter_id = ?").param(chapter).update();
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> recorded = jdbc.sql("""
                SELECT chapter_id, met_on, note FROM convention_meeting WHERE recorded_by = ? ORDER BY met_on""")
                .param(memberId)
                .query((rs, n) -> Map.<String, Object>of("chapter", rs.getObject(1, UUID.class).toString(),
                        "metOn", rs.getDate(2).toLocalDate().toString(), "note", rs.getString(3)))
                .list();
        return recorded.isEmpty() ? Map.of() : Map.of("chapterMeetingsRecorded", recorded);
    }

    /** The meetings stay (the chapter met); only who recorded them is forgotten. */
    @Override
    public void erase(UUID memberId) {
        jdbc.sql("UPDATE convention_meeting SET recorded_by = NULL WHERE recorded_by = ?").param(memberId).update();
    }
}
