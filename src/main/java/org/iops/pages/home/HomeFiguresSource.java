package org.iops.pages.home;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.iops.units.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The home page's figures, counted at most every 30 seconds: the home page is the most visited page, and
 * figures that are half a minute old are as true for a visitor as fresh ones. When the counts cannot be had (the
 * members or units module is not installed, or the database is down) the home page simply shows no figures.
 */
@Component
class HomeFiguresSource {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(HomeFiguresSource.class);

    private final ObjectProvider<UnitDirectory> units;
    private final TimedMemo<Optional<HomeFigures>> memo;

    HomeFiguresSource(ObjectProvider<UnitDirectory> units) {
        this.units = units;
        this.memo = new TimedMemo<>(this::count, TIME_TO_LIVE, Clock.systemUTC());
    }

    Optional<HomeFigures> figures() {
        return memo.get();
    }

    /** For tests and admins who want to see a change at once. */
    void forget() {
        memo.clear();
    }

    private Optional<HomeFigures> count() {
        UnitDirectory directory = units.getIfAvailable();
        if (directory == null) {
            return Optional.empty();
        }
        try {
            // counted as every unit page counts, so the home page and /branches agree
            return Optional.of(new HomeFigures(directory.figures()));
        } catch (RuntimeException failure) {
            log.warn("Home page figures unavailable: {}", failure.toString());
            return Optional.empty();
        }
    }
}
