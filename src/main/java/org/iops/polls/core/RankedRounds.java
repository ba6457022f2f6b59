package org.iops.polls.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.iops.decisions.counting.CountResult;
import org.iops.polls.PollOutcome;
import org.iops.polls.PollType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's round-by-round count of a closed ranked poll, for its results page: counted again from the stored
 * ballots the first time the page is shown (the same ballots and rules give the same rounds as at the deadline) and
 * kept, since a closed poll's ballots never change. Nothing for a poll that is open, not ranked, or without quorum.
 */
@Component
public class RankedRounds {

    private final JdbcTemplate streaming;
    private final Cache<UUID, CountResult> counted = Caffeine.newBuilder().maximumSize(200).build();

    RankedRounds(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    public Optional<CountResult> of(Poll poll) {
        if (!poll.isCounted() || poll.type() != PollType.RANKED
                || poll.outcome() != PollOutcome.DECIDED && poll.outcome() != PollOutcome.TIED) {
            return Optional.empty();
        }
        return Optional.of(counted.get(poll.id(), id -> {
            List<List<Integer>> ballots = new ArrayList<>();
            streaming.query("SELECT choice FROM poll_ballots WHERE poll_id = ?",
                    rs -> {
                        ballots.add(new Choice(rs.getString(1), null).order());
                    }, id);
            return RankedCount.engineCount(poll, ballots);
        }));
    }
}
