package org.iops.pages.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.iops.units.OrganizationFigures;
import org.iops.units.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The home page's figures are counted once per time-to-live, and a busy home page never waits for a recount. */
class HomeFiguresSourceTests {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();
    private final UnitDirectory units = Mockito.mock(UnitDirectory.class);
    private final HomeFiguresSource source;

    HomeFiguresSourceTests() {
        Mockito.when(units.figures()).thenAnswer(call -> new OrganizationFigures(counts.incrementAndGet(), 1, 1, 1, 0, 0));
        // refreshes run on the calling thread here, so the test sees them at once
        source = new HomeFiguresSource(new StaticListableBeanFactory(Map.of("units", units))
                .getBeanProvider(UnitDirectory.class), Duration.ofSeconds(30), nanos::get, Runnable::run);
    }

    @Test
    void countsOnceWithinTheTimeToLive() {
        assertThat(members()).isEqualTo(1);
        advance(Duration.ofSeconds(29));
        assertThat(members()).isEqualTo(1);
        assertThat(counts).hasValue(1);
    }

    @Test
    void countsAgainOnceTheTimeToLiveIsOverWhileTheNextReaderGetsTheLastCount() {
        members();
        advance(Duration.ofSeconds(31));
        assertThat(members()).as("served while the recount runs").isIn(1L, 2L);
        assertThat(counts).hasValue(2);
        assertThat(members()).isEqualTo(2);
    }

    @Test
    void countsBeforeShowingAfterALongTimeWithoutReaders() {
        members();
        advance(Duration.ofMinutes(5));
        assertThat(members()).isEqualTo(2);
    }

    @Test
    void countsAgainWhenForgotten() {
        members();
        source.forget();
        assertThat(members()).isEqualTo(2);
    }

    @Test
    void showsNoFiguresWhenTheyCannotBeCounted() {
        Mockito.when(units.figures()).thenThrow(new IllegalStateException("database down"));
        assertThat(source.figures()).isEmpty();
    }

    private long members() {
        return source.figures().orElseThrow().organization().members();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
