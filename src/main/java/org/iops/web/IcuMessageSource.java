package org.iops.web;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Messages are ICU message formats, so that every count can say {@code {0, plural, one {# member} other {#
 * members}}} with the plural rules of the reader's language (French "1 chapitre", "0 chapitre"; German and
 * Spanish like English), which {@code java.text.MessageFormat} cannot. The bundles are read as Spring reads
 * them; only the formatting changes. A message without arguments is formatted too, so that {@code ''} means
 * one apostrophe everywhere.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formatsByCode = new ConcurrentHashMap<>();
    // most messages of a page have no arguments: their text per language, once formatted (the bundles never reload)
    private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

    @Override
    protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
            @Nullable Locale locale) {
        if (code == null) {
            return null;
        }
        Locale reader = locale != null ? locale : Locale.ENGLISH;
        // kept for the shipped languages only, so that odd language tags cannot fill the memory
        if ((args == null || args.length == 0) && Language.isShipped(reader) && reader.getCountry().isEmpty()) {
            Map<String, String> known = plain.computeIfAbsent(reader, l -> new ConcurrentHashMap<>());
            String text = known.get(code);
            if (text == null) {
                text = format(code, args, reader);
                if (text == null) {
                    return null;
                }
                known.put(code, text);
            }
            return text;
        }
        return format(code, args, reader);
    }

    private @Nullable String format(String code, Object @Nullable [] args, Locale reader) {
        // a shipped language's format by code: finding the pattern in the bundles each time cost more than formatting
        boolean kept = Language.isShipped(reader) && reader.getCountry().isEmpty();
        Map<String, MessageFormat> byCode = kept ? formatsByCode.computeIfAbsent(reader, l -> new ConcurrentHashMap<>())
                : null;
        MessageFormat format = byCode == null ? null : byCode.get(code);
        if (format == null) {
            String pattern = resolveCodeWithoutArguments(code, reader);
            if (pattern == null) {
                return null;
            }
            format = formats.computeIfAbsent(reader, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(pattern, p -> new MessageFormat(p, reader));
            if (byCode != null) {
                byCode.put(code, format);
            }
        }
        Object[] resolved = resolveArguments(args, reader);
        synchronized (format) {
            return format.format(resolved);
        }
    }
}
