package org.iops.committee.queries;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token of a committee member's answer links: the query's and the member's ids, signed (HMAC-SHA256) with the
 * query's own random key, which never leaves the database. A token is valid for that member, on that query, until
 * its deadline (the query says when); nothing else about it is stored.
 */
@Component
public class AnswerTokens {

    /** Whose token it is. */
    public record Holder(UUID query, UUID member) {
    }

    private static final int MAC = 16;

    private final QueryRepository queries;

    AnswerTokens(QueryRepository queries) {
        this.queries = queries;
    }

    public String token(Query query, UUID member) {
        byte[] ids = ids(query.id(), member);
        return encode(ids) + "." + encode(mac(query.tokenKey(), ids));
    }

    /** The holder of a token whose signature holds; empty for a malformed or forged one. */
    public Optional<Holder> holder(String token) {
        int dot = token.indexOf('.');
        if (dot < 0 || token.length() > 100) {
            return Optional.empty();
        }
        try {
            byte[] ids = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            // only the canonical spelling: base64's unused trailing bits must not make a second valid link
            if (ids.length != 32 || !token.equals(encode(ids) + "." + encode(signature))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(ids);
            UUID query = new UUID(buffer.getLong(), buffer.getLong());
            UUID member = new UUID(buffer.getLong(), buffer.getLong());
            return queries.find(query)
                    .filter(found -> MessageDigest.isEqual(signature, mac(found.tokenKey(), ids)))
                    .map(found -> new Holder(query, member));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static byte[] ids(UUID query, UUID member) {
        return ByteBuffer.allocate(32).putLong(query.getMostSignificantBits()).putLong(query.getLeastSignificantBits())
                .putLong(member.getMostSignificantBits()).putLong(member.getLeastSignificantBits()).array();
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update("committee-answer".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Arrays.copyOf(hmac.doFinal(payload), MAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
