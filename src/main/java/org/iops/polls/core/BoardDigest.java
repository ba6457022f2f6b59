package org.iops.polls.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * SHA-256 of a bulletin board's text: its lines ({@link BulletinBoard#line}) given in receipt order, exactly as the
 * board's text download writes them.
 */
final class BoardDigest {

    private final MessageDigest digest;

    BoardDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    void add(String receipt, String choice, @Nullable String reason) {
        digest.update(BulletinBoard.line(receipt, choice, reason).getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
