package org.iops.decisions.counting.cvr;

import java.util.Locale;
import org.iops.decisions.counting.BallotBox;

/** Reads NIST SP 1500-103 CDF cast vote records, JSON or XML by file extension, by streaming. */
public final class CdfReader {

    private CdfReader() {}

    /** Adds the ballots of {@code source}'s contest to {@code box}; returns how many were read. */
    public static int read(CdfSource source, BallotBox box) {
        String name = source.file().getFileName().toString().toLowerCase(Locale.ROOT);
        int before = box.size();
        if (name.endsWith(".json")) {
            new CdfJsonReader(source, box).read();
        } else if (name.endsWith(".xml")) {
            new CdfXmlReader(source, box).read();
        } else {
            throw new CvrReadException(source.file() + ": CDF source files must be .json or .xml");
        }
        return box.size() - before;
    }
}
