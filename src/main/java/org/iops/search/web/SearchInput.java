package org.iops.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iops.search.index.SearchLanguages;
import org.iops.web.FormErrors;
import org.jspecify.annotations.Nullable;

/** Checks what the address carries, field by field, into {@link SearchCriteria} or the errors to show. */
final class SearchInput {

    /** The longest query, in characters. */
    static final int MAX_WORDS_LENGTH = 200;

    /** The content types one may search for, in the order the form offers them. */
    static final List<String> TYPES = List.of("blogs.post", "forums.topic", "forums.reply", "comments.comment",
            "proposals.proposal", "committee.query");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern CURSOR = Pattern.compile("([rn])([0-9.Ee-]{1,20})_([a-z][a-zA-Z0-9]*\\.[a-z][a-zA-Z0-9]*)_("
            + UUID_TEXT.pattern() + ")");

    /** The criteria, or the errors found. */
    record Checked(@Nullable SearchCriteria criteria, FormErrors errors) {
    }

    private SearchInput() {
    }

    static Checked check(SearchForm form) {
        FormErrors errors = FormErrors.NONE;
        String words = form.getQ().strip();
        if (words.length() > MAX_WORDS_LENGTH) {
            errors = errors.with("q", "search.error.tooLong", MAX_WORDS_LENGTH);
        }
        UUID unit = uuid(form.getUnit());
        if (unit == null && !form.getUnit().isBlank()) {
            errors = errors.with("unit", "search.error.unit");
        }
        String type = blankToNull(form.getType());
        if (type != null && !TYPES.contains(type)) {
            errors = errors.with("type", "search.error.type");
        }
        UUID author = uuid(form.getAuthor());
        if (author == null && !form.getAuthor().isBlank()) {
            errors = errors.with("author", "search.error.author");
        }
        LocalDate from = date(form.getFrom());
        if (from == null && !form.getFrom().isBlank()) {
            errors = errors.with("from", "search.error.date");
        }
        LocalDate to = date(form.getTo());
        if (to == null && !form.getTo().isBlank()) {
            errors = errors.with("to", "search.error.date");
        } else if (to != null && from != null && to.isBefore(from)) {
            errors = errors.with("to", "search.error.dateOrder");
        }
        String language = blankToNull(form.getLanguage());
        if (language != null && !SearchLanguages.STEMMED.contains(language)) {
            errors = errors.with("language", "search.error.language");
        }
        SearchCriteria.Cursor after = cursor(form.getAfter());
        if (after == null && !form.getAfter().isBlank()) {
            errors = errors.with("after", "search.error.page");
        }
        if (errors.any()) {
            return new Checked(null, errors);
        }
        return new Checked(new SearchCriteria(words, unit, type, author,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), language, after), errors);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static @Nullable UUID uuid(String text) {
        return UUID_TEXT.matcher(text.strip()).matches() ? UUID.fromString(text.strip()) : null;
    }

    private static @Nullable LocalDate date(String text) {
        if (text.isBlank() || text.length() > 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() < 1990 || date.getYear() > 9000 ? null : date;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static SearchCriteria.@Nullable Cursor cursor(String text) {
        Matcher matcher = CURSOR.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        String type = matcher.group(3);
        UUID id = UUID.fromString(matcher.group(4));
        try {
            if (matcher.group(1).equals("n")) {
                long micros = Long.parseLong(matcher.group(2));
                return new SearchCriteria.Cursor(true, 0, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                        Math.floorMod(micros, 1_000_000) * 1_000L), type, id);
            }
            float rank = Float.parseFloat(matcher.group(2));
            return Float.isFinite(rank) ? new SearchCriteria.Cursor(false, rank, Instant.EPOCH, type, id) : null;
        } catch (NumberFormatException | java.time.DateTimeException malformed) {
            return null;
        }
    }
}
