package org.iops.pages.home;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.iops.units.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The home page's figures, counted at most every 30 seconds ({@code iops.home.figures-time-to-live}): the home page
 * is the most visited page, and figures that are half a minute old are as true for a visitor as fresh ones. Once
 * they are older, the next reader still gets them while they are counted again in the background, so a busy page
 * never stalls on a refresh; after ten times as long without a reader they are counted before being shown. When the
 * counts cannot be had (the members or units module is not installed, or the database is down) the home page simply
 * shows no figures.
 */
@Component
class HomeFiguresSource {

    private static final Logger log = LoggerFactory.getLogger(HomeFiguresSource.class);
    private static final String FIGURES = "figures";

    private final ObjectProvider<UnitDirectory> units;
    private final LoadingCache<String, Optional<HomeFigures>> cache;

    @Autowired
    HomeFiguresSource(ObjectProvider<UnitDirectory> units,
            @Value("${iops.home.figures-time-to-live:30s}") Duration timeToLive) {
        this(units, timeToLive, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    HomeFiguresSource(ObjectProvider<UnitDirectory> units, Duration timeToLive, Ticker ticker, Executor refreshes) {
        this.units = units;
        this.cache = Caffeine.newBuilder().refreshAfterWrite(timeToLive).expireAfterWrite(timeToLive.multipliedBy(10))
                .ticker(ticker).executor(refreshes).build(key -> count());
    }

    Optional<HomeFigures> figures() {
        return cache.get(FIGURES);
    }

    /** For tests and admins who want to see a change at once. */
    void forget() {
        cache.invalidateAll();
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
