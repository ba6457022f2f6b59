package org.iops.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Signing in, joining and asking for a new password answer a registered and an unknown address alike: the same page,
 * and the same time within noise. Each form is sent many times for each kind of address, the two kinds taking turns
 * (so a busy moment of the machine falls on both), and the two sets of times are compared with the Mann-Whitney
 * rank test: a real difference of even a few milliseconds on every answer gives a |z| far above the bound, while two
 * samples of the same distribution stay below it but for odds of less than one in ten thousand (|z| &gt; 4).
 * A difference fails the test when it is both that certain and larger than {@link #NOTICEABLE} between the medians:
 * less is far below what the network between an attacker and the site varies by, and the forms are rate limited.
 * ({@code ResetTimingTests} proves the reset form does the same work either way; this measures the answers.)
 */
class AnswerTimingTests extends MembersIntegrationTest {

    private static final int WARM_UP = 10;
    private static final int SAMPLES = 150;
    private static final double BOUND = 4.0;
    private static final double NOTICEABLE = 2e6;
    /**
     * A new address's join writes the account and its link while the request waits and a registered one's does not:
     * a known gap of about 2 ms here (docs/security.md, "Timing"), bounded so that it cannot grow unnoticed.
     */
    private static final double JOIN_KNOWN_GAP = 5e6;

    private record Sample(int status, String redirect, long nanos) {
    }

    private Sample time(MockHttpServletRequestBuilder request) throws Exception {
        long start = System.nanoTime();
        MockHttpServletResponse answer = perform(request);
        long nanos = System.nanoTime() - start;
        return new Sample(answer.getStatus(), String.valueOf(answer.getRedirectedUrl()), nanos);
    }

    /** Sends both forms by turns, resetting the limits now and then (outside the timed requests). */
    private void compare(String what, double noticeable, Supplier<MockHttpServletRequestBuilder> registered,
            Supplier<MockHttpServletRequestBuilder> unknown) throws Exception {
        long[] known = new long[SAMPLES];
        long[] other = new long[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            if (i % 2 == 0) {
                limiter.reset();
            }
            boolean knownFirst = Math.floorMod(i, 2) == 0;
            Sample a = time(knownFirst ? registered.get() : unknown.get());
            Sample b = time(knownFirst ? unknown.get() : registered.get());
            assertThat(a.status()).as(what + ": the same answer").isEqualTo(b.status());
            assertThat(a.redirect()).as(what + ": the same page").isEqualTo(b.redirect());
            if (i >= 0) {
                known[i] = knownFirst ? a.nanos() : b.nanos();
                other[i] = knownFirst ? b.nanos() : a.nanos();
            }
        }
        double z = mannWhitneyZ(known, other);
        double gap = median(known) - median(other);
        System.out.printf("%s: registered median %.2f ms, unknown median %.2f ms, z = %.2f%n", what,
                median(known) / 1e6, median(other) / 1e6, z);
        assertThat(Math.abs(z) < BOUND || Math.abs(gap) < noticeable).as("%s: the medians differ by %.2f ms "
                + "with |z| = %.2f", what, gap / 1e6, Math.abs(z)).isTrue();
    }

    @Test
    void signingInWithAWrongPasswordTakesAsLongForARegisteredAddressAsForAnUnknownOne() throws Exception {
        String email = newEmail("timed-login");
        verifiedMember(email, "Timed Login", "NO", "Bergen");
        compare("sign-in", NOTICEABLE, () -> post("/login").with(csrf()).param("email", email)
                .param("password", "not the password"), () -> post("/login").with(csrf())
                .param("email", newEmail("nobody")).param("password", "not the password"));
    }

    @Test
    void joiningWithARegisteredAddressTakesAsLongAsWithANewOne() throws Exception {
        String email = newEmail("timed-join");
        verifiedMember(email, "Timed Join", "NO", "Bergen");
        compare("join", JOIN_KNOWN_GAP, () -> joinRequest(email, "Timed Again", "NO", "Bergen"),
                () -> joinRequest(newEmail("timed-new"), "Timed New", "NO", "Bergen"));
    }

    @Test
    void askingForANewPasswordTakesAsLongForARegisteredAddressAsForAnUnknownOne() throws Exception {
        String email = newEmail("timed-reset");
        verifiedMember(email, "Timed Reset", "NO", "Bergen");
        compare("reset", NOTICEABLE, () -> post("/password/reset").with(csrf()).param("email", email),
                () -> post("/password/reset").with(csrf()).param("email", newEmail("nobody")));
    }

    @Test
    void theRankTestTellsAGapOfAMillisecondInNoiseFromNoGap() {
        java.util.Random random = new java.util.Random(7);
        long[] base = new long[SAMPLES];
        long[] same = new long[SAMPLES];
        long[] slower = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            base[i] = 20_000_000 + (long) (random.nextGaussian() * 1_500_000);
            same[i] = 20_000_000 + (long) (random.nextGaussian() * 1_500_000);
            slower[i] = 23_000_000 + (long) (random.nextGaussian() * 1_500_000);
        }
        assertThat(Math.abs(mannWhitneyZ(base, same))).isLessThan(BOUND);
        assertThat(mannWhitneyZ(base, slower)).as("3 ms slower in 1.5 ms of noise").isLessThan(-BOUND);
    }

    /** The normal approximation of the Mann-Whitney U statistic, with ties given their mean rank. */
    static double mannWhitneyZ(long[] first, long[] second) {
        int n1 = first.length;
        int n2 = second.length;
        List<long[]> all = new ArrayList<>();
        Arrays.stream(first).forEach(value -> all.add(new long[] {value, 0}));
        Arrays.stream(second).forEach(value -> all.add(new long[] {value, 1}));
        all.sort((x, y) -> Long.compare(x[0], y[0]));
        double rankSum = 0;
        for (int i = 0; i < all.size();) {
            int j = i;
            while (j < all.size() && all.get(j)[0] == all.get(i)[0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (all.get(k)[1] == 0) {
                    rankSum += rank;
                }
            }
            i = j;
        }
        double u = rankSum - n1 * (n1 + 1) / 2.0;
        double mean = n1 * n2 / 2.0;
        double sd = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12.0);
        return (u - mean) / sd;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2.0;
    }
}
