package org.iops.convention.standing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboard's trend: one row per day, the day's last computation. */
@Component
public class Snapshots {

    /** One day's figures. {@code met} is how many of the four preconditions were met. */
    public record Snapshot(LocalDate day, long members, int countedChapters, int countries, int continents, int met,
            boolean allMet) {
    }

    private final JdbcClient jdbc;

    Snapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void take(Standing standing, LocalDate day) {
        int met = (standing.membersMet() ? 1 : 0) + (standing.chaptersMet() ? 1 : 0)
                + (standing.countriesMet() ? 1 : 0) + (standing.continentsMet() ? 1 : 0);
        jdbc.sql("""
                INSERT INTO convention_snapshot (day, members, counted_chapters, countries, continents, met, all_met, taken_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET members = excluded.members, counted_chapters = excluded.counted_chapters,
                    countries = excluded.countries, continents = excluded.continents, met = excluded.met,
                    all_met = excluded.all_met, taken_at = excluded.taken_at""")
                .params(Date.valueOf(day), standing.members(), standing.countedChapters(), standing.countries().size(),
                        standing.continents().size(), met, standing.allMet(), Timestamp.from(standing.at()))
                .update();
    }

    /** The latest {@code days} snapshots up to {@code today}, oldest first. */
    public List<Snapshot> recent(LocalDate today, int days) {
        List<Snapshot> newestFirst = jdbc.sql("""
                SELECT day, members, counted_chapters, countries, continents, met, all_met FROM convention_snapshot
                 WHERE day <= ? ORDER BY day DESC LIMIT ?""")
                .params(Date.valueOf(today), days)
                .query((rs, n) -> new Snapshot(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getBoolean(7)))
                .list();
        List<Snapshot> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
