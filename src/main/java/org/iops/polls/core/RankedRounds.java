package org.iops.polls.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iops.decisions.counting.CountResult;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's round-by-round count of a closed ranked poll, for its results page: counted again from the stored
 * ballots the first time the page is shown (the same ballots and rules give the same rounds as at the deadline) and
 * kept, since a closed poll's ballots never change. Nothing for a poll that is open, not ranked, or without quorum.
 */
@Component
public class RankedRounds {

    private final JdbcClient jdbc;
    private final Cache<UUID, CountResult> counted = Caffeine.newBuilder().maximumSize(200).build();

    RankedRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CountResult> of(Poll poll) {
        if (!poll.isCounted() || poll.type() != PollType.RANKED
                || poll.outcome() != PollOutcome.DECIDED && poll.outcome() != PollOutcome.TIED) {
            return Optional.empty();
        }
        return Optional.of(counted.get(poll.id(), id -> {
            // the distinct rankings with how many gave each, as at the deadline (Closing#count)
            Map<String, Long> rankings = new LinkedHashMap<>();
            jdbc.sql("SELECT choice, count(*) FROM poll_ballots WHERE poll_id = ? GROUP BY choice ORDER BY choice")
                    .param(id).query(rs -> {
                        rankings.put(rs.getString(1), rs.getLong(2));
                    });
            return RankedCount.engineCount(poll, rankings);
        }));
    }
}
