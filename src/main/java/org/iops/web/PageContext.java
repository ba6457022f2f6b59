package org.iops.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import gg.jte.Content;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a template needs about the request it renders: the reader's language and messages, the
 * signed-in member, the CSRF token, and links to assets. Every page template takes it as {@code page}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final String requestUri;
    private final @Nullable String query;
    private final @Nullable CsrfToken csrf;
    private final @Nullable CurrentMember member;
    private final UnaryOperator<String> assetUrls;
    private List<Navigation> navigation = List.of();
    private List<LayoutItem> layoutItems = List.of();
    private @Nullable Map<NavigationLink.Area, List<LayoutEntry>> layout;

    /** A link or a module's own item in one area of the layout; exactly one of the two is set. */
    public record LayoutEntry(int order, @Nullable NavigationLink link, @Nullable Content item) {
    }

    PageContext(MessageSource messages, Locale locale, String requestUri, @Nullable String query,
            @Nullable CsrfToken csrf, @Nullable CurrentMember member,
            UnaryOperator<String> assetUrls) {
        this.messages = messages;
        this.locale = locale;
        this.requestUri = requestUri;
        this.query = query;
        this.csrf = csrf;
        this.member = member;
        this.assetUrls = assetUrls;
    }

    /** The message with this key in the reader's language; arguments fill {0}, {1}... */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public List<Language> languages() {
        return Language.SHIPPED;
    }

    /** The current page in another language. */
    public String languageUrl(String code) {
        return UriComponentsBuilder.fromPath(requestUri).query(query).replaceQueryParam("lang", code)
                .build().encode().toUriString();
    }

    public String path() {
        return requestUri;
    }

    public boolean isCurrent(String pathPrefix) {
        return pathPrefix.equals("/") ? requestUri.equals("/") : requestUri.startsWith(pathPrefix);
    }

    /*
     * The CSRF token (Spring Security's deferred token) is read only when a template renders a form: reading it
     * creates the token and stores it in the session, and a page without forms (the home page for a visitor) must not start a session, which
     * would cost a database write per visit.
     */
    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public boolean signedIn() {
        return member != null;
    }

    public Optional<CurrentMember> member() {
        return Optional.ofNullable(member);
    }

    public String memberName() {
        return member == null ? "" : member.displayName();
    }

    /**
     * The links and items the modules contribute ({@link Navigation}, {@link LayoutItem}) to this area of the
     * layout, in their order; asked of the modules once per page.
     */
    public List<LayoutEntry> layout(NavigationLink.Area area) {
        if (layout == null) {
            Map<NavigationLink.Area, List<LayoutEntry>> byArea = new EnumMap<>(NavigationLink.Area.class);
            for (NavigationLink.Area each : NavigationLink.Area.values()) {
                byArea.put(each, new ArrayList<>());
            }
            for (Navigation module : navigation) {
                for (NavigationLink link : module.links(this)) {
                    byArea.get(link.area()).add(new LayoutEntry(link.order(), link, null));
                }
            }
            for (LayoutItem item : layoutItems) {
                item.render(this).ifPresent(content -> byArea.get(item.area())
                        .add(new LayoutEntry(item.order(), null, content)));
            }
            byArea.values().forEach(entries -> entries.sort(Comparator.comparingInt(LayoutEntry::order)));
            layout = byArea;
        }
        return layout.get(area);
    }

    void contributions(List<Navigation> navigation, List<LayoutItem> layoutItems) {
        this.navigation = navigation;
        this.layoutItems = layoutItems;
    }

    /** A fingerprinted, cacheable URL for a static asset. */
    public String asset(String path) {
        return assetUrls.apply(path);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /**
     * The calendar day of an instant, as a date in the reader's language: for moments that stand for a day (the
     * start and end of a role's term are stored as the start of a day in UTC), where a time would be noise.
     */
    public String day(@Nullable Instant instant) {
        return instant == null ? "" : date(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** A moment (a comment's, a log line's) in the reader's language, to the minute: seconds would be noise. */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.of("UTC")).format(instant) + " UTC";
    }

    /** The name of a country (ISO 3166-1 alpha-2) in the reader's language. */
    public String countryName(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
