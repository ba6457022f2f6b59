package org.iops.decisions.counting.cvr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.iops.decisions.counting.BallotBox;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Parts of a CDF JSON {@code CVR} array read side by side, each into its own {@link BallotBox}, and
 * joined in file order: the ballots, their order and any error are those of reading the records in
 * one go (the error of the earliest part wins).
 */
final class CdfJsonParts {

    // daemon threads, so that a command that is done never waits for them
    private static final ExecutorService POOL = Executors.newCachedThreadPool(
            task -> {
                Thread thread = new Thread(task, "cdf-json-part");
                thread.setDaemon(true);
                return thread;
            });

    private final CdfJsonBallots ballots;
    private final Path file;

    CdfJsonParts(CdfJsonBallots ballots, Path file) {
        this.ballots = ballots;
        this.file = file;
    }

    /** Starts {@code read} on a thread of its own. */
    static <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, POOL);
    }

    /**
     * The results of all parts in order, or the exception of the earliest part that failed (the
     * others are cancelled).
     */
    static <T> List<T> joinAll(List<CompletableFuture<T>> reads) {
        List<T> results = new ArrayList<>(reads.size());
        for (CompletableFuture<T> part : reads) {
            try {
                results.add(part.join());
            } catch (CompletionException e) {
                for (CompletableFuture<T> other : reads) {
                    other.cancel(false);
                }
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return results;
    }

    /**
     * Adds the parts to {@code box} in order, in one allocation of the joined size: no growing
     * copies of the whole box, and each part can be dropped as soon as it is joined.
     */
    static void join(List<BallotBox> parts, BallotBox box) {
        long ballots = 0;
        long marks = 0;
        for (BallotBox part : parts) {
            ballots += part.size();
            marks += part.markCount();
        }
        if (ballots + box.size() < Integer.MAX_VALUE - 1 && marks + box.markCount() < Integer.MAX_VALUE) {
            box.ensureCapacity((int) ballots, (int) marks);
        }
        for (int i = 0; i < parts.size(); i++) {
            box.addAll(parts.set(i, null));
        }
    }

    /** Reads the records in {@code ranges} (cut by {@link CdfJsonLayout#recordParts}) into {@code box}. */
    void read(List<CdfJsonLayout.Range> ranges, BallotBox box) {
        if (ranges.size() == 1) {
            box.addAll(readPart(ranges.get(0), true, true));
            return;
        }
        List<CompletableFuture<BallotBox>> reads = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            CdfJsonLayout.Range range = ranges.get(i);
            boolean first = i == 0;
            boolean last = i == ranges.size() - 1;
            reads.add(start(() -> readPart(range, first, last)));
        }
        join(joinAll(reads), box);
    }

    // One part by the byte parser, or by Jackson if the byte parser finds it unusual.
    private BallotBox readPart(CdfJsonLayout.Range range, boolean first, boolean last) {
        BallotBox part = new BallotBox();
        try {
            CdfJsonFastRecords.read(ballots, file, range, first, last, part);
            return part;
        } catch (JsonByteCursor.Unusual e) {
            return readPartWithJackson(range, first, last);
        } catch (IOException e) {
            throw new CvrReadException(ballots.file() + ": can't read: " + e.getMessage(), e);
        }
    }

    // One part as a JSON array of its own: the cuts fall on commas between records, so brackets are
    // added where the part lacks them.
    private BallotBox readPartWithJackson(CdfJsonLayout.Range range, boolean first, boolean last) {
        BallotBox part = new BallotBox();
        try (InputStream bytes = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(first ? new byte[0] : new byte[] {'['}),
                CdfJsonLayout.stream(file, range),
                new ByteArrayInputStream(last ? new byte[0] : new byte[] {']'}))));
                JsonParser parser = JsonTrees.parser(bytes)) {
            parser.nextToken();
            new CdfJsonTokens(ballots).readRecords(parser, part);
        } catch (IOException e) {
            throw new CvrReadException(ballots.file() + ": can't read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new CvrReadException(ballots.file() + ": malformed CDF JSON: " + e.getOriginalMessage(), e);
        }
        return part;
    }
}
