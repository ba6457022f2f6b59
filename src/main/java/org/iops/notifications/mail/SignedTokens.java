package org.iops.notifications.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.iops.notifications.ReplyThread;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed tokens of notification emails (HMAC-SHA256 with the key {@code iops.notifications.token-key}, or one
 * kept in {@code <data dir>/notification-token.key} when none is configured): an unsubscribe token per member and
 * kind, for the one-click unsubscribe link, and a reply token per member and thread, for the reply-to address. A
 * token is checked by its signature alone; nothing about it is stored.
 */
@Component
public class SignedTokens {

    /** What an unsubscribe token stands for. */
    public record Unsubscribe(UUID member, String kind) {
    }

    /** What a reply token stands for, and the day it was issued. */
    public record Reply(UUID member, ReplyThread thread, LocalDate issued) {
    }

    private static final int REPLY_MAC = 10;
    private static final int REPLY_LENGTH = 16 + 2 + REPLY_MAC;

    private final byte[] key;
    private final Clock clock;
    private final Duration replyValidFor;

    SignedTokens(@Value("${iops.notifications.token-key:}") String configuredKey,
            @Value("${iops.data-dir:./data}") Path dataDir,
            @Value("${iops.mail.inbound.reply-valid-for:180d}") Duration replyValidFor, Clock clock) {
        this.key = configuredKey.isBlank() ? keptKey(dataDir.resolve("notification-token.key"))
                : configuredKey.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.replyValidFor = replyValidFor;
    }

    public String unsubscribe(UUID member, String kind) {
        byte[] name = kind.getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(16 + name.length).putLong(member.getMostSignificantBits())
                .putLong(member.getLeastSignificantBits()).put(name).array();
        return encode(payload) + "." + encode(Arrays.copyOf(mac("unsubscribe", payload), 16));
    }

    public Optional<Unsubscribe> unsubscribe(String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || token.length() > 400) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (payload.length <= 16 || !MessageDigest.isEqual(signature,
                    Arrays.copyOf(mac("unsubscribe", payload), 16))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID member = new UUID(buffer.getLong(), buffer.getLong());
            return Optional.of(new Unsubscribe(member,
                    new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * The local part's token for replies by this member in this thread: lowercase base32, 45 characters, so that
     * {@code reply+<token>} stays within the 64 characters RFC 5321 allows a local part. It carries the thread, the
     * day and a signature over those with the member and the thread's type; the member is the sender of the reply.
     */
    public String reply(UUID member, ReplyThread thread) {
        short day = (short) LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        ByteBuffer buffer = ByteBuffer.allocate(REPLY_LENGTH).putLong(thread.id().getMostSignificantBits())
                .putLong(thread.id().getLeastSignificantBits()).putShort(day);
        byte[] signed = Arrays.copyOf(buffer.array(), REPLY_LENGTH - REPLY_MAC);
        buffer.put(Arrays.copyOf(mac(replyInput(member, thread, day), signed), REPLY_MAC));
        return Base32.encode(buffer.array());
    }

    /**
     * The thread of a reply token sent by {@code member}, when its signature holds for that member and one of
     * {@code types} and it is not older than {@code iops.mail.inbound.reply-valid-for}. A token answered from another
     * member's address does not hold.
     */
    public Optional<Reply> reply(String token, UUID member, Collection<String> types) {
        byte[] bytes = Base32.decode(token);
        if (bytes == null || bytes.length != REPLY_LENGTH) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID thread = new UUID(buffer.getLong(), buffer.getLong());
        short day = buffer.getShort();
        byte[] signature = Arrays.copyOfRange(bytes, REPLY_LENGTH - REPLY_MAC, REPLY_LENGTH);
        byte[] signed = Arrays.copyOf(bytes, REPLY_LENGTH - REPLY_MAC);
        LocalDate issued = LocalDate.ofEpochDay(day);
        if (issued.plusDays(replyValidFor.toDays()).isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            return Optional.empty();
        }
        for (String type : types) {
            ReplyThread candidate = new ReplyThread(type, thread);
            if (MessageDigest.isEqual(signature,
                    Arrays.copyOf(mac(replyInput(member, candidate, day), signed), REPLY_MAC))) {
                return Optional.of(new Reply(member, candidate, issued));
            }
        }
        return Optional.empty();
    }

    private static String replyInput(UUID member, ReplyThread thread, short day) {
        return "reply|" + member + "|" + thread.type() + "|" + thread.id() + "|" + day;
    }

    private byte[] mac(String purpose, byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(purpose.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] keptKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException another) {
                Files.deleteIfExists(partial);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the notification token key in " + file, e);
        }
    }
}
