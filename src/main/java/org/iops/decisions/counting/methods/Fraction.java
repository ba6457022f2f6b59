package org.iops.decisions.counting.methods;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.iops.decisions.counting.Explanation;

/**
 * An exact fraction between 0 and 1, such as 1/2 or 2/3, used for quorums and thresholds.
 *
 * <p>Kept as numerator and denominator (reduced) because "two thirds" has no exact decimal form,
 * and a vote that lands exactly on the boundary must be judged exactly.
 *
 * @param numerator   at least 0 and at most the denominator
 * @param denominator at least 1
 */
public record Fraction(long numerator, long denominator) {

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);
    public static final Fraction ALL = new Fraction(1, 1);

    public Fraction {
        if (denominator <= 0) {
            throw new InvalidCountException(Explanation.of("decisions.error.fraction"),
                    "A fraction needs a positive denominator, got " + denominator);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new InvalidCountException(Explanation.of("decisions.error.fraction"),
                    "A fraction must lie between 0 and 1, got " + numerator + "/" + denominator);
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** An exact decimal such as {@code 0.6} (becomes 3/5). */
    public static Fraction of(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        int scale = Math.max(stripped.scale(), 0);
        BigInteger numerator = stripped.movePointRight(scale).toBigIntegerExact();
        BigInteger denominator = BigInteger.TEN.pow(scale);
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        try {
            return new Fraction(numerator.longValueExact(), denominator.longValueExact());
        } catch (ArithmeticException tooPrecise) {
            throw new InvalidCountException(Explanation.of("decisions.error.fraction"),
                    "The fraction " + decimal + " has too many decimal places");
        }
    }

    /** The smallest whole number that is at least this fraction of {@code whole}. */
    long ceilingOf(long whole) {
        BigInteger[] qr = times(whole).divideAndRemainder(BigInteger.valueOf(denominator));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /** The largest whole number that is at most this fraction of {@code whole}. */
    long floorOf(long whole) {
        return times(whole).divide(BigInteger.valueOf(denominator)).longValueExact();
    }

    private BigInteger times(long whole) {
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(whole));
    }

    /** This fraction as an argument of a message, shown exactly ("2/3"). */
    public Explanation.Share argument() {
        return Explanation.share(numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
