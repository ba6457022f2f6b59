package org.iops.convention.standing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.iops.convention.ConventionPreconditions;
import org.iops.governance.GoverningRules;
import org.iops.governance.RuleVersion;
import org.iops.units.UnitDirectory;
import org.iops.units.UnitId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the organization stands now. The public dashboard reads a copy computed at most every
 * {@link #FRESH_FOR} (three statements: the rule, the figures, the chapters' facts), so a busy dashboard costs no
 * query, and a declared gender shows in the aggregates only with the next computation, not the moment it is saved.
 */
@Service
public class StandingService {

    static final Duration FRESH_FOR = Duration.ofMinutes(15);
    private static final String KEY = "standing";

    private final Cache<String, Standing> cache = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(1)
            .build();
    private final GoverningRules rules;
    private final UnitDirectory units;
    private final ChapterFactsQuery facts;
    private final Continents continents;
    private final Clock clock;

    StandingService(GoverningRules rules, UnitDirectory units, ChapterFactsQuery facts, Continents continents,
            Clock clock) {
        this.rules = rules;
        this.units = units;
        this.facts = facts;
        this.continents = continents;
        this.clock = clock;
    }

    /**
     * The recent copy, computed when there is none (the first request after it expired computes it, once, while
     * others wait for it).
     */
    public Standing current() {
        return cache.get(KEY, key -> evaluate());
    }

    /** Computes it afresh and keeps the copy. */
    @Transactional(readOnly = true)
    public Standing compute() {
        // not inside the cache's own computation: a cache may not be written while it computes the same entry
        Standing standing = evaluate();
        cache.put(KEY, standing);
        return standing;
    }

    private Standing evaluate() {
        RuleVersion<ConventionPreconditions> version = rules.currentVersion(ConventionPreconditions.KEY,
                UnitId.INTERNATIONAL);
        ConventionPreconditions rule = version == null ? ConventionPreconditions.KEY.defaultValue() : version.value();
        return Evaluation.evaluate(rule, version == null ? 0 : version.version(),
                units.figures().members(), facts.all(), continents, today(), clock.instant());
    }

    /** The day as the preconditions count it: UTC, the same for every reader. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
