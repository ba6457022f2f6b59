package org.iops.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads session attributes as Spring Session JDBC stores them (Java serialization), except that a signed-in
 * member's security context, read on every page, is deserialized once per distinct stored form and not once per
 * request: the same bytes always give the same sign-in. Each read gets a context of its own around the kept sign-in
 * (a context is changed at logout; the sign-in itself is not). Everything else is deserialized as before.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

    private final DeserializingConverter deserializer;
    private final Cache<ByteBuffer, Authentication> signIns = Caffeine.newBuilder().maximumSize(5_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    SessionAttributeReader(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
    }

    /** The conversions of Spring Session JDBC's default, with this reader. */
    static GenericConversionService conversions(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new SessionAttributeReader(classLoader));
        return conversions;
    }

    @Override
    public Object convert(byte[] stored) {
        ByteBuffer key = ByteBuffer.wrap(stored);
        Authentication known = signIns.getIfPresent(key);
        if (known != null) {
            return new SecurityContextImpl(known);
        }
        Object read = deserializer.convert(stored);
        if (read instanceof SecurityContext context && read.getClass() == SecurityContextImpl.class
                && context.getAuthentication() != null) {
            // the key keeps its own copy: the caller's array is not ours to hold
            signIns.put(ByteBuffer.wrap(stored.clone()), context.getAuthentication());
        }
        return read;
    }
}
