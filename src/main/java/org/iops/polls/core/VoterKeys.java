package org.iops.polls.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash that finds a member's own ballot when they change their vote: HMAC-SHA256 over the poll and the
 * member, with a key held outside the database ({@code iops.polls.ballot-key}, else a file in the data directory). A
 * database reader sees only the hash and cannot tell whose ballot a row is without the key (docs/polls.md).
 */
@Component
class VoterKeys {

    private final SecretKeySpec key;

    VoterKeys(@Value("${iops.polls.ballot-key:}") String configured, @Value("${iops.data-dir:./data}") Path dataDir) {
        byte[] bytes = configured.isBlank() ? fileKey(dataDir.resolve("polls-ballot.key"))
                : configured.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    byte[] of(UUID poll, UUID member) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(ByteBuffer.allocate(32).putLong(poll.getMostSignificantBits())
                    .putLong(poll.getLeastSignificantBits()).putLong(member.getMostSignificantBits())
                    .putLong(member.getLeastSignificantBits()).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The key written once at first start (a race between two nodes keeps the first file written). */
    private static byte[] fileKey(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(file, HexFormat.of().formatHex(fresh), StandardOpenOption.CREATE_NEW);
                } catch (java.nio.file.FileAlreadyExistsException another) {
                    // another node wrote it first: use theirs
                }
            }
            return HexFormat.of().parseHex(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the ballot key in " + file, e);
        }
    }
}
